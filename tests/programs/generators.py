def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def delegate():
    yield 'start'
    yield from count_up(3)
    yield 'end'


print(list(count_up(4)))
g = fib()
print([next(g) for _ in range(10)])
print(list(delegate()))
it = count_up(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration raised')
print(next(count_up(0), 'default'))
evens = (x for x in range(10) if x % 2 == 0)
print(sum(evens), sum(evens))
for i, v in enumerate(count_up(3)):
    print(i, v)
print(type(g).__name__, type(evens).__name__)
