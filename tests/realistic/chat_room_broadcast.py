import asyncio


class ChatRoom:
    def __init__(self, name):
        self.name = name
        self.members = {}

    def join(self, user):
        q = asyncio.Queue()
        self.members[user] = q
        return q

    def leave(self, user):
        del self.members[user]

    async def broadcast(self, sender, text):
        for user, q in self.members.items():
            if user != sender:
                await q.put(f"<{sender}> {text}")

    def __len__(self):
        return len(self.members)

    def __str__(self):
        return f"#{self.name} ({len(self)} members: {', '.join(sorted(self.members))})"


async def listen(room, user, inbox, count):
    for _ in range(count):
        msg = await inbox.get()
        print(f"  {user} sees {msg}")
    room.leave(user)
    print(f"{user} left; {room}")


async def main():
    room = ChatRoom("python")
    users = ["ana", "raj", "kim"]
    listeners = [asyncio.create_task(listen(room, u, room.join(u), 2)) for u in users]
    print(room)
    await room.broadcast("ana", "hi all")
    await asyncio.sleep(0)
    await room.broadcast("raj", "hello ana")
    await asyncio.sleep(0.1)
    await room.broadcast("kim", "bye")
    await asyncio.gather(*listeners)
    print("room empty:", len(room) == 0)


asyncio.run(main())
