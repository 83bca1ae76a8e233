import asyncio
import functools


@functools.total_ordering
class Job:
    _next_id = 1

    def __init__(self, name, cost):
        self.name = name
        self.cost = cost
        self.id = Job._next_id
        Job._next_id += 1

    @property
    def label(self):
        return f"{self.id}:{self.name}"

    @classmethod
    def from_string(cls, s):
        name, cost = s.split("=")
        return cls(name.strip(), int(cost))

    @staticmethod
    def describe(jobs):
        return ", ".join(j.label for j in jobs)

    def __eq__(self, other):
        return isinstance(other, Job) and self.cost == other.cost

    def __lt__(self, other):
        return self.cost < other.cost

    def __hash__(self):
        return hash(self.cost)

    def __repr__(self):
        return f"Job({self.name!r}, {self.cost})"

    async def run(self):
        await asyncio.sleep(self.cost / 10)
        return self


async def main():
    jobs = [Job.from_string(s) for s in ["build = 5", "test=3", "lint =1", "deploy= 3"]]
    print(sorted(jobs), max(jobs), min(jobs).label)
    print(Job.describe(jobs), jobs[1] == jobs[3], jobs[1] <= jobs[0], jobs[0] > jobs[2])
    done = []
    for coro in asyncio.as_completed([asyncio.ensure_future(j.run()) for j in jobs]):
        done.append(await coro)
    print("finish order:", [j.name for j in done])
    print(len({j for j in jobs}), Job._next_id, getattr(jobs[0], "missing", "n/a"), hasattr(jobs[0], "label"))


asyncio.run(main())
