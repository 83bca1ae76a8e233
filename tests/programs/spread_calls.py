# Coroutines made one by one while `*` spreads a generator of calls (method calls on
# instances, plain calls), into gather and into a list display; one made and dropped.
import asyncio


class Account:
    def __init__(self, owner):
        self.owner = owner

    async def deposit(self, n):
        await asyncio.sleep(0.1 * n)
        return f"{self.owner}+{n}"


async def plain(n):
    await asyncio.sleep(0.05)
    return n * 2


async def main():
    accounts = [Account("ann"), Account("bob"), Account("cy")]
    print(await asyncio.gather(*(a.deposit(i + 1) for i, a in enumerate(accounts))))
    coros = [*(a.deposit(1) for a in accounts), *(plain(i) for i in range(2))]
    print(len(coros), await asyncio.gather(*coros))
    accounts[0].deposit(9)
    print("dropped one")


asyncio.run(main())
