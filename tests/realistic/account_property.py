import asyncio


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    async def deposit(self, amount):
        await asyncio.sleep(0.1)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount

    def __lt__(self, other):
        return self.balance < other.balance

    def __repr__(self):
        return f"<Account {self.owner}: {self.balance}>"


async def main():
    accounts = [Account("ann", 50), Account("bob"), Account("cy", 20)]
    await asyncio.gather(*(a.deposit(25) for a in accounts))
    try:
        await accounts[0].deposit(-5)
    except ValueError as e:
        print("error:", e)
    print(sorted(accounts))
    print(max(accounts).owner)


asyncio.run(main())
