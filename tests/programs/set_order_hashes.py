"""The order of sets whose items hash as CPython's hash() does: None, tuples with None, frozensets, floats, bools, enum members, objects with __hash__."""
import enum

none = None
print({none, 3, 1}, {1, none, 2, 17})
print({(none, 1), (2, none), (none, none)}, {(none,), (), (1, none, "a")})
a, b, c = frozenset({1, 2}), frozenset(), frozenset({none})
print({a, b, c, frozenset({"a"})})
zero = -0.0
print({1.5, zero, 2.25, 0.1, float("inf"), -float("inf")}, {zero, 0})
print({True, 2, False, 7, 1.0, 0}, {3.0, True, 10, 2.5})


class P:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, o):
        return self is o

    def __repr__(self):
        return f"P({self.h})"


print({P(5), P(3), P(-1), P(2**62), P(2**64 + 3), P(9), P(-8)})
print({(P(4), 1), (P(2), none)})


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CYAN = 4


print({Color.GREEN, Color.RED, Color.BLUE, Color.CYAN})
s = {3, 1, 2, none}
print(s.pop(), s.pop(), s)
print({x for x in [none, 10, 5, (none, 2)]})
d = {none: 1, 3: 2, 1: 3}
print(d, list(d))
# Displays of constants are frozensets rebuilt by the compiler's constant cache
print({(None, 1), (2, None), (None, None)}, {3.0, True, 10, 2.5})
print({"x", "y", "z", "w", "v", "u", "t", "s", "r"}, {8, 16, 0, 24, 32, -1, 7})
print({-1.5, 2.5, (1, None), 9, 17, 33})
