import asyncio


class ConfigError(Exception):
    pass


async def read_config(path):
    await asyncio.sleep(0.1)
    data = {"port": "80a", "host": "localhost"}
    try:
        return int(data["port"])
    except ValueError as e:
        raise ConfigError(f"bad port in {path}") from e


async def connect():
    try:
        await read_config("app.ini")
    except ConfigError as e:
        print("error:", e)
        print("cause:", repr(e.__cause__))
        print("suppress context:", e.__suppress_context__)
        try:
            {}["missing"]
        except KeyError:
            raise RuntimeError("could not recover") from None


async def main():
    try:
        await connect()
    except RuntimeError as e:
        print(type(e).__name__, e, e.__cause__, type(e.__context__).__name__)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise LookupError("while handling")
    except LookupError as e:
        print(repr(e), "context:", repr(e.__context__))
    err = ValueError("with note")
    err.add_note("hint: check input")
    print(err.__notes__, str(err))


asyncio.run(main())
