import asyncio


class ValidationError(Exception):
    pass


async def validate(record):
    await asyncio.sleep(record["delay"])
    if "email" not in record:
        raise KeyError("email")
    if record["age"] < 0:
        raise ValidationError(f"negative age for {record['name']}")
    print(f"{record['name']} is valid")
    return record["name"]


async def main():
    records = [
        {"name": "ann", "age": 31, "email": "ann@x.org", "delay": 0.3},
        {"name": "bob", "age": -2, "email": "bob@x.org", "delay": 0.1},
        {"name": "cid", "age": 40, "delay": 0.2},
        {"name": "dee", "age": 22, "email": "dee@x.org", "delay": 0.05},
    ]
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(validate(r)) for r in records]
    except* ValidationError as eg:
        print(f"validation errors: {len(eg.exceptions)}")
        for e in eg.exceptions:
            print("  -", e)
    except* KeyError as eg:
        print("missing keys:", [str(e) for e in eg.exceptions])
    for t in tasks:
        state = "cancelled" if t.cancelled() else ("failed" if t.exception() else "ok")
        print(t.get_name(), state)


asyncio.run(main())
