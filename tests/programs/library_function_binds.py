import asyncio
class Client:
    pause = asyncio.sleep
    async def go(self):
        try:
            await self.pause(1)
        except TypeError as e:
            print("TypeError:", e)
        await Client.pause(0.5)
        print("done")
asyncio.run(Client().go())
