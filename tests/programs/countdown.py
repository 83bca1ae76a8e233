import asyncio

N = 3


async def countdown(name, n):
    while n > 0:
        print(name, n)
        await asyncio.sleep(1)
        n -= 1
    print(name, 'lift off')
    return name


async def main():
    names = await asyncio.gather(*(countdown(f'r{i}', N - i) for i in range(N)))
    print(names)


asyncio.run(main())
