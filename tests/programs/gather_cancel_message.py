import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    # return_exceptions=True: the CancelledError comes from the *last* child,
    # here a gather that has already finished, so it has no message
    g = asyncio.gather(job(1), job(2), asyncio.gather(asyncio.sleep(0, 'x')), return_exceptions=True)
    await asyncio.sleep(0.5)
    print('cancel', g.cancel('enough'))
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print('cancelled', e.args)
    # the last child was cancelled with the message
    g = asyncio.gather(asyncio.sleep(0, 'y'), job(1), job(2), return_exceptions=True)
    await asyncio.sleep(0.5)
    print('cancel', g.cancel('stop'))
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print('cancelled', e.args)


asyncio.run(main())
