from functools import lru_cache


@lru_cache(None)
def f(n):
    return 0 if n == 0 else f(n - 1) + 1


@lru_cache(maxsize=64)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


# recursion through the cache (deeper: src/engine/functools/lru-cache.test.ts; Pyodide's
# C stack ends near 300 wrapper calls)
print(f(150), f(300), f(400), f.cache_info())
print(fib(250), fib.cache_info())
