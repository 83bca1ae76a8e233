import asyncio
from collections import namedtuple, deque

Point = namedtuple("Point", "x y")
OK = 200


def describe(value):
    match value:
        case None:
            return "none"
        case True | False as b:
            return f"bool {b}"
        case 0:
            return "zero"
        case OK:
            return "nope, a capture"


def classify(value):
    match value:
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "go" | "run":
            return "verb"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float():
            return "number"
        case str(s) if s.startswith("x"):
            return "x-word"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [first, *rest] if len(rest) > 2:
            return f"long, first={first} rest={rest}"
        case (a, b, *middle, c):
            return f"ends {a} {b} {c} middle {middle}"
        case [a, b]:
            return f"pair {a} {b}"
        case {"type": "move", "to": [tx, ty]}:
            return f"move to {tx},{ty}"
        case {"type": kind, **others} if others:
            return f"{kind} with {sorted(others)}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case ValueError(args=(msg,)):
            return f"value error {msg}"
        case str():
            return "other string"
        case _:
            return "something else"


tests = [1, 3, -1, 2.5, "go", 500, 7, 1.5, "xyz", "abc", [], (9,), [1, 2, 3, 4, 5], (1, 2, 3, 4),
         [1, 2], (5, 6, 7), {"type": "move", "to": [3, 4]}, {"type": "jump", "h": 2, "a": 1}, {"type": "x"},
         {}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), ValueError("bad"), ValueError(1, 2),
         deque([1, 2]), range(3), None, True, {1, 2}]
for t in tests:
    print(repr(t), "->", classify(t))
print(describe(None), describe(True), describe(0), describe(0.0), describe(False), describe(OK))
print(describe(5), OK)

match (1, 2):
    case (a, b) if a > b:
        print("no")
    case (a, b):
        print("tuple", a, b)

for cmd in ["quit", "look north", "go west fast", "take"]:
    match cmd.split():
        case ["quit"]:
            print("bye")
        case ["look", direction] | ["go", direction]:
            print("direction", direction)
        case ["go", direction, *how]:
            print("go", direction, how)
        case [verb]:
            print("just", verb)


async def fetch(kind):
    await asyncio.sleep(0.1)
    return {"kind": kind, "size": len(kind)}


async def allowed(size):
    await asyncio.sleep(0.2)
    return size > 3


async def main():
    for kind in ["page", "img"]:
        match await fetch(kind):
            case {"kind": "page", "size": size} if await allowed(size):
                print("page", size)
                await asyncio.sleep(0.1)
            case {"kind": k}:
                print("other", k)


asyncio.run(main())
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case Point(1, 2, 3):
            pass
        case int(a, b):
            pass
except TypeError as e:
    print(e)
