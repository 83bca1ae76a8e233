# list.sort compares in CPython's order: the failing comparison (and the
# operands' order in its message) and the list a failed sort leaves behind
for items in ([1, 'a'], [3, 1, 'a', 2], ['a', 1, 2], [1, 2, 'a', 0], [5, 4, 'a'], [2, 9, 7, 'x', 1]):
    x = list(items)
    try:
        x.sort()
    except TypeError as e:
        print(e, x)
try:
    sorted([3, 2, 1, None], reverse=True)
except TypeError as e:
    print(e)
x = [4, 1, 3, 'b', 2]
try:
    x.sort(key=lambda v: v, reverse=True)
except TypeError as e:
    print(e, x)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]), sorted('hello'), sorted([3, 1, 2], reverse=True))
print(sorted(['bb', 'a', 'ccc', 'dd'], key=len), sorted([5, 3, 5, 1, 3], key=lambda v: -v))
for n in (65, 0x10FFFF, -1, 0x110000):
    try:
        print(repr(chr(n)) if n < 0x10FFFF else len(chr(n)))
    except ValueError as e:
        print(e)
