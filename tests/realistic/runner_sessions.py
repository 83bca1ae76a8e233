import asyncio


async def login(user):
    await asyncio.sleep(0.2)
    return f"token-{user}"


async def fetch_profile(token):
    await asyncio.sleep(0.3)
    return {"token": token, "plan": "pro"}


with asyncio.Runner() as runner:
    token = runner.run(login("ada"))
    print("logged in:", token)
    profile = runner.run(fetch_profile(token))
    print(profile)
