"""Under the future import, annotations are kept as strings, spelled as ast.unparse does."""
from __future__ import annotations

import asyncio
import typing
from dataclasses import dataclass, field, fields
from typing import ClassVar, Optional

limit: int = 3
names: dict[str,int] = {}


@dataclass
class Job:
    id: int
    parent: Job | None = None
    tags: list['str'] = field(default_factory=list)
    retries: Optional[int] = None
    handler: typing.Callable[[int], str] | None = None
    count: ClassVar[int] = 0


async def run(job: Job) -> Job:
    await asyncio.sleep(0.1)
    Job.count += 1
    return job


async def main() -> None:
    jobs = await asyncio.gather(run(Job(1)), run(Job(2, tags=["x"])))
    print(jobs)
    print(Job.count)
    for f in fields(Job):
        print(f.name, repr(f.type))
    print(Job.__annotations__)


print(__annotations__)
asyncio.run(main())
