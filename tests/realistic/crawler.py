import asyncio
import random

SITE = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/"],
    "/blog/1": ["/blog"],
    "/blog/2": ["/blog", "/shop"],
    "/shop": ["/shop/cart"],
    "/shop/cart": [],
    "/team": ["/about"],
}


async def fetch(url):
    await asyncio.sleep(random.choice([0.2, 0.5, 0.8]))
    if url not in SITE:
        raise ValueError(f"404 {url}")
    return SITE[url]


async def crawl(start, max_pages=20):
    seen = {start}
    frontier = [start]
    depth = 0
    while frontier:
        print(f"depth {depth}: fetching {len(frontier)} pages")
        pages = await asyncio.gather(*(fetch(u) for u in frontier))
        next_frontier = []
        for url, links in zip(frontier, pages):
            for link in links:
                if link not in seen and len(seen) < max_pages:
                    seen.add(link)
                    next_frontier.append(link)
        frontier = next_frontier
        depth += 1
    return sorted(seen)


async def main():
    pages = await crawl("/")
    print(f"crawled {len(pages)} pages:", ", ".join(pages))


asyncio.run(main())
