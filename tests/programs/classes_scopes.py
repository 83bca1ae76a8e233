# Class bodies as scopes (names fall back to globals, comprehensions, nested and local
# classes, __class__), explicit super(C, self), patching a class, __hash__ = None, generator
# __iter__, format() of an object.
x = "global x"


class Scope:
    x = x
    y = x + "!"
    items = [1, 2]
    total = sum(items)

    def get(self):
        return x, self.x, __class__.__name__

    class Inner:
        def who(self):
            return type(self).__qualname__


print(Scope().get(), Scope.y, Scope.total, Scope.Inner().who(), repr(Scope.Inner))


def factory(n):
    class Made:
        size = n

        def show(self):
            return f"{type(self).__qualname__} {self.size} {n}"

    return Made


print(factory(3)().show(), factory(4).size)


class A:
    def hi(self):
        return "A"


class B(A):
    def hi(self):
        return "B+" + super(B, self).hi()


b = B()
print(b.hi(), A.hi(b), B.hi(b), B.__base__.__name__)
A.hi = lambda self: "patched"
print(b.hi())
b.hi = lambda: "instance"
print(b.hi(), B.hi(b))


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)
        return self

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"

    def __eq__(self, other):
        return isinstance(other, Stack) and self._items == other._items

    __hash__ = None


s = Stack().push(1).push(2)
print(s, len(s), s == Stack().push(1).push(2), s != Stack(), [s] == [Stack().push(1).push(2)])
try:
    {s}
except TypeError as e:
    print(e)
print(callable(s), callable(Stack), callable(s.push), isinstance(s, object), type(Stack))


class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt

    def __iter__(self):
        node = self
        while node:
            yield node.v
            node = node.nxt


print(list(Node(1, Node(2, Node(3)))), 2 in Node(1, Node(2)), max(Node(5, Node(9))))
print(str(Stack()), f"{Stack()!s:>12}", format(Stack(), ""))
try:
    f"{Stack():>10}"
except TypeError as e:
    print(e)
