import asyncio


class Connection:
    def __init__(self, host):
        self.host = host
        self.is_open = False

    async def __aenter__(self):
        await asyncio.sleep(0.2)
        self.is_open = True
        print(f"connected to {self.host}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        self.is_open = False
        print(f"closed {self.host}", "with error" if exc_type else "cleanly")
        return False

    async def query(self, sql):
        await asyncio.sleep(0.5)
        if "DROP" in sql:
            raise PermissionError("not allowed")
        return [sql.lower()]


async def main():
    async with Connection("db.local") as conn:
        rows = await conn.query("SELECT 1")
        print(rows)
    try:
        async with Connection("db.local") as conn:
            await conn.query("DROP TABLE users")
    except PermissionError as e:
        print("error:", e)
    print("open?", conn.is_open)


asyncio.run(main())
