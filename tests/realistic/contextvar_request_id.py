import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log(msg):
    print(f"[{request_id.get()}] {msg}")


async def handle(rid, delay):
    request_id.set(rid)
    log("start")
    await asyncio.sleep(delay)
    log("end")


async def main():
    log("server up")
    await asyncio.gather(handle("req-1", 0.3), handle("req-2", 0.1), handle("req-3", 0.2))
    log("server down")


asyncio.run(main())
