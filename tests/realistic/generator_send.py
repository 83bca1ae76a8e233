import asyncio


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count


def chunked(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


async def main():
    avg = averager()
    next(avg)
    for price in [10, 12.5, 9, 11]:
        await asyncio.sleep(0.1)
        print(f"price {price:>5} running average {avg.send(price):.3f}")
    try:
        avg.send(None)
    except StopIteration as e:
        print("averaged", e.value, "values")
    for chunk in chunked(list(range(10)), 4):
        await asyncio.sleep(0.05)
        print("chunk", chunk, sum(x * x for x in chunk))
    squares = (n * n for n in range(5))
    print(next(squares), list(squares), list(squares))


asyncio.run(main())
