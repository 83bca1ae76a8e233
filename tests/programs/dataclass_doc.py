# The __doc__ a dataclass without a docstring gets (its signature, annotations as inspect writes them),
# a docstring kept, and a plain class's or exception's __doc__ (None).
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import Optional
import asyncio
@dataclass(init=False)
class A:
    x: int = 0
print(repr(A.__doc__))
class Base:
    def __init__(self, a, b=2): pass
@dataclass(init=False)
class B(Base):
    x: int = 0
print(repr(B.__doc__))
@dataclass
class C:
    x: int
    def __init__(self, q, *a, r=3, **k): pass
print(repr(C.__doc__))
@dataclass
class D:
    a: Optional[str]
    b: "D | None"
    c: asyncio.Queue[int]
    d: int | None
    e: InitVar[int]
    f: list[int] = field(default_factory=list)
    _: KW_ONLY
    g: str = "x"
    h: C = None
print(D.__doc__)
class E(Exception): pass
print(E.__doc__, C(1).__doc__)
@dataclass
class Documented:
    """Kept."""
    x: int
print(Documented.__doc__, Documented(1).__doc__)
