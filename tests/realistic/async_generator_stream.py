import asyncio


async def read_lines(text, delay=0.1):
    for line in text.splitlines():
        await asyncio.sleep(delay)
        yield line.strip()


async def parse_numbers(lines):
    async for line in lines:
        if not line or line.startswith("#"):
            continue
        try:
            yield int(line)
        except ValueError:
            print(f"skipping {line!r}")


async def main():
    data = """# readings
    10
    20
    oops
    30
    """
    total = 0
    async for n in parse_numbers(read_lines(data)):
        total += n
        print("running total", total)
    print("done:", total)


asyncio.run(main())
