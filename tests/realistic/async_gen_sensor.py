import asyncio
import random

random.seed(7)


async def sensor(name, n, period):
    for i in range(n):
        await asyncio.sleep(period)
        yield name, i, round(random.gauss(20, 2), 2)


async def above(source, threshold):
    async for name, i, value in source:
        if value > threshold:
            yield f"{name}#{i}={value}"


async def main():
    readings = [v async for _, _, v in sensor("temp", 6, 0.5)]
    print("readings:", readings)
    print(f"mean: {sum(readings) / len(readings):.3f}, max: {max(readings)}")

    alerts = [a async for a in above(sensor("hum", 8, 0.25), 21.0)]
    print("alerts:", alerts)

    gen = sensor("press", 100, 0.1)
    async for name, i, value in gen:
        print(name, i, value)
        if i == 2:
            break
    await gen.aclose()
    print("closed early")


asyncio.run(main())
