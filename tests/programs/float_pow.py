import asyncio
import random


async def grow(rate, years):
    balance = 100.0
    for year in range(1, years + 1):
        balance = 100.0 * (1 + rate) ** year
        await asyncio.sleep(0.1)
    return balance


async def main():
    print([2.0 ** -k for k in range(0, 60, 7)])
    print([10 ** -k for k in range(1, 8)], 2 ** -1074, 2 ** -1075)
    print([x ** 0.5 for x in (2.0, 3.0, 10.0, 1e-300, 12345.678)])
    print([x ** 2 for x in (0.1, 1.7, 3.3, -2.9)], [x ** 3 for x in (0.2, 1.1, -4.4)])
    print(1.05 ** 10, 1.07 ** 30, 0.5 ** 0.5, 2 ** 0.5, 27 ** (1 / 3), 7.0 ** -2)
    print(float('inf') ** 0, (-8.0) ** 3, (-2.0) ** -3, 0.0 ** 0, (-0.0) ** 3, 1.0 ** float('nan'))
    print(float('inf') ** -1, (-float('inf')) ** 3, 0.5 ** float('inf'), 2.0 ** float('-inf'))
    try:
        print(10.0 ** 400)
    except OverflowError as e:
        # the message is the C library's errno text (Pyodide's differs): not printed
        print('OverflowError', type(e).__name__)
    try:
        print(0.0 ** -1)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    x = 3.0
    x **= 1.5
    print(x, pow(2.5, 3.5), pow(9, -2))
    print(await asyncio.gather(grow(0.03, 3), grow(0.1, 2)))


asyncio.run(main())
