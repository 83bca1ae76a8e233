import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")


def log(msg):
    print(f"[{request_id.get()}] [{user.get('anon')}] {msg}")


async def db_query(sql):
    await asyncio.sleep(0.05)
    log(f"query: {sql}")


async def handle(rid, who):
    request_id.set(rid)
    if who:
        user.set(who)
    log("start")
    await db_query(f"SELECT * FROM items WHERE owner = '{who}'")
    await asyncio.sleep(0.1)
    log("end")


async def main():
    log("main before")
    await asyncio.gather(handle("r1", "ann"), handle("r2", None), handle("r3", "bo"))
    log("main after")
    token = request_id.set("main")
    log("changed")
    request_id.reset(token)
    log("reset")


asyncio.run(main())
