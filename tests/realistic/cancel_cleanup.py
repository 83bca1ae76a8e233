import asyncio


class Connection:
    opened = 0

    def __init__(self, name):
        self.name = name
        Connection.opened += 1
        self.closed = False

    def close(self):
        self.closed = True
        Connection.opened -= 1
        print(f"{self.name}: connection closed")


async def worker(name, interval):
    conn = Connection(name)
    count = 0
    try:
        while True:
            await asyncio.sleep(interval)
            count += 1
            print(f"{name}: tick {count}")
    except asyncio.CancelledError:
        print(f"{name}: cancelled after {count} ticks")
        raise
    finally:
        conn.close()


async def main():
    tasks = [asyncio.create_task(worker(f"w{i}", 0.3 * (i + 1)), name=f"worker-{i}") for i in range(3)]
    await asyncio.sleep(1)
    print("open connections:", Connection.opened)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, results):
        print(t.get_name(), type(r).__name__, t.cancelled())
    print("open connections:", Connection.opened)


asyncio.run(main())
