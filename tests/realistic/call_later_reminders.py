import asyncio


def remind(text, fired):
    fired.append(text)
    print("reminder:", text)


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    loop.call_later(1.0, remind, "stand up", fired)
    loop.call_later(0.5, remind, "drink water", fired)
    handle = loop.call_later(0.7, remind, "never shown", fired)
    loop.call_soon(remind, "right away", fired)
    handle.cancel()
    await asyncio.sleep(1.5)
    print(fired)


asyncio.run(main())
