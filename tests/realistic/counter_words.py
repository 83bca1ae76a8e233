import asyncio
from collections import Counter

DOCS = {
    "a.txt": "the quick brown fox jumps over the lazy dog",
    "b.txt": "the dog barks and the fox runs",
    "c.txt": "a quick test of the counter",
}


async def load(name):
    await asyncio.sleep(len(DOCS[name]) / 100)
    return DOCS[name].split()


async def main():
    words = Counter()
    for coro in asyncio.as_completed([load(n) for n in DOCS]):
        chunk = await coro
        words.update(chunk)
        print("loaded", len(chunk), "words")
    print(words.most_common(3))


asyncio.run(main())
