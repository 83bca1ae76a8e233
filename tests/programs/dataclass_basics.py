# @dataclass basics: __init__ (defaults, CPython's argument errors), __repr__, __eq__ (same class only),
# __hash__ set to None, __match_args__, frozen, order, field() options, __post_init__, ClassVar,
# and the module functions fields/asdict/astuple/replace/is_dataclass.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, MISSING, KW_ONLY, InitVar
from typing import ClassVar, Optional, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), str(p))
print(Point(3), Point(y=5, x=1))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__eq__(p, (1, 2)))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, z=3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, x=3)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(Point.__hash__)
print(Point.__match_args__)


@dataclass
class Many:
    a: int
    b: str
    c: float


try:
    Many()
except TypeError as e:
    print(e)
try:
    Many(1)
except TypeError as e:
    print(e)

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad3:
        d: dict = {}
except ValueError as e:
    print("ValueError:", e)


@dataclass(frozen=True)
class Frozen:
    x: int
    y: str = "a"


f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)), hash(f) == hash((1, "a")))
try:
    f.x = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del f.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.z = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print({f, Frozen(1), Frozen(2)} == {Frozen(1), Frozen(2)})


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "x")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 1, "a") == Version(1, 1, "b"))
try:
    Version(1) < Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inv:
    name: str
    tags: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    total: ClassVar[int] = 0
    hidden: int = field(default=7, repr=False)
    computed: int = field(init=False, default=0)

    def __post_init__(self):
        Inv.total += 1
        self.computed = len(self.name)


a = Inv("a")
b = Inv("bb", ["x"])
a.tags.append("t")
print(a, b, Inv.total, a.hidden)
print([f.name for f in fields(a)], [f.name for f in fields(Inv)])
print(asdict(b), astuple(b))
print(is_dataclass(a), is_dataclass(Inv), is_dataclass(3), is_dataclass(int))
c = replace(b, name="ccc")
print(c, c is b, c.tags is b.tags)
try:
    replace(b, computed=3)
except TypeError as e:
    print("TypeError:", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Inv)
except TypeError as e:
    print("TypeError:", e)
