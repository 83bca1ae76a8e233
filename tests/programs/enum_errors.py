# The errors of the enum core, with CPython's messages.
from enum import Enum, EnumMeta, EnumType, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = (3, "b")

    def __str__(self):
        return f"color {self.name}"


def show(what, f):
    try:
        print(what, repr(f()))
    except Exception as e:
        print(what, type(e).__name__, e)


show("call no value", lambda: Color())
show("bad value", lambda: Color(7))
show("bad str value", lambda: Color("RED"))
show("unhashable", lambda: Color([1]))
show("tuple value", lambda: Color((3, "b")))
show("by member", lambda: Color(Color.RED))
show("bad name", lambda: Color["red"])
show("int name", lambda: Color[1])
show("unhashable name", lambda: Color[[1]])
show("compare", lambda: Color.RED < Color.GREEN)


def reassign():
    Color.RED = 5


def delete():
    del Color.GREEN


def set_name():
    Color.RED.name = "x"


def set_value():
    Color.RED.value = 3


show("reassign", reassign)
show("delete", delete)
show("set name", set_name)
show("set value", set_value)


def extend():
    class More(Color):
        PINK = 4


show("extend", extend)
show("str", lambda: (str(Color.RED), f"{Color.GREEN}", f"[{Color.BLUE:>14}]", format(Color.RED)))
show("types", lambda: (type(Color), EnumMeta is EnumType, isinstance(Color, type)))
show("mro", lambda: Color.__mro__)
show("members", lambda: [(c.name, c.value) for c in Color])
show("contains", lambda: (1 in Color, (3, "b") in Color, Color.RED in Color, "RED" in Color))
show("bool", lambda: (bool(Color), bool(Color.RED)))
show("auto", lambda: [auto() is auto(), type(auto()).__name__])


class Empty(Enum):
    def hello(self):
        return "hi"


show("empty", lambda: (list(Empty), len(Empty), bool(Empty), 1 in Empty))
show("empty call", lambda: Empty(1))


class Sub(Empty):
    X = auto()
    Y = auto()


show("sub", lambda: (list(Sub), Sub.X.hello(), isinstance(Sub.Y, Empty)))
show("class name", lambda: Color.name)
show("class value", lambda: Enum.value)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


show("init", lambda: (Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3)))
show("tuple lookup", lambda: Planet((3.303e23, 2.4397e6)))
show("vars", lambda: vars(Planet.MERCURY))


class Loose(Enum):
    A = 1
    B = 2

    def __eq__(self, other):
        return True


show("eq", lambda: (Loose.A == 3, Loose.__hash__))
show("eq hash", lambda: {Loose.A})
show("format spec", lambda: format(Color.RED, "d"))


@unique
class Fine(Enum):
    ONE = 1
    TWO = 2


def not_unique():
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
        E = 3

    return Dup


show("unique", lambda: list(Fine))
show("not unique", not_unique)
show("unique no arg", lambda: unique())
Color(0)
