## asyncio.iscoroutinefunction, as inspect's: async defs through bound methods and partials; not async
# generators, sync methods, callable objects, lambdas or builtins.
import asyncio
import functools


class A:
    async def m(self):
        pass

    def s(self):
        pass

    async def __call__(self):
        pass


async def f(x=1):
    pass


async def agen():
    yield 1


a = A()
print(asyncio.iscoroutinefunction(f), asyncio.iscoroutinefunction(a.m), asyncio.iscoroutinefunction(A.m))
print(asyncio.iscoroutinefunction(functools.partial(f, 2)), asyncio.iscoroutinefunction(functools.partial(a.m)))
print(asyncio.iscoroutinefunction(agen), asyncio.iscoroutinefunction(a.s), asyncio.iscoroutinefunction(a))
print(asyncio.iscoroutinefunction(lambda: f()), asyncio.iscoroutinefunction(print), asyncio.iscoroutinefunction(3))
print(asyncio.iscoroutinefunction(functools.partial(functools.partial(f))))
