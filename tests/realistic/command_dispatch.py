import asyncio


async def execute(command):
    match command.split():
        case ["sleep", seconds]:
            await asyncio.sleep(float(seconds))
            return f"slept {seconds}s"
        case ["echo", *words]:
            return " ".join(words)
        case ["add", a, b]:
            return int(a) + int(b)
        case []:
            return "empty command"
        case _:
            return f"unknown: {command!r}"


async def main():
    for cmd in ["echo hello world", "sleep 0.5", "add 2 40", "", "rm -rf /"]:
        print(await execute(cmd))


asyncio.run(main())
