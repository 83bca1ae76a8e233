import asyncio


async def helper(n):
    await asyncio.sleep(n)
    return {'k': n}['missing']


async def main():
    bg = asyncio.create_task(asyncio.sleep(10))
    print('starting')
    value = await helper(1)
    print('never', value, bg)


asyncio.run(main())
print('not reached')
