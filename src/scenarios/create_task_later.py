import asyncio


async def download(name, seconds):
    print(f'{name}: started')
    await asyncio.sleep(seconds)
    print(f'{name}: finished')
    return f'{name}.zip'


async def main():
    task = asyncio.create_task(download('big', 2))
    print('main: task created, it has not run yet')
    await asyncio.sleep(1)
    print('main: one second later, still downloading')
    result = await task
    print('main: got', result)


asyncio.run(main())
