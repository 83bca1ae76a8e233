import asyncio
import random


async def worker(name, q, done):
    while True:
        delay = await q.get()
        await asyncio.sleep(delay)
        done.append((name, delay))
        q.task_done()
        print(f'{name} slept {delay:.2f}s, {q.qsize()} left')


async def main():
    q = asyncio.Queue()
    for _ in range(6):
        q.put_nowait(round(random.uniform(0.05, 1.0), 2))
    done = []
    workers = [asyncio.create_task(worker(f'w{i}', q, done)) for i in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(len(done), round(sum(d for _, d in done), 2))


asyncio.run(main())
