import asyncio
import random

random.seed(11)


async def crunch(job_id):
    duration = round(random.uniform(0.5, 3.0), 1)
    await asyncio.sleep(duration)
    return job_id, duration


async def main():
    tasks = [asyncio.create_task(crunch(i), name=f"job-{i}") for i in range(6)]
    total = len(tasks)
    finished = 0
    for next_done in asyncio.as_completed(tasks):
        job_id, duration = await next_done
        finished += 1
        bar = "=" * finished + " " * (total - finished)
        print(f"[{bar}] {finished}/{total} job {job_id} took {duration}s")
    print("all done:", all(t.done() for t in tasks))


asyncio.run(main())
