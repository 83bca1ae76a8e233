import asyncio


class HTTPError(Exception):
    def __init__(self, status, url):
        super().__init__(f"{status} for {url}")
        self.status = status
        self.url = url


class FakeClient:
    def __init__(self, base_url, latency=0.3):
        self.base_url = base_url
        self.latency = latency
        self.requests = 0

    async def get(self, path):
        self.requests += 1
        await asyncio.sleep(self.latency)
        if path.startswith("/missing"):
            raise HTTPError(404, self.base_url + path)
        return {"url": self.base_url + path, "status": 200}

    def __repr__(self):
        return f"FakeClient({self.base_url!r}, requests={self.requests})"


async def main():
    client = FakeClient("https://api.example.com")
    for path in ["/users", "/missing/7", "/orders"]:
        try:
            response = await client.get(path)
            print(response["status"], response["url"])
        except HTTPError as e:
            print("error:", e, e.status)
    print(client)


asyncio.run(main())
