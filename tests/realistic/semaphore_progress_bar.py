import asyncio

FILES = {
    "report.pdf": 2_400_000,
    "photo.jpg": 850_000,
    "video.mp4": 12_000_000,
    "notes.txt": 4_200,
    "archive.zip": 7_300_000,
    "song.mp3": 3_100_000,
}

CHUNK = 1_000_000
done_bytes = 0
total_bytes = sum(FILES.values())


async def download(name, size, sem):
    global done_bytes
    async with sem:
        print(f"start  {name:12} ({size / 1e6:.2f} MB)")
        received = 0
        while received < size:
            piece = min(CHUNK, size - received)
            await asyncio.sleep(piece / 2_000_000)
            received += piece
            done_bytes += piece
        pct = done_bytes / total_bytes
        print(f"finish {name:12} overall {pct:6.1%} [{'#' * int(pct * 20):<20}]")
        return name, size


async def main():
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(download(n, s, sem)) for n, s in FILES.items()]
    finished = await asyncio.gather(*tasks)
    biggest = max(finished, key=lambda pair: pair[1])
    print(f"downloaded {len(finished)} files, {total_bytes:,} bytes; biggest: {biggest[0]}")


asyncio.run(main())
