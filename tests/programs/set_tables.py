"""Set order after what CPython's set table remembers: removals (dummies), merges sized up front, copies, pops, in-place operators."""
print(set({0: 0, 16: 0, 1: 0, 2: 0, 3: 0, 32: 0}), set([0, 16, 1, 2, 3, 32]))
a = {0, 1, 2, 3}
print(a | {16, 32}, a.union([16, 32]), {16, 32} | a)
alias = a
a |= {16, 32, 48}
print(a, alias is a, alias)
b = {7, 8, 1, 2, 3}
b.discard(1)
b.remove(2)
b.discard(3)
print(b)
b.add(15)
b.add(23)
print(b, b.copy())
c = set(range(20))
popped = [c.pop() for _ in range(5)]
c.add(3)
c.add(40)
print(popped, c.pop(), c.pop(), len(c))
x = {1, 9, 17, 25, 33, 2, 10}
y = {17, 25, 40, 48, 56, 64, 72, 80, 88}
print(x & y, y & x, x - y, y - x, x ^ y, y ^ x)
print(x.intersection(y, {17}), x.difference(y, {1}), x.symmetric_difference([9, 100, 108]))
z = set(x)
z -= {9, 17, 25}
z.add(41)
print(z)
z ^= {2, 57, 65}
print(z)
z &= {10, 33, 57, 41, 1}
print(z)
w = set(range(40))
w.difference_update(range(5, 38))
print(w)
w.update({100, 200}, [300], {"k": 1})
print(w)
w.intersection_update(range(100))
w.symmetric_difference_update({64, 0})
print(w)
f = frozenset([5, 13, 21]) | {29}
print(f, type(f).__name__, f - {13}, frozenset(f) is f or True)
# Displays with starred parts: each set merged, each dict's keys sized up front
a = {0, 1, 2, 3}
b = {16, 32}
print({*a, *b}, {5, *b}, {*a, 16, 32})
d = {0: 1, 16: 2, 1: 3, 2: 4, 3: 5, 32: 6}
print({*d}, {*range(5), *[16, 32]}, {*(), 8, 0})
# A for or a comprehension iterates the frozenset constant itself
print({8, 16, 0, 24, 32, -1, 7}, [x for x in {8, 16, 0, 24, 32, -1, 7}])
for x in {8, 16, 0, 24, 32, -1, 7}:
    print(x, end=" ")
print()
