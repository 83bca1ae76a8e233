import asyncio


async def stream_chunks(n, gap):
    for i in range(n):
        await asyncio.sleep(gap[i % len(gap)])
        yield f"chunk-{i}"


async def read_with_idle_timeout(idle):
    received = []
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(idle) as cm:
            async for chunk in stream_chunks(8, [0.2, 0.4, 0.9]):
                received.append(chunk)
                cm.reschedule(loop.time() + idle)
                print(f"{chunk} at {loop.time():.1f}, deadline now {cm.when():.1f}")
    except TimeoutError:
        print(f"idle for more than {idle}s; expired={cm.expired()}")
    return received


async def main():
    got = await read_with_idle_timeout(0.5)
    print(len(got), "chunks:", ", ".join(got))
    got = await read_with_idle_timeout(1.0)
    print(len(got), "chunks, last:", got[-1])


asyncio.run(main())
