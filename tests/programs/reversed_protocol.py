"""reversed(): lists (live), tuples, strings, ranges, dicts and their views, deques, __reversed__, the sequence protocol."""
from collections import deque


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10


class Short(Seq):
    def __len__(self):
        return self.n + 2


class Own:
    def __reversed__(self):
        return iter("own")


class NotReversible(Seq):
    __reversed__ = None


class NoLen:
    def __getitem__(self, i):
        return i


print(list(reversed(Seq(4))), list(reversed(Short(3))), list(reversed(Own())))
print(type(reversed(Seq(1))), type(reversed(deque([1]))))
q = deque([1, 2, 3])
print(list(reversed(q)), list(reversed(range(1, 10, 3))), list(reversed("héllo")))
print(list(reversed((1, 2, 3))), list(reversed({"x": 1, "y": 2})), list(reversed({"x": 1}.items())))
xs = [1, 2, 3, 4]
r = reversed(xs)
print(next(r), next(r))
xs.pop()
xs.pop()
print(list(r))
r = reversed(q)
next(r)
q.append(9)
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError", e)
for bad in [NotReversible(2), NoLen(), {1, 2}, iter([1]), 5]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError", e)
