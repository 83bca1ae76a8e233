import asyncio

STATES = ["queued", "queued", "running", "running", "running", "finished"]


class Job:
    def __init__(self):
        self.polls = 0

    async def status(self):
        await asyncio.sleep(0.1)
        state = STATES[min(self.polls, len(STATES) - 1)]
        self.polls += 1
        return state


async def wait_until_done(job, interval=0.5):
    while True:
        state = await job.status()
        print("status:", state)
        if state == "finished":
            return job.polls
        await asyncio.sleep(interval)


async def main():
    polls = await asyncio.wait_for(wait_until_done(Job()), timeout=10)
    print("finished after", polls, "polls")


asyncio.run(main())
