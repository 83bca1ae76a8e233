"""Loopscope's CPython oracle: run a program under real CPython 3.13 asyncio with a
virtual clock and print its canonical trace (docs: shared/docs/trace-format.md).

    python3.13 tests/oracle/tracer.py FILE.py [--seed S] [--set NAME=VALUE ...]
    python3.13 tests/oracle/tracer.py --batch < programs.json > traces.json

Batch input: a JSON list of {"name", "source", "seed", "set"} ("set" is an object
NAME -> VALUE, or null). Output: a JSON list of {"name", "trace": [lines], "error"}
where error is null, "limit" (too many trace lines or too much virtual time),
"timeout" (wall clock), "deadlock" (the loop would block forever) or
"syntax: ..." (the program does not compile). Each program runs in a forked child of
the batch process: fresh interpreter state, and a hard kill if it outlives its timeout.

How it works (see README.md next to this file):
- a SelectorEventLoop subclass whose time() is the virtual clock, on a selector whose
  select(timeout) advances the clock by timeout and returns no events;
- call_at pushes TimerHandles ordered by (when, seq);
- create_task builds a subclass of the pure-Python asyncio.tasks._PyTask whose
  _Task__step records `run` before and suspend/done/error/cancelled after;
- call_soon records `wake` when the callback is a task's __wakeup (or its __step
  re-queued by a bare yield: that wake is written right after the `suspend` line);
- time.sleep/perf_counter/monotonic/time use the virtual clock; print is patched;
- warnings.showwarning records warnings ("always" filter, so every occurrence shows);
- asyncio.runners._cancel_all_tasks and TaskGroup._abort are patched to go through
  tasks in creation order instead of set (memory address) order.
"""

import asyncio
import asyncio.base_events
import asyncio.events
import asyncio.futures
import asyncio.runners
import asyncio.taskgroups
import asyncio.tasks
import builtins
import gc
import heapq
import tokenize
import itertools
import json
import logging
import os
import re
import select
import selectors
import signal
import sys
import time
import types
import warnings
import weakref
import random

_futures = asyncio.futures
_tasks = asyncio.tasks
_PyTask = asyncio.tasks._PyTask
_GatheringFuture = asyncio.tasks._GatheringFuture

logging.getLogger("asyncio").disabled = True


