import asyncio


class Room:
    def __init__(self):
        self.members = {}

    def join(self, name):
        self.members[name] = asyncio.Queue()
        return self.members[name]

    async def say(self, sender, text):
        for name, inbox in self.members.items():
            if name != sender:
                await inbox.put(f"{sender}: {text}")


async def listen(name, inbox, expected):
    for _ in range(expected):
        msg = await inbox.get()
        print(f"[{name}] {msg}")


async def main():
    room = Room()
    listeners = [asyncio.create_task(listen(n, room.join(n), 2)) for n in ("ann", "bob", "cy")]
    await room.say("ann", "hi all")
    await asyncio.sleep(0.2)
    await room.say("bob", "hello ann")
    await room.say("cy", "hey")
    await asyncio.gather(*listeners)


asyncio.run(main())
