import asyncio
from collections import Counter

DOCS = {
    "a.txt": "The quick brown fox jumps over the lazy dog. The dog sleeps.",
    "b.txt": "  Asyncio makes concurrent code readable; asyncio is FUN!  ",
    "c.txt": "To be, or not to be: that is the question.",
}


async def load(name):
    await asyncio.sleep(len(name) * 0.05)
    return DOCS[name]


def normalize(text):
    cleaned = "".join(ch.lower() if ch.isalnum() or ch.isspace() else " " for ch in text)
    return cleaned.split()


async def analyze(name):
    text = await load(name)
    words = normalize(text)
    counts = Counter(words)
    top = counts.most_common(2)
    print(f"{name.center(9, '*')} words={len(words):>3} unique={len(counts):>3} top={top}")
    return counts


async def main():
    names = sorted(DOCS, reverse=True)
    results = await asyncio.gather(*(analyze(n) for n in names))
    total = sum(results, Counter())
    print("overall:", total.most_common(3))
    title = " ".join(w.capitalize() for w in normalize(DOCS["c.txt"])[:4])
    print(title, "|", DOCS["b.txt"].strip().replace("asyncio", "trio"), "|", DOCS["a.txt"].count("the"))
    print(", ".join(f"{w}:{c}" for w, c in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:5]))


asyncio.run(main())
