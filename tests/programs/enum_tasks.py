# Tasks whose state is an enum; a dict keyed by the enum; match on members.
import asyncio
from enum import Enum, auto


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

    @property
    def finished(self):
        return self in (State.DONE, State.FAILED)

    def label(self):
        return self.name.lower()


class Priority(Enum):
    LOW = "low"
    HIGH = "high"
    URGENT = "high"  # an alias of HIGH


states = {}
counts = {s: 0 for s in State}


def set_state(name, state):
    old = states.get(name, State.PENDING)
    counts[old] -= 1 if name in states else 0
    states[name] = state
    counts[state] += 1
    print(f"{name}: {old.label()} -> {state.label()} ({state!r})")


async def job(name, delay, prio):
    set_state(name, State.RUNNING)
    await asyncio.sleep(delay)
    match prio:
        case Priority.HIGH:
            if delay > 0.2:
                set_state(name, State.FAILED)
                raise RuntimeError(f"{name} too slow for {prio}")
        case Priority.LOW:
            pass
    set_state(name, State.DONE)
    return name, prio


async def monitor():
    while not all(s.finished for s in states.values()) or len(states) < 3:
        await asyncio.sleep(0.1)
        summary = {s.name: n for s, n in counts.items() if n}
        print("monitor", summary)


async def main():
    for name in ("a", "b", "c"):
        set_state(name, State.PENDING)
    tasks = [
        asyncio.create_task(job("a", 0.1, Priority.LOW)),
        asyncio.create_task(job("b", 0.3, Priority.URGENT)),
        asyncio.create_task(job("c", 0.2, Priority("high"))),
    ]
    mon = asyncio.create_task(monitor())
    results = await asyncio.gather(*tasks, return_exceptions=True)
    await mon
    for r in results:
        match r:
            case (name, Priority.LOW):
                print("low", name)
            case (name, p):
                print("other", name, p, p is Priority.URGENT)
            case RuntimeError():
                print("error", r)
    print(counts)
    print([s for s in State if s.finished], len(State), list(Priority))
    print(State.DONE in counts, Priority.URGENT.name, Priority["URGENT"])
    by_state = {}
    for name, s in sorted(states.items()):
        by_state.setdefault(s, []).append(name)
    print(by_state)
    try:
        State(9)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Priority("medium")
    except ValueError as e:
        print("ValueError:", e)
    try:
        State["done"]
    except KeyError as e:
        print("KeyError:", e)


asyncio.run(main())
