import asyncio
from collections import defaultdict


class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)

    def on(self, event):
        def register(fn):
            self.handlers[event].append(fn)
            return fn
        return register

    async def emit(self, event, **payload):
        handlers = self.handlers.get(event, [])
        if not handlers:
            print(f"no handler for {event!r}")
            return []
        return await asyncio.gather(*(h(**payload) for h in handlers))


bus = EventBus()


@bus.on("signup")
async def send_welcome(user, email):
    await asyncio.sleep(0.2)
    return f"welcome mail to {email}"


@bus.on("signup")
async def add_to_crm(user, email):
    await asyncio.sleep(0.1)
    return f"crm record for {user}"


@bus.on("purchase")
async def receipt(user, amount):
    await asyncio.sleep(0.05)
    return f"receipt {user}: ${amount:,.2f}"


async def main():
    print(await bus.emit("signup", user="ann", email="ann@example.com"))
    print(await bus.emit("purchase", user="ann", amount=1234.5))
    print(await bus.emit("refund", user="ann"))
    print({k: [h.__name__ for h in v] for k, v in bus.handlers.items()})


asyncio.run(main())
