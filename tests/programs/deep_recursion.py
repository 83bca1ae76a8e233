# Recursion to Python's limit, in many shapes: the engine runs deep plain-function calls
# on a trampoline (src/engine/deep.ts), so each shape must still behave as CPython does.
import asyncio


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def countdown(n, acc=None, *, step=1):
    if acc is None:
        acc = []
    if n <= 0:
        return acc
    acc.append(n)
    return countdown(n - step, acc, step=step)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out


def nest(n):
    return [n] if n == 0 else [n, nest(n - 1)]


def guarded(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return guarded(n - 1)
    except ValueError as e:
        return f"caught {e} at {n}"
    finally:
        pass


def unwind(n):
    if n == 0:
        raise KeyError(n)
    try:
        unwind(n - 1)
    finally:
        log.append(n)


def forever(n):
    return forever(n + 1)


def closure_sum(n):
    def go(k):
        nonlocal total
        if k == 0:
            return
        total += k
        go(k - 1)

    total = 0
    go(n)
    return total


def gen_tail(n):
    def g(k):
        yield k
        if k:
            yield from g(k - 1)

    return sum(g(n))


def while_loop(n):
    while n > 0:
        return 1 + while_loop(n - 1)
    return 0


def args_spread(*args, **kw):
    if not args:
        return kw["acc"]
    return args_spread(*args[1:], acc=kw["acc"] + args[0])


fact = lambda n: 1 if n <= 1 else n * fact(n - 1)

for n in (10, 500, 997, 998):
    print("depth", n, depth(n))
for n in (999, 1000, 5000):
    try:
        depth(n)
    except RecursionError as e:
        print("depth", n, type(e).__name__, e)

print(len(countdown(900, step=1)), countdown(9, step=3))
print(is_even(990), is_odd(991), is_even(7))
print(len(flatten(nest(900))), flatten(nest(5)))
print(guarded(900))
log = []
try:
    unwind(950)
except KeyError as e:
    print("KeyError", e, len(log), log[:3], log[-1])
try:
    forever(0)
except RecursionError as e:
    print("forever:", e)
print(closure_sum(900))
print(gen_tail(300))
print(while_loop(950))
print(args_spread(*range(400), acc=0))
print(fact(30), str(fact(400))[:20])
print(sorted([3, 1, 2], key=lambda x: depth(x * 300)))
print(max(range(5), key=lambda k: depth(k * 200)))
print(list(map(depth, [900, 1])))

try:
    depth("x")
except TypeError as e:
    print("TypeError:", e)


def bad_call(n):
    if n == 0:
        return depth(1, 2)
    return bad_call(n - 1)


try:
    bad_call(600)
except TypeError as e:
    print("TypeError:", e)


async def deep_await(n):
    if n == 0:
        await asyncio.sleep(1)
        return depth(900)
    return await deep_await(n - 1)


async def main():
    print("from a coroutine:", depth(900))
    print("under 50 awaits:", await deep_await(50))
    try:
        await deep_await(2000)
    except RecursionError as e:
        print("await chain + calls:", e)
    results = await asyncio.gather(*(deep_await(k) for k in (1, 2, 3)))
    print(results)


asyncio.run(main())
