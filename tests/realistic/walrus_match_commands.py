import asyncio

COMMANDS = [
    "set volume 7",
    "play song.mp3",
    "pause",
    "set speed 1.5",
    "skip 3",
    "jump",
    "quit",
    "play",
]


async def execute(state, line):
    await asyncio.sleep(0.05)
    match line.split():
        case ["set", key, value] if key in ("volume", "speed"):
            state[key] = float(value) if "." in value else int(value)
            return f"{key} -> {state[key]!r}"
        case ["play", track]:
            state["track"] = track
            return f"playing {track.removesuffix('.mp3')}"
        case ["play"]:
            return "nothing to play" if "track" not in state else "resume"
        case ["pause" | "stop" as verb]:
            return f"{verb}d"
        case ["skip", n] if (k := int(n)) > 0:
            return f"skipped {k} track{'s' if k != 1 else ''}"
        case ["quit"]:
            return None
        case _:
            return f"unknown command: {line!r}"


async def main():
    state = {}
    for line in COMMANDS:
        if (result := await execute(state, line)) is None:
            print("bye")
            break
        print(f"> {line:<15} {result}")
    print(state)


asyncio.run(main())
