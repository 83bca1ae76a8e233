import asyncio


class Order:
    def __init__(self, oid, qty):
        self.oid = oid
        self.qty = qty


async def risky(step):
    await asyncio.sleep(0.01)
    if step == 0:
        return int("12x")
    if step == 1:
        return [1, 2, 3][5]
    if step == 2:
        return {"a": 1}["b"]
    if step == 3:
        return Order(1, 2).price
    if step == 4:
        return "total: " + 5
    if step == 5:
        a, b = (1, 2, 3)
    if step == 6:
        return 10 / 0
    if step == 7:
        return sorted([3, "a", 1])
    if step == 8:
        return float("abc")
    if step == 9:
        return Order(1)
    if step == 10:
        return None()
    if step == 11:
        return len(5)
    if step == 12:
        return undefined_name
    if step == 13:
        return {[1]: 2}
    if step == 14:
        return "abc".index("z")
    if step == 15:
        return [].pop()
    if step == 16:
        return int(None)
    if step == 17:
        return max([])
    if step == 18:
        return "x".join([1, 2])
    if step == 19:
        return (1, 2)[0:1] + [3]
    if step == 20:
        return 2 ** 10000 * 1.0
    if step == 21:
        return asyncio.Queue().get_nowait()
    if step == 22:
        return dict([(1, 2, 3)])
    if step == 23:
        return round("1.5")
    if step == 24:
        return {}.pop("missing")
    if step == 25:
        return "%d items" % "three"
    if step == 26:
        return f"{3.14159:d}"
    if step == 27:
        return list(range(3)).remove(7)
    return "fine"


async def main():
    results = await asyncio.gather(*(risky(i) for i in range(29)), return_exceptions=True)
    for i, r in enumerate(results):
        if isinstance(r, BaseException):
            print(f"{i:2} {type(r).__name__}: {r}")
        else:
            print(f"{i:2} ok {r!r}")


asyncio.run(main())