class TracerAbort(SystemExit):
    """Stops a program (limit, timeout, deadlock). A SystemExit so that asyncio's
    Handle._run and Task.__step let it through instead of logging it."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class Run:
    """State of one traced program."""

    def __init__(self, filename, max_lines=None, max_time=None, on_task_name=False,
                 traced=True):
        self.filename = filename
        self.traced = traced  # False: virtual clock only (C tasks, no trace), for benchmarks
        self.now = 0.0
        self.lines = []
        self.max_lines = max_lines
        self.max_time = max_time
        self.on_task_name = on_task_name
        self.task_counter = 0  # for default names Task-N
        self.task_seq = itertools.count()  # creation order of all traced tasks
        self.stepping = []  # tasks whose step is running (innermost last)
        self.deferred_wakes = {}  # task -> True: wake to write after its suspend line
        self.sleep_delay = weakref.WeakKeyDictionary()  # sleep future -> delay
        self.aborted = None
        self.finished = False

    def record(self, kind, fields):
        if self.finished or not self.traced:
            return
        if self.aborted is not None:
            raise TracerAbort(self.aborted)
        if self.max_lines is not None and len(self.lines) >= self.max_lines:
            self.abort("limit")
        self.lines.append(f"{self.now:.3f} {kind} {fields}")

    def advance(self, dt):
        if self.finished:
            return
        if self.aborted is not None:
            raise TracerAbort(self.aborted)
        self.now += dt
        if self.max_time is not None and self.now > self.max_time:
            self.abort("limit")

    def abort(self, reason):
        if self.aborted is None:
            self.aborted = reason
        raise TracerAbort(self.aborted)


RUN = None  # the Run being traced



def _frames_below():
    """How many Python frames run beneath the program's module frame: the tracer's own.
    The recursion limit is raised by as many, so a program recurses exactly as deep here as
    under a plain `python3.13 program.py`, where its module frame is the first."""
    n, f = 0, sys._getframe(1)
    while f is not None:
        n, f = n + 1, f.f_back
    return n

def _clock():
    return RUN.now if RUN is not None else 0.0


# ---------------------------------------------------------------- formatting

def fmt_exc(exc):
    name = type(exc).__name__
    msg = str(exc)
    return f"{name}: {msg}" if msg else name


def stack_of(task):
    parts = []
    obj = task._coro
    while isinstance(obj, types.CoroutineType):
        frame = obj.cr_frame
        if frame is None:
            break
        if frame.f_code.co_filename == RUN.filename:
            parts.append(f"L{frame.f_lineno}")
        obj = obj.cr_await
    return ">".join(parts)


def on_of(task):
    w = task._fut_waiter
    if w is None:
        return "yield"
    delay = RUN.sleep_delay.get(w)
    if delay is not None:
        return f"sleep({delay:g})"
    if isinstance(w, _GatheringFuture):
        return f"gather({len(w._children)})"
    if RUN.on_task_name and isinstance(w, TracedTask):
        return w.get_name()
    # The reference traces (shared/programs) write `future` for an awaited task too.
    return "future"


# ---------------------------------------------------------------- tasks

class TracedTask(_PyTask):
    _lsc_seq = -1
    _lsc_run = None

    def _Task__step(self, exc=None):
        run = self._lsc_run
        if run is not RUN or run.finished:
            return super()._Task__step(exc)
        run.record("run", f"{self.get_name()} {stack_of(self)}")
        run.stepping.append(self)
        try:
            super()._Task__step(exc)
        finally:
            run.stepping.pop()
        name = self.get_name()
        if self.done():
            if self.cancelled():
                run.record("cancelled", name)
            elif self._exception is not None:
                run.record("error", f"{name} {fmt_exc(self._exception)}")
            else:
                run.record("done", f"{name} {self._result!r}")
        else:
            run.record("suspend", f"{name} {stack_of(self)} {on_of(self)}")
        if run.deferred_wakes.pop(self, None):
            run.record("wake", name)


_WAKEUP = _PyTask._Task__wakeup
_STEP = TracedTask._Task__step


def _task_seq(task):
    return getattr(task, "_lsc_seq", -1)


# ---------------------------------------------------------------- the loop

class VirtualSelector(selectors._BaseSelectorImpl):
    def select(self, timeout=None):
        if RUN is None or RUN.finished:
            return []
        if timeout is None:
            RUN.abort("deadlock")
        if timeout > 0:
            RUN.advance(timeout)
        return []


class SeqTimerHandle(asyncio.events.TimerHandle):
    __slots__ = ("_seq",)
    _counter = itertools.count()

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(when, callback, args, loop, context)
        self._seq = next(SeqTimerHandle._counter)

    def __hash__(self):
        return hash((self._when, self._seq))

    def __lt__(self, other):
        if isinstance(other, SeqTimerHandle):
            return (self._when, self._seq) < (other._when, other._seq)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, SeqTimerHandle):
            return (self._when, self._seq) <= (other._when, other._seq)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, SeqTimerHandle):
            return (self._when, self._seq) > (other._when, other._seq)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, SeqTimerHandle):
            return (self._when, self._seq) >= (other._when, other._seq)
        return NotImplemented


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__(selector=VirtualSelector())
        self._clock_resolution = 1e-09  # time.get_clock_info('monotonic').resolution on Linux
        self._lsc_run = RUN
        self._lsc_shutdown = False
        self.set_exception_handler(lambda loop, context: None)

    def _tracing(self):
        run = self._lsc_run
        return (run is not None and run is RUN and run.traced and not run.finished
                and not self._lsc_shutdown)

    def time(self):
        return _clock()

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = SeqTimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_later(self, delay, callback, *args, context=None):
        timer = super().call_later(delay, callback, *args, context=context)
        # asyncio.sleep(delay) is the only caller of call_later with this callback
        if callback is _futures._set_result_unless_cancelled and self._tracing():
            RUN.sleep_delay[args[0]] = delay
        return timer

    def call_soon(self, callback, *args, context=None):
        handle = super().call_soon(callback, *args, context=context)
        if self._tracing():
            owner = getattr(callback, "__self__", None)
            if isinstance(owner, TracedTask) and owner._lsc_run is RUN:
                func = getattr(callback, "__func__", None)
                if func is _WAKEUP or func is _STEP:
                    if owner in RUN.stepping:
                        RUN.deferred_wakes[owner] = True
                    elif func is _WAKEUP:
                        RUN.record("wake", owner.get_name())
                    # a __step queued outside its own step is a task's first step
        return handle

    def create_task(self, coro, *, name=None, context=None):
        if not self._tracing():
            return super().create_task(coro, name=name, context=context)
        self._check_closed()
        if name is None and asyncio.coroutines.iscoroutine(coro):
            RUN.task_counter += 1
            name = f"Task-{RUN.task_counter}"
        task = TracedTask(coro, loop=self, name=name, context=context)
        task._lsc_seq = next(RUN.task_seq)
        task._lsc_run = RUN
        qual = getattr(coro, "__qualname__", None) or type(coro).__name__
        RUN.record("create", f"{task.get_name()} {qual}")
        return task


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    _loop_factory = VirtualLoop


# ---------------------------------------------------------------- determinism patches

def _cancel_all_tasks(loop):
    # asyncio.runners._cancel_all_tasks, but in task creation order: the original
    # iterates asyncio.all_tasks(), a set ordered by memory address.
    to_cancel = sorted(_tasks.all_tasks(loop), key=_task_seq)
    try:
        if not to_cancel:
            return
        for task in to_cancel:
            task.cancel()
        loop.run_until_complete(_tasks.gather(*to_cancel, return_exceptions=True))
        for task in to_cancel:
            if task.cancelled():
                continue
            if task.exception() is not None:
                loop.call_exception_handler({
                    'message': 'unhandled exception during asyncio.run() shutdown',
                    'exception': task.exception(),
                    'task': task,
                })
    finally:
        # shutdown_asyncgens / shutdown_default_executor come next: not traced
        if isinstance(loop, VirtualLoop):
            loop._lsc_shutdown = True


def _taskgroup_abort(self):
    # TaskGroup._abort, but in task creation order (self._tasks is a set)
    self._aborting = True
    for t in sorted(self._tasks, key=_task_seq):
        if not t.done():
            t.cancel()


asyncio.runners._cancel_all_tasks = _cancel_all_tasks
asyncio.taskgroups.TaskGroup._abort = _taskgroup_abort


# ---------------------------------------------------------------- time, print, warnings

def _sleep(secs):
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    if RUN is not None:
        RUN.advance(secs)


def _now():
    return _clock()


def _now_ns():
    return int(_clock() * 1e9)


_real_perf_counter = time.perf_counter
_real_monotonic = time.monotonic
_LAST_CLOCK = [0.0]
time.sleep = _sleep
time.perf_counter = _now
time.monotonic = _now
time.time = _now
time.perf_counter_ns = _now_ns
time.monotonic_ns = _now_ns
time.time_ns = _now_ns


def _print(*args, sep=" ", end="\n", file=None, flush=False):
    if sep is None:
        sep = " "
    text = sep.join(str(a) for a in args)
    if RUN is not None:
        for line in text.split("\n"):
            RUN.record("print", line)


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if RUN is not None:
        RUN.record("warning", f"{category.__name__}: {message}")


# ---------------------------------------------------------------- running a program

def apply_sets(source, sets):
    if not sets:
        return source
    lines = source.split("\n")
    for name, value in sets.items():
        pat = re.compile(r"^" + re.escape(name) + r"\s*=(?!=)")
        for i, line in enumerate(lines):
            if pat.match(line):
                lines[i] = f"{name} = {value}"
                break
    return "\n".join(lines)


def _clear_namespace(ns):
    # like _PyModule_ClearDict at interpreter exit: names with one leading underscore
    # first, then the others, in dict order (never-awaited coroutines held by globals
    # warn here, as CPython warns at exit)
    for key in list(ns):
        if key.startswith("_") and not key.startswith("__") and key in ns:
            ns[key] = None
    for key in list(ns):
        if key != "__builtins__" and key in ns:
            ns[key] = None
    ns.clear()


def run_program(source, filename, seed=0, sets=None, max_lines=None, max_time=None,
                timeout=None, on_task_name=False, traced=True):
    """Returns (trace_lines, error)."""
    global RUN
    # Decoding a file drops a UTF-8 byte order mark; a str handed over here may still hold it.
    source = apply_sets(source.removeprefix("\ufeff"), sets)
    try:
        code = compile(source, filename, "exec")
    except SyntaxError as e:
        return [], f"syntax: {e.msg} (line {e.lineno})"

    run = Run(filename, max_lines=max_lines, max_time=max_time, on_task_name=on_task_name,
              traced=traced)
    bi = dict(builtins.__dict__)
    bi["print"] = _print
    # The program is the __main__ module, in sys.modules as `python file.py` makes it:
    # dataclasses looks string annotations (`ClassVar[int]`) up in the class's module there.
    main = types.ModuleType("__main__")
    main.__file__ = filename
    main.__builtins__ = bi
    main.__annotations__ = {}  # as CPython's add_main_module makes __main__
    ns = main.__dict__
    old_main = sys.modules.get("__main__")
    error = None
    old_policy = asyncio.events._event_loop_policy
    gc_was_enabled = gc.isenabled()
    old_handler = None
    RUN = run
    try:
        with warnings.catch_warnings():
            warnings.resetwarnings()
            warnings.simplefilter("always")
            warnings.showwarning = _showwarning
            asyncio.set_event_loop_policy(VirtualPolicy())
            random.seed(seed)
            SeqTimerHandle._counter = itertools.count()
            gc.collect()
            gc.disable()  # collection only at the end: deterministic finalization
            if timeout:
                def on_alarm(signum, frame):
                    if RUN is run and not run.finished:
                        run.abort("timeout")  # again every second if the program catches it
                old_handler = signal.signal(signal.SIGALRM, on_alarm)
                signal.setitimer(signal.ITIMER_REAL, timeout, 1.0)
            try:
                try:
                    limit = sys.getrecursionlimit()
                    sys.setrecursionlimit(limit + _frames_below())
                    sys.modules["__main__"] = main
                    try:
                        exec(code, ns)
                    finally:
                        sys.setrecursionlimit(limit)
                        sys.modules["__main__"] = old_main
                except TracerAbort as e:
                    error = run.aborted or e.reason
                except BaseException as e:  # noqa: BLE001 - the program's own exception
                    if run.aborted is not None:
                        error = run.aborted
                    else:
                        try:
                            run.record("uncaught", fmt_exc(e))
                        except TracerAbort:
                            error = run.aborted
                    e.__traceback__ = None
                    del e
                if error is None:
                    try:
                        _clear_namespace(ns)
                        gc.collect()
                    except TracerAbort:
                        error = run.aborted
            finally:
                if timeout:
                    signal.setitimer(signal.ITIMER_REAL, 0, 0)
                    signal.signal(signal.SIGALRM, old_handler)
    finally:
        # No clean-up of what an aborted program left behind (finalizing its coroutines
        # could run its code again): callers run each program in a process of its own
        # (a fork in --batch) and leave with os._exit.
        run.finished = True
        _LAST_CLOCK[0] = run.now
        asyncio.events._event_loop_policy = old_policy
        RUN = None
        if gc_was_enabled:
            gc.enable()
    return run.lines, error


def run_forked(prog, max_lines, max_time, timeout, on_task_name):
    """run_program in a forked child: fresh interpreter state for each program, and a hard
    wall-clock limit (timeout + 5 s) for a program that survives the soft one."""
    name = prog.get("name") or "program.py"
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        try:
            os.close(r)
            try:
                lines, err = run_program(prog["source"], name, seed=int(prog.get("seed") or 0),
                                         sets=prog.get("set") or None, max_lines=max_lines,
                                         max_time=max_time, timeout=timeout,
                                         on_task_name=on_task_name)
            except BaseException as e:  # noqa: BLE001 - report, never raise in the child
                lines, err = [], f"tracer: {fmt_exc(e)}"
            view = memoryview(json.dumps({"trace": lines, "error": err}).encode("utf-8"))
            while view:
                view = view[os.write(w, view):]
        finally:
            os._exit(0)
    os.close(w)
    chunks = []
    deadline = _real_monotonic() + (timeout + 5.0 if timeout else 1e9)
    killed = False
    while True:
        left = deadline - _real_monotonic()
        if left <= 0:
            os.kill(pid, signal.SIGKILL)
            killed = True
            break
        ready, _, _ = select.select([r], [], [], min(left, 1.0))
        if not ready:
            continue
        chunk = os.read(r, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(r)
    _, status = os.waitpid(pid, 0)
    if killed:
        return {"name": name, "trace": [], "error": "timeout"}
    try:
        res = json.loads(b"".join(chunks).decode("utf-8"))
    except ValueError:
        return {"name": name, "trace": [], "error": f"tracer: child died (status {status})"}
    return {"name": name, "trace": res["trace"], "error": res["error"]}


def _ensure_hashseed():
    # str hashes (and so the iteration order of sets of strings) are randomized per
    # process unless PYTHONHASHSEED is fixed: re-exec with PYTHONHASHSEED=0.
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        sys.stdout.flush()
        os.execve(sys.executable, [sys.executable, os.path.abspath(__file__)] + sys.argv[1:], env)


def main(argv):
    import argparse

    _ensure_hashseed()

    ap = argparse.ArgumentParser(description="Print a program's canonical trace under CPython.")
    ap.add_argument("file", nargs="?")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    ap.add_argument("--batch", action="store_true",
                    help="read a JSON list of programs from stdin, write a JSON list of traces")
    ap.add_argument("--max-lines", type=int, default=None)
    ap.add_argument("--max-time", type=float, default=None)
    ap.add_argument("--timeout", type=float, default=None, help="wall-clock seconds per program")
    ap.add_argument("--on-task-name", action="store_true",
                    help="write the awaited task's name as ON (the reference traces write `future`)")
    ap.add_argument("--untraced", action="store_true",
                    help="benchmark baseline: run under the virtual clock with asyncio's C tasks and "
                         "no tracing; print {\"seconds\": wall time, \"virtual\": clock} as JSON")
    a = ap.parse_args(argv)

    if a.batch:
        progs = json.load(sys.stdin)
        max_lines = a.max_lines if a.max_lines is not None else 200_000
        max_time = a.max_time if a.max_time is not None else 1e6
        timeout = a.timeout if a.timeout is not None else 30.0
        gc.collect()
        gc.freeze()  # the children's collections then skip the tracer's own objects
        out = [run_forked(p, max_lines, max_time, timeout, a.on_task_name) for p in progs]
        sys.stdout.write(json.dumps(out))
        sys.stdout.write("\n")
        sys.stdout.flush()
        return 0

    if not a.file:
        ap.error("FILE is required unless --batch")
    sets = {}
    for s in a.set:
        if "=" not in s:
            ap.error(f"--set wants NAME=VALUE, got {s!r}")
        k, v = s.split("=", 1)
        sets[k.strip()] = v
    with tokenize.open(a.file) as f:  # honours a BOM and a coding cookie, as CPython does
        source = f.read()
    if a.untraced:
        t0 = _real_perf_counter()
        lines, err = run_program(source, a.file, seed=a.seed, sets=sets, traced=False,
                                 max_time=a.max_time, timeout=a.timeout)
        elapsed = _real_perf_counter() - t0
        sys.stdout.write(json.dumps({"seconds": elapsed, "virtual": _LAST_CLOCK[0],
                                     "error": err}) + "\n")
        return 0 if err is None else 2
    lines, err = run_program(source, a.file, seed=a.seed, sets=sets,
                             max_lines=a.max_lines, max_time=a.max_time, timeout=a.timeout,
                             on_task_name=a.on_task_name)
    out = sys.stdout
    for line in lines:
        out.write(line)
        out.write("\n")
    out.flush()
    if err is not None:
        sys.stderr.write(f"tracer: program stopped: {err}\n")
        return 2
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # no interpreter clean-up: it could run a stopped program's code again
