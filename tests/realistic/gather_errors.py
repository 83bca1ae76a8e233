import asyncio


async def parse(text):
    await asyncio.sleep(0.1 * len(text))
    return int(text)


async def main():
    inputs = ["12", "x7", "300", "", "42"]
    results = await asyncio.gather(*(parse(t) for t in inputs), return_exceptions=True)
    good = [r for r in results if not isinstance(r, Exception)]
    bad = [r for r in results if isinstance(r, Exception)]
    print("parsed:", good)
    for err in bad:
        print("error:", type(err).__name__, err)
    try:
        await asyncio.gather(*(parse(t) for t in inputs))
    except ValueError as e:
        print("first failure:", e)


asyncio.run(main())
