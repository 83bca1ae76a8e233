import asyncio


_seq = [0]


def next_seq():
    _seq[0] += 1
    return _seq[0]


async def submit(q, priority, name):
    await q.put((priority, next_seq(), name))
    print(f"submitted {name} (p{priority})")


async def worker(wid, q, log):
    while True:
        priority, seq, name = await q.get()
        await asyncio.sleep(0.1 * (priority + 1))
        log.append((wid, name))
        print(f"worker {wid} ran {name:<8} p{priority} seq={seq}")
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    log = []
    jobs = [(3, "backup"), (1, "email"), (0, "alert"), (2, "report"), (1, "sms"), (0, "page")]
    for p, name in jobs:
        await submit(q, p, name)
    workers = [asyncio.create_task(worker(i, q, log)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    by_worker = {}
    for wid, name in log:
        by_worker.setdefault(wid, []).append(name)
    for wid in sorted(by_worker):
        print(wid, "->", by_worker[wid])


asyncio.run(main())
