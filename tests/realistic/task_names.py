import asyncio


async def job(delay):
    me = asyncio.current_task()
    print(f"{me.get_name()} starting (delay {delay})")
    await asyncio.sleep(delay)
    if delay > 1:
        me.set_name(me.get_name() + "-slow")
    return me.get_name()


async def main():
    print("main is", asyncio.current_task().get_name())
    t1 = asyncio.create_task(job(0.5))
    t2 = asyncio.create_task(job(1.5), name="downloader")
    t3 = asyncio.create_task(job(1.0))
    names = await asyncio.gather(t1, t2, t3)
    print(names)
    print([t.get_name() for t in (t1, t2, t3)])
    print(sorted(names, key=len))


asyncio.run(main())
