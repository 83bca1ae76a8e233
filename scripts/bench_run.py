"""Runs one command as a whole process for `npm run bench` and measures it from outside.

Prints one JSON line: the process's wall time from start to exit (interpreter or Node
startup included), its CPU time (user + system) and its peak RSS, from wait4's rusage,
which is the child's own. The child's stdout goes to OUT; its exit status must be 0.

    python3 scripts/bench_run.py OUT COMMAND [ARG]...
"""
import json
import os
import sys
import time


def main():
    out, argv = sys.argv[1], sys.argv[2:]
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    t0 = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, fd, 1)])
    _, status, ru = os.wait4(pid, 0)
    seconds = time.perf_counter() - t0
    os.close(fd)
    code = os.waitstatus_to_exitcode(status)
    print(json.dumps({"seconds": seconds, "cpuSeconds": ru.ru_utime + ru.ru_stime,
                      "peakBytes": ru.ru_maxrss * 1024, "status": "ok" if code == 0 else f"exit {code}"}))


if __name__ == "__main__":
    main()
