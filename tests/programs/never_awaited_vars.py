import asyncio


class Box:
    pass


async def main():
    b = Box()
    d = vars(b)
    g = globals()
    d['c'] = asyncio.sleep(1)
    print('stored', type(b.c).__name__)
    b.c = 1
    print('replaced')
    g['h'] = asyncio.sleep(2)
    del g['h']
    print('end')


asyncio.run(main())
