# typing.NamedTuple with a docstring, a plain class attribute, methods (one a coroutine) read as
# bound methods, and CPython's AttributeError for a body that overwrites a namedtuple method.
import asyncio
from typing import NamedTuple


class Point(NamedTuple):
    """A point."""
    x: float
    y: float = 0.0
    ORIGIN_NAME = "origin"

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def moved(self, dx: float) -> "Point":
        return self._replace(x=self.x + dx)

    async def slow_norm(self) -> float:
        await asyncio.sleep(0.1)
        return self.norm()


async def main():
    p = Point(3.0, 4.0)
    print(p.norm(), p.moved(1), await p.slow_norm(), p.ORIGIN_NAME, Point.ORIGIN_NAME)
    print(Point.norm(p), Point.__doc__, type(p.norm).__name__, p.norm.__self__ is p)
    print(p.norm, Point.moved.__name__)

asyncio.run(main())
try:
    class Bad(NamedTuple):
        x: int
        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)
