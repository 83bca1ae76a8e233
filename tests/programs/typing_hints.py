import asyncio
from typing import (Any, Awaitable, Callable, Coroutine, Dict, List, Optional,
                    TYPE_CHECKING, Tuple, TypeVar, Union, cast, Literal, Iterable)
import typing

if TYPE_CHECKING:
    print("never printed")

T = TypeVar("T")
Handler = Callable[[int, str], Awaitable[None]]
Matrix = list[list[float]]


async def fetch(url: str, retries: int = 3, *, timeout: Optional[float] = None) -> Dict[str, Any]:
    result: Dict[str, Any] = {"url": url, "retries": retries, "timeout": timeout}
    await asyncio.sleep(0.1)
    return result


def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None


async def main() -> None:
    data: Dict[str, Any] = await fetch("a", timeout=1.5)
    print(data)
    pending: List[Coroutine[Any, Any, Dict[str, Any]]] = [fetch(u) for u in "bc"]
    print(await asyncio.gather(*pending))
    print(first([3, 4]), first([]), cast(int, "not checked"))
    count: int
    count = 5
    print(count)


print(Optional[int], Union[int, str], Union[int, None], Union[int], Optional[Union[int, str]])
print(List[int], Dict[str, List[int]], Tuple[int, str], Handler, Matrix, List[T], T)
print(Literal["a", 1], Iterable[str], typing.Any, Coroutine[Any, Any, int], Optional, List)
print(dict[str, int], tuple[int, str], Optional[None], List[None])
asyncio.run(main())
