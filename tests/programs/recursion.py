def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


def forever(n):
    return forever(n + 1)


def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]


print(fact(10), fact(30))
print(fib(80))
print(flatten([1, [2, [3, [4, []]], 5]]))
try:
    forever(0)
except RecursionError as e:
    print('RecursionError:', e)
print('still alive')
