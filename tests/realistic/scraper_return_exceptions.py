import asyncio

PAGES = {
    "/": (0.2, 200, "<html>home</html>"),
    "/about": (0.5, 200, "<html>about us</html>"),
    "/missing": (0.1, 404, ""),
    "/slow": (3.0, 200, "<html>slow</html>"),
    "/error": (0.3, 500, ""),
}


class HTTPError(Exception):
    def __init__(self, status, path):
        super().__init__(status, path)
        self.status = status


async def get(path):
    delay, status, body = PAGES[path]
    await asyncio.sleep(delay)
    if status >= 400:
        raise HTTPError(status, path)
    return body


async def get_with_timeout(path):
    return await asyncio.wait_for(get(path), timeout=1.0)


async def main():
    paths = list(PAGES) + ["/nope"]
    results = await asyncio.gather(*map(get_with_timeout, paths), return_exceptions=True)
    summary = {}
    for path, r in zip(paths, results):
        kind = type(r).__name__
        summary.setdefault(kind, []).append(path)
        if isinstance(r, HTTPError):
            print(f"{path:10} -> HTTP {r.status} args={r.args}")
        elif isinstance(r, BaseException):
            print(f"{path:10} -> {kind}: {r!r}")
        else:
            print(f"{path:10} -> {len(r)} chars, title={r.strip('<>/html').title()!r}")
    for kind, ps in sorted(summary.items()):
        print(f"{kind}: {', '.join(ps)}")


asyncio.run(main())
