import asyncio
import math

LOG = """2024-03-01 12:00:01 INFO  user=alice action=login ms=120
2024-03-01 12:00:05 WARN  user=bob action=upload ms=2300
2024-03-01 12:00:09 ERROR user=alice action=upload ms=15000
2024-03-01 12:01:10 INFO  user=carol action=login ms=95
2024-03-01 12:01:15 INFO  user=bob\taction=logout ms=40
2024-03-01 12:02:00 ERROR user=dave action=download ms=800"""


async def parse_line(line):
    await asyncio.sleep(0.01)
    date, time_, level, rest = line.replace("\t", " ").split(maxsplit=3)
    fields = dict(part.partition("=")[::2] for part in rest.split())
    return {"time": time_, "level": level.strip(), **fields, "ms": int(fields["ms"])}


async def main():
    records = await asyncio.gather(*(parse_line(l) for l in LOG.splitlines()))
    width = max(len(r["user"]) for r in records)
    for r in records:
        flag = "!" * (r["level"] == "ERROR") or "."
        print(f"{r['time']} {r['level']:<5} {r['user']:>{width}} {r['action'].upper():^10}|{r['ms']:>{7},}ms {flag}")
    by_user = {}
    for r in records:
        by_user.setdefault(r["user"], []).append(r["ms"])
    for user in sorted(by_user, key=str.lower, reverse=True):
        ms = by_user[user]
        print("%-6s n=%d avg=%8.2f max=%5d hex=%x %s" % (user, len(ms), sum(ms) / len(ms), max(ms), max(ms), "%r" % user))
    total = sum(r["ms"] for r in records)
    print(f"{total:_} {total / 1000:.1e} {math.fsum([0.1] * 10)} {sum([0.1] * 10)} {format(0.125, '.0%')} {round(1234.5678, -2)}")
    print(divmod(-7, 2), round(2.5), round(3.5), int(-3.7), abs(-0.0), 7 % -3, -7 // 2, 2 ** 0.5)
    levels = {r["level"] for r in records}
    print(sorted(levels), len(levels), {"INFO"} | {"DEBUG"} <= levels, sorted(levels - {"INFO"}))
    s = "Async IO is Fun"
    print(s[::-1], s.swapcase(), s.casefold(), s.title(), s.rjust(18, "."), s.zfill(17), s.center(19, "~"))
    print(s.split(" ", 2), s.rsplit(" ", 1), s.count("s"), s.find("IO"), s.replace(" ", "_", 2), s.startswith(("A", "B")))
    print("".join(sorted(set("mississippi"))), ord("A"), chr(0x263A), hex(255), oct(8), bin(5), int("0x1f", 16), int("101", 2))
    merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
    first, *middle, last = range(6)
    print(merged, {**merged, "d": 5}, first, middle, last, 1 < 2 < 3 > 2, any(x > 4 for x in middle), all([]))
    print(list(reversed(range(1, 10, 3))), list(enumerate("ab", start=1)), list(zip("abc", range(2))), [1, 2, 3][::-2])
    print(min([], default="none"), max(["pear", "fig", "banana"], key=len), sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]))
    try:
        list(zip([1, 2], [3], strict=True))
    except ValueError as e:
        print("ValueError:", e)
    print(f"{3.14159:.3}", f"{1e21}", f"{1/3!r}", f"{-0.5:+.1f}", f"{42:#o}", f"{255:08X}", f"{0.000012345:g}", f"{123456789:,d}")


asyncio.run(main())
