import asyncio
import random
from collections import namedtuple, defaultdict

Quote = namedtuple("Quote", ["symbol", "price"])


async def fetch_quote(symbol):
    await asyncio.sleep(random.uniform(0.1, 0.5))
    return Quote(symbol, round(random.uniform(10, 200), 2))


async def main():
    symbols = ["AAPL", "MSFT", "GOOG", "AAPL", "MSFT"]
    quotes = await asyncio.gather(*(fetch_quote(s) for s in symbols))
    history = defaultdict(list)
    for q in quotes:
        history[q.symbol].append(q.price)
    for symbol, prices in sorted(history.items()):
        print(symbol, prices, max(prices))
    print(quotes[0])


asyncio.run(main())
