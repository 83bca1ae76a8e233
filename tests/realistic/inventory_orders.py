import asyncio
import random

random.seed(3)

inventory = {"apple": 10, "banana": 6, "cherry": 25, "durian": 1}
lock = asyncio.Lock()


class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        self.item, self.wanted, self.have = item, wanted, have
        super().__init__(f"{item}: wanted {wanted}, only {have} left")


async def place_order(customer, items):
    total = 0
    async with lock:
        for item, qty in items.items():
            have = inventory.get(item, 0)
            if qty > have:
                raise OutOfStock(item, qty, have)
        await asyncio.sleep(random.random() / 10)
        for item, qty in items.items():
            inventory[item] -= qty
            total += qty
    return customer, total


async def main():
    orders = {
        "zoe": {"apple": 3, "cherry": 5},
        "yan": {"durian": 2},
        "xia": {"banana": 6, "apple": 2},
        "wes": {"banana": 1},
        "val": {"cherry": 20},
    }
    results = await asyncio.gather(*(place_order(c, o) for c, o in orders.items()), return_exceptions=True)
    ok = [r for r in results if not isinstance(r, Exception)]
    failed = [r for r in results if isinstance(r, OutOfStock)]
    for customer, total in sorted(ok, key=lambda r: (-r[1], r[0])):
        print(f"{customer:>4}: {total:3d} items")
    for e in failed:
        print(f"failed: {e} (short by {e.wanted - e.have})")
    low = {k: v for k, v in inventory.items() if v < 5}
    print("low stock:", low)
    print("sorted by stock:", sorted(inventory, key=inventory.get, reverse=True))


asyncio.run(main())
