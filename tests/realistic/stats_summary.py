import asyncio
import math
import random

random.seed(2024)


async def measure_latency(host):
    samples = []
    for _ in range(5):
        rtt = random.uniform(0.01, 0.12)
        await asyncio.sleep(rtt)
        samples.append(rtt * 1000)
    return host, samples


def summarize(samples):
    n = len(samples)
    mean = sum(samples) / n
    var = sum((x - mean) ** 2 for x in samples) / (n - 1)
    s = sorted(samples)
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    return {"mean": mean, "stdev": math.sqrt(var), "median": median, "min": s[0], "max": s[-1]}


async def main():
    hosts = ["alpha.local", "beta.local", "gamma.local"]
    results = await asyncio.gather(*(measure_latency(h) for h in hosts))
    print(f"{'host':<12}{'mean':>8}{'stdev':>8}{'median':>8}{'min':>8}{'max':>8}")
    for host, samples in results:
        st = summarize(samples)
        print(f"{host:<12}" + "".join(f"{st[k]:8.2f}" for k in ("mean", "stdev", "median", "min", "max")))
    fastest = min(results, key=lambda r: summarize(r[1])["median"])
    print("fastest:", fastest[0].split(".")[0].upper())


asyncio.run(main())
