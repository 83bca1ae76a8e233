import asyncio


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.lock = asyncio.Lock()
        self.history = []

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance})"

    async def withdraw(self, amount):
        async with self.lock:
            if amount > self.balance:
                raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
            await asyncio.sleep(0.01)
            self.balance -= amount
            self.history.append(-amount)

    async def deposit(self, amount):
        async with self.lock:
            await asyncio.sleep(0.01)
            self.balance += amount
            self.history.append(amount)


async def transfer(src, dst, amount):
    try:
        await src.withdraw(amount)
    except InsufficientFunds as e:
        print(f"transfer {src.owner}->{dst.owner} of {amount} refused: {e}")
        return False
    await dst.deposit(amount)
    print(f"moved {amount:>4} from {src.owner} to {dst.owner}")
    return True


async def main():
    a, b, c = Account("ann", 100), Account("ben", 50), Account("cat")
    moves = [(a, b, 30), (b, c, 70), (c, a, 10), (a, c, 80), (b, a, 5)]
    ok = await asyncio.gather(*(transfer(s, d, n) for s, d, n in moves))
    print(ok, sum(ok), "succeeded")
    for acct in (a, b, c):
        print(acct, acct.history)
    print("total money:", sum(x.balance for x in (a, b, c)))


asyncio.run(main())
