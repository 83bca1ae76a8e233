import asyncio
import operator
import string
from functools import reduce
from itertools import groupby, starmap
from operator import attrgetter, itemgetter, methodcaller


class Order:
    def __init__(self, user, total):
        self.user = user
        self.total = total

    def __repr__(self):
        return f"Order({self.user!r}, {self.total})"


print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.pos(-5), operator.abs(-2.5), operator.invert(5), operator.not_(0), operator.truth("x"), operator.index(True))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt("a", "b"), operator.le(2, 2), operator.gt(3, 2), operator.ge(1, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(256, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.concat([1], [2]), operator.countOf("banana", "a"), operator.indexOf("banana", "n"))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem(d, "b"), operator.__add__(1, 1), operator.call(max, 3, 9))
print(reduce(operator.mul, range(1, 7)), list(starmap(operator.pow, [(2, 3), (3, 2)])), sorted([(1, "b"), (0, "c"), (1, "a")], key=itemgetter(1)))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}), itemgetter(slice(1, None))([1, 2, 3]))
print(itemgetter(2, 0), attrgetter("user", "total"), methodcaller("strip", "x"), methodcaller("upper")("hi"))
print(string.ascii_lowercase[:5], string.digits, len(string.printable), string.capwords("the QUICK  brown"), "z" in string.ascii_letters)


async def fetch(user, total, delay):
    await asyncio.sleep(delay)
    return Order(user, total)


async def main():
    orders = await asyncio.gather(fetch("bo", 30, 0.2), fetch("al", 10, 0.1), fetch("bo", 5, 0.3), fetch("al", 7, 0))
    orders.sort(key=attrgetter("user"))
    for user, group in groupby(orders, key=attrgetter("user")):
        totals = list(map(attrgetter("total"), group))
        print(user, totals, reduce(operator.add, totals))
    print(max(orders, key=attrgetter("total")), sorted(map(methodcaller("__repr__"), orders))[:2])
    codes = {c: i for i, c in enumerate(string.ascii_uppercase[:4])}
    print(sorted(codes.items(), key=itemgetter(1), reverse=True))


asyncio.run(main())
