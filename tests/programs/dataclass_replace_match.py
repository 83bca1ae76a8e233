# A dataclass's __replace__ (dataclasses._replace: init=False fields refused, InitVars passed on), a
# dataclass in a class pattern, and the errors of a bad __match_args__.
from dataclasses import dataclass, field, InitVar, replace
@dataclass
class A:
    x: int
    y: int = field(init=False, default=5)
    s: InitVar[int] = 1
a = A(1)
print(a.__replace__, A.__replace__.__qualname__, A.__replace__.__name__)
print(a.__replace__(x=2), replace(a, x=3, s=4))
try: a.__replace__(z=2)
except TypeError as e: print(e)
try: a.__replace__(y=2)
except TypeError as e: print(e)
try: A.__replace__()
except TypeError as e: print(e)
match a:
    case A(1):
        print("matched")
class P:
    __match_args__ = ('x', 1)
    x = 1
try:
    match P():
        case P(a, b): pass
except TypeError as e: print(e)
class Q:
    __match_args__ = ['x']
try:
    match Q():
        case Q(a): pass
except TypeError as e: print(e)
