import asyncio


async def scheduler(queue):
    while not queue.empty():
        priority, name = await queue.get()
        print(f"running {name} (priority {priority})")
        await asyncio.sleep(0.2 * priority)
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    for priority, name in [(3, "cleanup"), (1, "deploy"), (2, "test"), (1, "build"), (5, "report")]:
        queue.put_nowait((priority, name))
    await scheduler(queue)
    print("queue empty:", queue.empty())


asyncio.run(main())
