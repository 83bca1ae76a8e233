import asyncio
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    duration: float
    priority: int = 0
    tags: list = field(default_factory=list)


@dataclass
class Result:
    job: Job
    ok: bool


async def run_job(job):
    await asyncio.sleep(job.duration)
    return Result(job, job.duration < 1)


async def main():
    jobs = [Job("backup", 1.5, 2), Job("email", 0.2, tags=["fast"]), Job("report", 0.7, 1)]
    jobs.sort(key=lambda j: -j.priority)
    print([j.name for j in jobs])
    results = await asyncio.gather(*(run_job(j) for j in jobs))
    for r in results:
        print(r)
    print(Job("a", 1) == Job("a", 1))


asyncio.run(main())
