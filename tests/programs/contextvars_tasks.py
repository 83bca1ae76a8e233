import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")
print(request_id.get(), user.get("anonymous"), request_id.name)


async def handle(rid, delay):
    request_id.set(rid)
    await asyncio.sleep(delay)
    print("handling", request_id.get(), "for", user.get("nobody"))
    await log()
    return request_id.get()


async def log():
    await asyncio.sleep(0.1)
    print("log line for", request_id.get())


async def main():
    user.set("alice")
    token = request_id.set("main")
    results = await asyncio.gather(handle("r1", 0.3), handle("r2", 0.1))
    print(results, "main still sees", request_id.get())
    t = asyncio.create_task(handle("r3", 0.2))
    user.set("bob")
    print(await t, user.get())
    request_id.reset(token)
    print("after reset", request_id.get())
    tok = user.set("carol")
    print(tok.var is user, tok.old_value, type(tok).__name__)
    user.reset(tok)
    print(user.get())


asyncio.run(main())
print("outside", request_id.get(), user.get("unset"))
ctx = contextvars.copy_context()


def in_ctx(x):
    user.set("dave")
    return user.get() + x


print(ctx.run(in_ctx, "!"), user.get("unset"), ctx.get(user))
fresh = contextvars.ContextVar("fresh")
try:
    fresh.get()
except LookupError:
    print("LookupError")
for bad in [lambda: contextvars.ContextVar(), lambda: contextvars.ContextVar(1), lambda: fresh.get(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print(e)
