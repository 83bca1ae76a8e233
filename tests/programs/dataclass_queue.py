# Dataclass jobs and results in an asyncio workflow: a Queue of jobs worked on by a pool of tasks,
# frozen results gathered, a job holding its own coroutine (awaited, dropped, replaced: the
# never-awaited warnings come when the last holder goes), and replace() for retries.
import asyncio
from dataclasses import dataclass, field, replace, asdict


@dataclass
class Job:
    id: int
    name: str
    cost: float = 0.5
    attempts: int = 0
    log: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Result:
    job_id: int
    worker: str
    ok: bool


@dataclass
class Deferred:
    label: str
    action: object


async def work(job):
    await asyncio.sleep(job.cost)
    return job.cost * 2


async def worker(name, queue, results):
    while True:
        job = await queue.get()
        job.attempts += 1
        job.log.append(f"{name}@{job.attempts}")
        await asyncio.sleep(job.cost)
        ok = job.id % 3 != 0 or job.attempts > 1
        results.append(Result(job.id, name, ok))
        if not ok:
            queue.put_nowait(replace(job, cost=job.cost / 2))
        queue.task_done()


async def main():
    queue: asyncio.Queue[Job] = asyncio.Queue()
    for i, name in enumerate(["fetch", "parse", "index", "store"], start=1):
        queue.put_nowait(Job(i, name, cost=0.25 * i))
    results: list[Result] = []
    workers = [asyncio.create_task(worker(f"w{n}", queue, results), name=f"w{n}") for n in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for r in sorted(results, key=lambda r: (r.job_id, r.worker)):
        print(r)
    try:
        results[0].ok = False
    except AttributeError as e:
        print(type(e).__name__, e)

    d = Deferred("now", work(Job(9, "x", 0.1)))
    print(d.label, await d.action)
    later = Deferred("later", work(Job(10, "y")))
    later.action = None
    print("replaced", later)
    Deferred("gone", work(Job(11, "z")))
    print("dropped")
    pending = [Deferred(f"p{i}", work(Job(i, "p", 0.1 * i))) for i in (1, 2)]
    values = await asyncio.gather(*(p.action for p in pending))
    print(values, asdict(Job(1, "a", log=["x"])))


asyncio.run(main())
