# Typed records between tasks: typing.NamedTuple and typing.TypedDict class syntax, a frozen
# generic dataclass (its Box[int]() cannot be told its __orig_class__), and the `...` literal.
import asyncio
from dataclasses import dataclass
from typing import Generic, NamedTuple, Optional, TypedDict, TypeVar

T = TypeVar("T")


class Reading(NamedTuple):
    sensor: str
    value: float
    unit: str = "C"
    note: Optional[str] = None


class Job(TypedDict):
    id: int
    url: str


class RetryJob(Job):
    attempts: int


@dataclass(frozen=True)
class Frozen(Generic[T]):
    item: T


async def sensor(name: str, values: list[float], out: asyncio.Queue[Reading]) -> None:
    for v in values:
        await asyncio.sleep(0.1)
        await out.put(Reading(name, v))
    await out.put(Reading(name, -1.0, note="done"))


async def worker(jobs: list[Job]) -> list[RetryJob]:
    retried: list[RetryJob] = []
    for job in jobs:
        await asyncio.sleep(0.05)
        retried.append(RetryJob(id=job["id"], url=job["url"], attempts=1))
    return retried


async def main() -> None:
    q: asyncio.Queue[Reading] = asyncio.Queue()
    tasks = [
        asyncio.create_task(sensor("a", [20.5, 21.0], q)),
        asyncio.create_task(sensor("b", [19.0], q)),
    ]
    finished = 0
    while finished < len(tasks):
        r = await q.get()
        if r.note == "done":
            finished += 1
        print(r, r.sensor, r[1], r._replace(unit="F"))
    total = sum(r.value for r in [Reading("x", 1.5), Reading("y", 2.5, "K")])
    print(total, Reading._fields, Reading._field_defaults, Reading.__annotations__)

    jobs = [Job(id=1, url="/a"), Job(id=2, url="/b")]
    retried = await worker(jobs)
    print(jobs, retried, type(retried[0]), RetryJob.__annotations__)
    print(Job, Job.__total__, sorted(RetryJob.__required_keys__), RetryJob.__optional_keys__)

    f = Frozen[int](3)
    g = Frozen(4)
    print(f, g, vars(f), f == Frozen(3), Frozen[int], hash(f) == hash(Frozen(3)))
    print(..., Ellipsis is ..., type(...))
    for bad in (
        lambda: isinstance(jobs[0], Job),
        lambda: Reading(),
        lambda: Reading("s", 1.0, "C", None, "extra"),
    ):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)


try:

    class Wrong(NamedTuple):
        first: int = 0
        second: int

except TypeError as e:
    print("TypeError:", e)
asyncio.run(main())
