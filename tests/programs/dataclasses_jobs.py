# Dataclasses as jobs in a priority queue, worked on by a pool of tasks; typing annotations,
# field(default_factory=...), order=True and __post_init__ (none of which the simulator runs).
import asyncio
from dataclasses import dataclass, field
from typing import Optional


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    cost: float = field(default=0.5, compare=False)
    tags: list = field(default_factory=list, compare=False)
    done_by: Optional[str] = field(default=None, compare=False)

    def __post_init__(self):
        if self.priority < 0:
            raise ValueError(f"bad priority for {self.name}")


@dataclass
class Stats:
    count: int = 0
    total: float = 0.0


async def worker(name, queue, stats):
    while True:
        job = await queue.get()
        await asyncio.sleep(job.cost)
        job.done_by = name
        stats.count += 1
        stats.total += job.cost
        print(job)
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    for p, n, c in [(3, "email", 0.25), (1, "backup", 1.0), (2, "report", 0.5), (1, "index", 0.5)]:
        queue.put_nowait(Job(p, n, c, tags=[n[0]]))
    try:
        Job(-1, "oops")
    except ValueError as e:
        print("refused:", e)
    stats = Stats()
    workers = [asyncio.create_task(worker(f"w{i}", queue, stats)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(stats, Job(1, "a") == Job(1, "b"), Job(1, "a") < Job(2, "a"))


asyncio.run(main())
