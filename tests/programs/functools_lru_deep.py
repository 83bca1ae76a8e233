from functools import lru_cache
import sys
@lru_cache(None)
def f(n):
    return 0 if n == 0 else f(n - 1) + 1
print(f(400))
print(f(950))
try:
    f(5000)
except RecursionError as e:
    print("RecursionError", e)
