import asyncio
import random

random.seed(42)


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{url} returned {status}")
        self.url = url
        self.status = status


async def fetch(url):
    delay = random.uniform(0.1, 1.5)
    await asyncio.sleep(delay)
    if random.random() < 0.4:
        raise FetchError(url, random.choice([500, 502, 503]))
    return {"url": url, "bytes": random.randint(100, 5000)}


async def fetch_with_retry(url, retries=4, timeout=1.0):
    delay = 0.2
    for attempt in range(1, retries + 1):
        try:
            return await asyncio.wait_for(fetch(url), timeout=timeout)
        except asyncio.TimeoutError:
            print(f"[{url}] attempt {attempt}: timed out after {timeout}s")
        except FetchError as e:
            print(f"[{url}] attempt {attempt}: {e} (status={e.status})")
        jitter = random.uniform(0, delay / 2)
        await asyncio.sleep(delay + jitter)
        delay *= 2
    raise RuntimeError(f"giving up on {url}")


async def main():
    urls = [f"https://api.example.com/items/{i}" for i in range(1, 5)]
    results = await asyncio.gather(*(fetch_with_retry(u) for u in urls), return_exceptions=True)
    for url, res in zip(urls, results):
        if isinstance(res, Exception):
            print(f"{url:<35} FAILED: {res!r}")
        else:
            print(f"{url:<35} {res['bytes']:>6,} bytes")


asyncio.run(main())
