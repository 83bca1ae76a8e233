import asyncio


async def slow_download(name, seconds):
    print(f"downloading {name}")
    await asyncio.sleep(seconds)
    return f"{name}: {seconds * 100} KB"


async def main():
    for name, seconds in [("small.txt", 0.5), ("video.mp4", 5), ("image.png", 1.5)]:
        try:
            result = await asyncio.wait_for(slow_download(name, seconds), timeout=2)
            print("got", result)
        except TimeoutError:
            print(f"{name} timed out")


asyncio.run(main())
