import asyncio


def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i : i + size]


async def upload(batch):
    await asyncio.sleep(0.1 * len(batch))
    return sum(batch)


async def main():
    items = list(range(1, 23))
    totals = []
    for batch in chunks(items, 5):
        total = await upload(batch)
        print(f"uploaded {batch} -> {total}")
        totals.append(total)
    print("grand total", sum(totals))


asyncio.run(main())
