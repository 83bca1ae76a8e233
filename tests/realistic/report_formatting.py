import asyncio
import random

random.seed(5)


async def fetch_price(symbol):
    await asyncio.sleep(random.random())
    base = {"AAPL": 189.5, "MSFT": 402.25, "GOOG": 141.0, "TSLA": 238.75, "BRK": 612345.0}[symbol]
    change = random.uniform(-5, 5)
    return symbol, base, change


async def main():
    symbols = ["AAPL", "MSFT", "GOOG", "TSLA", "BRK"]
    rows = await asyncio.gather(*(fetch_price(s) for s in symbols))
    print(f"{'SYM':<6}|{'PRICE':>12}|{'CHG':>8}|{'PCT':>8}")
    print("-" * 6 + "+" + "-" * 12 + "+" + "-" * 8 + "+" + "-" * 8)
    for sym, price, chg in sorted(rows, key=lambda r: r[2], reverse=True):
        pct = chg / price
        print(f"{sym:<6}|{price:>12,.2f}|{chg:>+8.3f}|{pct:>8.3%}")
    total = sum(p for _, p, _ in rows)
    print(f"total={total:_.1f} mean={total / len(rows):.4e} hex={int(total):#x} bin={len(rows):08b}")
    best = max(rows, key=lambda r: r[2])
    print(f"{best[0]=} {best[2]=:.2f}")
    print("%-6s %10.2f %+.1f%%" % (best[0], best[1], best[2]))
    print("{:^20}".format("done"), "{0}/{1}".format(len(rows), len(symbols)), "{name!r:>10}".format(name="x"))
    print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), 7 // -2, -7 % 3, 2 ** -1, 10 / 4)
    print(0.1 + 0.2, 1e16, 1e-5, 123456789.0 * 10, float("inf"), -0.0, 3.0, 2.5e-10)


asyncio.run(main())
