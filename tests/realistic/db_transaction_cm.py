import asyncio


class Database:
    def __init__(self):
        self.rows = {}
        self.log = []

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        self.log.append("connect")
        print("connected")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.05)
        self.log.append("disconnect")
        print(f"disconnected (error: {exc_type.__name__ if exc_type else None})")
        return False

    def transaction(self):
        return Transaction(self)


class Transaction:
    def __init__(self, db):
        self.db = db
        self.pending = {}

    async def __aenter__(self):
        print("BEGIN")
        return self

    def set(self, key, value):
        self.pending[key] = value

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is None:
            await asyncio.sleep(0.02)
            self.db.rows.update(self.pending)
            print(f"COMMIT {sorted(self.pending)}")
            return False
        print(f"ROLLBACK because {exc!r}")
        return exc_type is ValueError


async def main():
    async with Database() as db:
        async with db.transaction() as tx:
            tx.set("alice", 100)
            tx.set("bob", 50)
        async with db.transaction() as tx:
            tx.set("carol", 75)
            raise ValueError("bad amount")
        print("after suppressed error, rows:", db.rows)
        try:
            async with db.transaction() as tx:
                tx.set("dave", 1)
                raise KeyError("dave")
        except KeyError as e:
            print("propagated:", repr(e))
    print(db.log)


asyncio.run(main())
