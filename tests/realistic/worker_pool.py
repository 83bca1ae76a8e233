import asyncio
import random


async def worker(name, queue, results):
    while True:
        job = await queue.get()
        delay = random.uniform(0.1, 1.0)
        await asyncio.sleep(delay)
        results.append((name, job, round(delay, 2)))
        print(f"{name} finished job {job} in {delay:.2f}s")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    results = []
    for job in range(10):
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(f"worker-{i}", queue, results)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(f"{len(results)} jobs done")
    by_worker = {}
    for name, job, _ in results:
        by_worker.setdefault(name, []).append(job)
    for name in sorted(by_worker):
        print(name, by_worker[name])


asyncio.run(main())
