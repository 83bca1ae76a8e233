# expect: limit the run made more than 256 MB of Python objects (the memory limit)
# Issue 15: 20 tasks returning 10,000,000 characters each (the CLI ran out of memory).
# Each result is kept twice on the page (the string and its repr in the task's event).
import asyncio


async def f():
    return 'x' * 10**7


async def main():
    print("before")
    r = await asyncio.gather(*[f() for _ in range(20)])
    print(len(r))


asyncio.run(main())
