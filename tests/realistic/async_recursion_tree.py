import asyncio

TREE = {
    "/": ["home", "etc", "var"],
    "/home": ["alice", "bob"],
    "/home/alice": ["notes.txt", "photos"],
    "/home/alice/photos": ["a.jpg", "b.jpg"],
    "/home/bob": [],
    "/etc": ["hosts"],
    "/var": ["log"],
    "/var/log": ["syslog", "auth.log"],
}


async def list_dir(path):
    await asyncio.sleep(0.01 * len(path))
    return TREE.get(path)


async def walk(path, depth=0):
    entries = await list_dir(path)
    if entries is None:
        return 1
    print("  " * depth + (path.rsplit("/", 1)[-1] or "/") + "/")
    sizes = await asyncio.gather(*(walk(path.rstrip("/") + "/" + e, depth + 1) for e in entries))
    return sum(sizes)


async def fib(n):
    if n < 2:
        return n
    a, b = await asyncio.gather(fib(n - 1), fib(n - 2))
    return a + b


async def main():
    files = await walk("/")
    print("files:", files)
    print("fib(7) =", await fib(7))


asyncio.run(main())
