import asyncio


async def fetch_user(uid):
    await asyncio.sleep(0.1 * uid)
    return {"id": uid, "name": f"user{uid}", "friends": [f for f in range(1, 5) if f != uid][: uid]}


async def fetch_posts(uid):
    await asyncio.sleep(0.05)
    return [{"uid": uid, "title": f"post {uid}.{i}", "likes": (uid * 7 + i * 3) % 10} for i in range(uid)]


async def profile(uid):
    user, posts = await asyncio.gather(fetch_user(uid), fetch_posts(uid))
    user["posts"] = posts
    user["top"] = max(posts, key=lambda p: p["likes"])["title"] if posts else None
    return user


async def main():
    profiles = await asyncio.gather(*(profile(u) for u in (3, 1, 2)))
    for p in profiles:
        print(p["name"], p["friends"], p["top"], sum(x["likes"] for x in p["posts"]))
    by_likes = sorted((post for p in profiles for post in p["posts"]), key=lambda x: (-x["likes"], x["title"]))
    print([f"{x['title']}:{x['likes']}" for x in by_likes])
    print(profiles[1])


asyncio.run(main())
