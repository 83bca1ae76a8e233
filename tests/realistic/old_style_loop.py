import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()


async def main():
    first = await say_after(1, "hello")
    second = await say_after(0.5, "world")
    return first + " " + second


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    result = loop.run_until_complete(main())
    print("result:", result)
    task = loop.create_task(say_after(0.2, "again"))
    print("task done?", task.done())
    print(loop.run_until_complete(task))
finally:
    loop.close()
print("closed:", loop.is_closed())
