import asyncio
import sys

print(sys.version_info[:2], sys.version_info >= (3, 11), sys.version_info.major, sys.maxsize > 2**30)
print(sys.version_info.releaselevel, sys.version_info.minor)
for code in [None, 0, 2, "bye", (1, 2)]:
    try:
        if code is None:
            sys.exit()
        sys.exit(code)
    except SystemExit as e:
        print("exit", repr(e.code), e.args, repr(str(e)))
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
try:
    sys.exit(4)
except Exception:
    print("not an Exception")
except BaseException as e:
    print("a BaseException", type(e).__name__)


async def worker():
    await asyncio.sleep(1)
    print("worker never gets here")


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    try:
        sys.exit("inner")
    except SystemExit as e:
        print("caught inside", e)
    print("main done")


asyncio.run(main())
sys.exit(3)
print("not reached")
