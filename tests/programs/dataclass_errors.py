# The errors @dataclass and field() raise at class definition (CPython's messages), a user-defined
# __repr__/__eq__ kept, InitVar reprs.
from dataclasses import dataclass, field, KW_ONLY, InitVar, FrozenInstanceError, MISSING, fields
from typing import ClassVar


def attempt(label, make):
    try:
        make()
        print(label, "ok")
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)


def no_annotation():
    @dataclass
    class C:
        x = field(default=1)


def two_kw_only():
    @dataclass
    class C:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY


def classvar_factory():
    @dataclass
    class C:
        x: ClassVar[list] = field(default_factory=list)


def both_defaults():
    field(default=1, default_factory=list)


def frozen_from_plain():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int


def order_no_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int


def overwrite_lt():
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, other):
            return True


def unsafe_with_hash():
    @dataclass(unsafe_hash=True)
    class C:
        x: int

        def __hash__(self):
            return 1


def default_instance():
    @dataclass
    class Inner:
        v: int = 0

    @dataclass
    class Outer:
        inner: Inner = Inner()


def frozen_default_ok():
    @dataclass(frozen=True)
    class Inner:
        v: int = 0

    @dataclass
    class Outer:
        inner: Inner = Inner()
    print(Outer())


def classvar_kw():
    @dataclass
    class C:
        x: ClassVar[int] = field(default=1, kw_only=True)


def bad_kwarg():
    dataclass(foo=1)


def bad_field_kw():
    field(bogus=2)


def set_unknown_frozen():
    @dataclass(frozen=True)
    class P:
        x: int
    P(1).w = 2


def weakref_no_slots():
    @dataclass(weakref_slot=True)
    class C:
        x: int


for fn in [no_annotation, two_kw_only, classvar_factory, both_defaults, frozen_from_plain, plain_from_frozen, order_no_eq, overwrite_lt, unsafe_with_hash, default_instance, frozen_default_ok, classvar_kw, bad_kwarg, bad_field_kw, set_unknown_frozen, weakref_no_slots]:
    attempt(fn.__name__, fn)


@dataclass
class User:
    name: str
    email: str = ""

    def __repr__(self):
        return f"<User {self.name}>"

    def __eq__(self, other):
        return isinstance(other, User) and self.name == other.name


print(User("a"), User("a", "x") == User("a", "y"), User.__hash__)
print(InitVar[int], InitVar[list[int]], KW_ONLY is not MISSING)
print(fields(User)[0].name, fields(User)[1].default, fields(User)[0].type)
