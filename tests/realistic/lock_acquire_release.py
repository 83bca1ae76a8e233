import asyncio

balance = 0


async def deposit(lock, amount, name):
    global balance
    await lock.acquire()
    try:
        current = balance
        await asyncio.sleep(0.01)
        balance = current + amount
        print(f"{name}: +{amount} -> {balance} (locked={lock.locked()})")
    finally:
        lock.release()


async def unsafe_deposit(amount):
    global balance
    current = balance
    await asyncio.sleep(0.01)
    balance = current + amount


async def main():
    global balance
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit(lock, a, f"d{i}") for i, a in enumerate([10, 20, 30, 40])))
    print("safe total:", balance)
    balance = 0
    await asyncio.gather(*(unsafe_deposit(a) for a in [10, 20, 30, 40]))
    print("unsafe total (lost updates):", balance)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
