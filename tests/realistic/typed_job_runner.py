import asyncio
import random
from typing import Optional

random.seed(1)


class Result:
    job_id: int
    ok: bool
    detail: Optional[str] = None

    def __init__(self, job_id: int, ok: bool, detail: Optional[str] = None) -> None:
        self.job_id = job_id
        self.ok = ok
        self.detail = detail

    def __repr__(self) -> str:
        return f"Result({self.job_id}, ok={self.ok}, detail={self.detail!r})"


async def run_job(job_id: int, timeout: float = 0.5) -> Result:
    duration: float = random.uniform(0.1, 0.8)
    try:
        async with asyncio.timeout(timeout):
            await asyncio.sleep(duration)
    except TimeoutError:
        return Result(job_id, False, f"timed out after {timeout}s")
    return Result(job_id, True)


async def worker(name: str, queue: asyncio.Queue[int], results: list[Result]) -> None:
    while True:
        job_id = await queue.get()
        result = await run_job(job_id)
        results.append(result)
        print(f"{name} finished job {job_id}: {'ok' if result.ok else result.detail}")
        queue.task_done()


async def main() -> dict[str, int]:
    queue: asyncio.Queue[int] = asyncio.Queue()
    results: list[Result] = []
    for job_id in range(8):
        queue.put_nowait(job_id)
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    failed = sorted((r for r in results if not r.ok), key=lambda r: r.job_id)
    print("failed:", failed)
    return {"ok": sum(r.ok for r in results), "failed": len(failed)}


if __name__ == "__main__":
    print(asyncio.run(main()))
