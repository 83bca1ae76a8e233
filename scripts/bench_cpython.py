"""Plain CPython running a program on a virtual clock: `npm run bench`'s baseline.

Nothing of the tracer (tests/oracle/tracer.py) is here: asyncio's C tasks and futures,
the stock SelectorEventLoop with only two things changed - `time()` reads a virtual clock
and the selector, instead of waiting, moves that clock on by the timeout - the real
print (its output goes to /dev/null), gc as it comes. Prints one JSON line: the seconds
the program took (compile and run), wall and CPU, its virtual end time and the process's
peak RSS.

    python3.13 scripts/bench_cpython.py PROGRAM.py [--set N=100000] [--seed 0]
"""
import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import resource
import selectors
import time

NOW = [0.0]


class VirtualSelector(selectors._BaseSelectorImpl):
    def select(self, timeout=None):
        if timeout is None:
            raise RuntimeError("the loop waits with nothing scheduled")
        if timeout > 0:
            NOW[0] += timeout
        return []


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__(selector=VirtualSelector())

    def time(self):
        return NOW[0]


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualLoop


def apply_sets(source, sets):
    """`--set NAME=VALUE` replaces the first top-level `NAME = ...` line, as the engine does."""
    lines = source.split("\n")
    for name, value in sets.items():
        pattern = re.compile(rf"^{re.escape(name)}\s*=(?!=)")
        for i, line in enumerate(lines):
            if pattern.match(line):
                lines[i] = f"{name} = {value}"
                break
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    sets = dict(s.split("=", 1) for s in a.set)
    with open(a.file, encoding="utf-8") as f:
        source = apply_sets(f.read(), sets)
    asyncio.set_event_loop_policy(VirtualPolicy())
    random.seed(a.seed)
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
        exec(compile(source, a.file, "exec"), {"__name__": "__main__"})
    seconds = time.perf_counter() - t0
    cpu_seconds = time.process_time() - cpu0
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "cpuSeconds": cpu_seconds, "virtual": NOW[0],
                      "peakBytes": peak_kib * 1024}))


if __name__ == "__main__":
    main()
