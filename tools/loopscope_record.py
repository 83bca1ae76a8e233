"""Record an asyncio program under real CPython (3.11 to 3.13) for Loopscope's page.

    python loopscope_record.py my_app.py [--clock virtual|real] [--seed S] [--set NAME=VALUE]
        [-o out.json] [--max-events N] [--max-time S] [--quiet] [-- ARGS...] > my_app.trace.json

Writes {"format": "loopscope-recording", "version": 1, "clock", "python",
"program": {"filename", "source", "seed", "set"}, "events": [...]}: the events have the types
and fields of Loopscope's engine log (src/engine/events.ts), times in seconds from the start.
--clock virtual (default): sleeps take no time, the clock jumps to the next timer, timers with
equal deadlines fire in scheduling order; runs as Loopscope's oracle does (tests/oracle), so
the canonical trace matches the engine's. --clock real: wall time, real sleeping and real I/O.
No dependencies; the program runs as __main__ with the real stdlib. Its print() output is
recorded and echoed to stderr (not with --quiet). Exit status: 0 recorded, 2 could not run,
3 recorded up to a limit (--max-events, --max-time, or a virtual-clock deadlock).
"""
import asyncio
import asyncio.futures
import asyncio.runners
import asyncio.taskgroups
import asyncio.tasks
import builtins, collections, gc, heapq, io, itertools, json, math, os, platform, random, re  # noqa: E401
import operator, selectors, sys, threading, time, tokenize, types, warnings, weakref  # noqa: E401

_PyTask = asyncio.tasks._PyTask
_GatheringFuture = asyncio.tasks._GatheringFuture
_SLEEP_CB = asyncio.futures._set_result_unless_cancelled
_FUTURES = (asyncio.Future, asyncio.futures._PyFuture)
_real = {name: getattr(time, name) for name in (
    "sleep", "perf_counter", "monotonic", "time", "perf_counter_ns", "monotonic_ns", "time_ns")}
_real_print = builtins.print
MAX_TEXT = 100_000  # longest string kept in an event (the page's importer has the same cap)
REC = None  # the Recorder of the running program


class Abort(SystemExit):
    """Stops the program at a limit. A SystemExit, so asyncio lets it through."""



def _frames_below():
    """How many Python frames run beneath the program's module frame: the tracer's own.
    The recursion limit is raised by as many, so a program recurses exactly as deep here as
    under a plain `python3.13 program.py`, where its module frame is the first."""
    n, f = 0, sys._getframe(1)
    while f is not None:
        n, f = n + 1, f.f_back
    return n

def cap(s):
    return s if len(s) <= MAX_TEXT else s[:MAX_TEXT - 1] + "\u2026"


def fmt_exc(exc):
    msg = str(exc)
    return cap(f"{type(exc).__name__}: {msg}" if msg else type(exc).__name__)


class Recorder:
    def __init__(self, filename, clock, max_events, max_time, echo):
        self.filename, self.clock, self.echo = filename, clock, echo
        self.max_events, self.max_time = max_events, max_time
        self.events = []
        self.now = 0.0  # the virtual clock
        self.base = _real["monotonic"]()  # the real clock's zero
        self.task_ids = itertools.count(1)
        self.handle_ids = itertools.count(1)
        self.task_counter = 0  # default names Task-N
        self.task_seq = itertools.count()
        self.tick = 0
        self.stepping = []  # tasks whose step is running, innermost last
        self.deferred_wakes = {}
        self.sleeps = weakref.WeakKeyDictionary()  # sleep future -> (delay, until)
        self.aborted = self.finished = False
        self.lock = threading.RLock()  # times stay in order when other threads queue handles

    def time(self):
        return self.now if self.clock == "virtual" else round(_real["monotonic"]() - self.base, 6)

    def rel(self, when):  # a loop time as seconds of the recording (real: to the µs)
        t = when if self.clock == "virtual" else round(when - self.base, 6)
        return t if math.isfinite(t) else sys.float_info.max

    def emit(self, type_, **fields):
        if self.finished:
            return
        if self.aborted:
            raise Abort(3)
        with self.lock:
            t = self.time()
            if len(self.events) >= self.max_events:
                self.abort("events", f"the program passed {self.max_events:,} events"
                           " (--max-events)")
            if self.max_time is not None and t > self.max_time:
                self.abort("time", f"the clock passed {self.max_time:g} s (--max-time)")
            self.events.append({"type": type_, "t": t, **fields})

    def abort(self, limit, message):
        if not self.aborted:
            self.events.append({"type": "limit", "t": self.time(), "limit": limit,
                                "message": message})
            self.aborted = True
        raise Abort(3)

    def advance(self, dt, why):  # the virtual clock moves
        if self.aborted:
            raise Abort(3)
        start = self.now
        if not math.isfinite(start + dt):
            self.abort("time", f"the clock would jump to {start + dt} s")
        self.now += dt
        self.emit("clock", **{"from": start, "why": why})

    def current(self):
        return self.stepping[-1]._lsc_id if self.stepping else None

    def mine(self, obj):
        return isinstance(obj, RecTask) and obj._lsc_rec is self


# ---------------------------------------------------------------- what a task is doing

def stack_of(task):
    lines = []
    obj = task._coro
    while isinstance(obj, types.CoroutineType):
        frame = obj.cr_frame
        if frame is None:
            break
        if frame.f_code.co_filename == REC.filename:
            lines.append(frame.f_lineno)
        obj = obj.cr_await
    return lines


def _public(qualname):
    return all(not p.startswith("_") or p.endswith("__") for p in qualname.split("."))


def detail_of(task):
    """`Queue.get()`, `Event.wait()`...: the innermost public library coroutine awaited
    below the program's own frames."""
    found = None
    obj = task._coro
    while isinstance(obj, types.CoroutineType) and obj.cr_frame is not None:
        if obj.cr_frame.f_code.co_filename == REC.filename:
            found = None
        elif _public(obj.__qualname__):
            found = obj.__qualname__ + "()"
        obj = obj.cr_await
    return found or "future"


def describe_future(fut):
    if REC.mine(fut):
        return fut.get_name()
    if fut in REC.sleeps:
        return f"sleep({REC.sleeps[fut][0]:g})"
    if isinstance(fut, _GatheringFuture):
        return f"gather({len(fut._children)})"
    return "future"


def suspend_fields(task):
    w = task._fut_waiter
    if w is None:
        return dict(on="yield", detail="sleep(0)", wait="yield", until=None, target=None)
    sleep = REC.sleeps.get(w)
    if sleep is not None:
        on = f"sleep({sleep[0]:g})"
        return dict(on=on, detail=on, wait="sleep", until=sleep[1], target=None)
    if isinstance(w, _GatheringFuture):
        on = f"gather({len(w._children)})"
        return dict(on=on, detail=on, wait="gather", until=None, target=None)
    if isinstance(w, (asyncio.Task, _PyTask)):
        # CPython's reference traces write `future` for an awaited task (tests/oracle/README.md)
        target = w._lsc_id if REC.mine(w) else None
        return dict(on="future", detail=cap(w.get_name()), wait="task", until=None, target=target)
    return dict(on="future", detail=cap(detail_of(task)), wait="future", until=None, target=None)


def describe(cb):
    while hasattr(cb, "func") and hasattr(cb, "args"):  # functools.partial
        cb = cb.func
    owner = getattr(cb, "__self__", None)
    func = getattr(cb, "__func__", None)
    if REC.mine(owner) and func is not None:
        return f"{owner.get_name()}.{func.__name__}"
    if isinstance(owner, asyncio.Timeout):
        return "timeout"
    if isinstance(owner, RecLoop) and func is RecLoop.create_task:
        return "async generator finalizer"  # its aclose() runs in a task of its own
    if isinstance(owner, asyncio.Task) or type(cb).__name__ == "TaskStepMethWrapper":
        return "untraced task step"  # asyncio.run's shutdown steps
    return getattr(cb, "__name__", None) or type(cb).__name__


# ---------------------------------------------------------------- tasks

class RecTask(_PyTask):
    _lsc_rec = None
    _lsc_id = 0
    _lsc_seq = -1

    def __init__(self, coro, *, loop, name, context, rec):
        self._lsc_rec, self._lsc_id, self._lsc_seq = rec, next(rec.task_ids), next(rec.task_seq)
        self._coro = coro
        qual = getattr(coro, "__qualname__", None) or type(coro).__name__
        stack = stack_of(self)
        rec.emit("create", task=self._lsc_id, name=cap(str(name)), coro=cap(qual),
                 line=stack[0] if stack else 0)
        super().__init__(coro, loop=loop, name=name, context=context)

    def set_name(self, value):
        super().set_name(value)
        rec = self._lsc_rec
        if rec is REC and not rec.finished:
            rec.emit("rename", task=self._lsc_id, name=cap(self.get_name()))

    def _Task__step(self, exc=None):
        rec = self._lsc_rec
        if rec is not REC or rec.finished:
            return super()._Task__step(exc)
        rec.emit("run", task=self._lsc_id, stack=stack_of(self))
        rec.stepping.append(self)
        try:
            super()._Task__step(exc)
        finally:
            rec.stepping.pop()
        tid = self._lsc_id
        if not self.done():
            rec.emit("suspend", task=tid, stack=stack_of(self), **suspend_fields(self))
        elif self.cancelled():
            rec.emit("cancelled", task=tid)
        elif self._exception is not None:
            rec.emit("error", task=tid, exc=fmt_exc(self._exception))
        else:
            try:
                text = repr(self._result)
            except Exception as e:  # noqa: BLE001 - a broken __repr__ is the program's
                text = f"<repr failed: {fmt_exc(e)}>"
            rec.emit("done", task=tid, repr=cap(text))
        if rec.deferred_wakes.pop(self, None):
            rec.emit("wake", task=tid)


_WAKEUP = _PyTask._Task__wakeup
_STEP = RecTask._Task__step


# ---------------------------------------------------------------- the loop

class ReadyQueue(collections.deque):
    """The loop's `_ready`: records `queue`, `fire`, `tick` and `handle` events. Handle ids
    are kept by object identity (a handle is alive while it is queued)."""

    def __init__(self, loop):
        super().__init__()
        self.loop, self.ids = loop, {}

    def append(self, h):
        self.ids[id(h)] = self.loop._lsc_queued(h)
        super().append(h)

    def popleft(self):
        loop = self.loop
        if loop._lsc_tick_due and loop._lsc_live():
            loop._lsc_tick_due = False
            REC.tick += 1
            REC.emit("tick", tick=REC.tick, ready=len(self))
        h = super().popleft()
        hid = self.ids.pop(id(h), 0)
        if hid and loop._lsc_live():
            REC.emit("handle", handle=hid, skipped=bool(h._cancelled))
        return h

    def clear(self):
        super().clear()
        self.ids.clear()


class SeqTimerHandle(asyncio.TimerHandle):
    """Ordered by (when, seq): equal deadlines fire in the order they were scheduled."""
    __slots__ = ("_seq", "_lsc_id")
    _counter = itertools.count()

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(when, callback, args, loop, context)
        self._seq, self._lsc_id = next(SeqTimerHandle._counter), 0

    def __hash__(self):
        return hash((self._when, self._seq))


def _compare(op):
    def method(self, other):
        if not isinstance(other, SeqTimerHandle):
            return NotImplemented
        return op((self._when, self._seq), (other._when, other._seq))
    return method


for _name in ("lt", "le", "gt", "ge"):
    setattr(SeqTimerHandle, f"__{_name}__", _compare(getattr(operator, _name)))


class RecLoop:
    """Mixed into a SelectorEventLoop: records tasks, handles, timers and ticks."""

    def _lsc_init(self):
        self._lsc_rec, self._lsc_shutdown, self._lsc_tick_due = REC, False, False
        self._ready = ReadyQueue(self)

    def _lsc_live(self):  # handles, timers and ticks: recorded for the loop's whole life
        rec = self._lsc_rec
        return rec is not None and rec is REC and not rec.finished

    def _lsc_on(self):  # tasks and wakes: not in asyncio.run's shutdown steps (as the oracle)
        return self._lsc_live() and not self._lsc_shutdown

    def _lsc_queued(self, h):
        if not self._lsc_live():
            return 0
        if isinstance(h, SeqTimerHandle):
            if h._lsc_id:
                REC.emit("fire", handle=h._lsc_id)
            return h._lsc_id
        hid = next(REC.handle_ids)
        cb = h._callback
        owner, func = getattr(cb, "__self__", None), getattr(cb, "__func__", None)
        if REC.mine(owner) and func in (_WAKEUP, _STEP):
            kind = "wakeup" if func is _WAKEUP else "step"
            REC.emit("queue", handle=hid, kind=kind, label=f"{owner.get_name()}.__{kind}",
                     task=owner._lsc_id)
        elif h._args and isinstance(h._args[0], _FUTURES):
            REC.emit("queue", handle=hid, kind="callback",
                     label=cap(f"{describe_future(h._args[0])} done callback"), task=None)
        else:
            task = None if isinstance(owner, RecLoop) else REC.current()
            REC.emit("queue", handle=hid, kind="callback", label=cap(describe(cb)), task=task)
        return hid

    def _run_once(self):
        self._lsc_tick_due = True  # written at the first handle (after the timers fire)
        super()._run_once()
        if self._lsc_tick_due and self._lsc_live():
            REC.tick += 1
            REC.emit("tick", tick=REC.tick, ready=0)
        self._lsc_tick_due = False

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled and getattr(handle, "_lsc_id", 0) and self._lsc_live():
            REC.emit("timer-cancel", handle=handle._lsc_id)
        super()._timer_handle_cancelled(handle)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = SeqTimerHandle(when, callback, args, self, context)
        if self._lsc_live():
            timer._lsc_id = next(REC.handle_ids)
            task = REC.current()
            if callback is _SLEEP_CB:
                label = f"sleep timer ({REC.stepping[-1].get_name()})" if task else "sleep timer"
            else:
                label = describe(callback)
            REC.emit("timer", handle=timer._lsc_id, when=REC.rel(when), label=cap(label), task=task)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_later(self, delay, callback, *args, context=None):
        timer = super().call_later(delay, callback, *args, context=context)
        if callback is _SLEEP_CB and self._lsc_on():  # asyncio.sleep is its only such caller
            REC.sleeps[args[0]] = (delay, REC.rel(timer.when()))
        return timer

    def call_soon(self, callback, *args, context=None):
        handle = super().call_soon(callback, *args, context=context)
        owner = getattr(callback, "__self__", None)
        if self._lsc_on() and REC.mine(owner):
            func = getattr(callback, "__func__", None)
            if func is _WAKEUP or func is _STEP:
                if owner in REC.stepping:  # written after the step's suspend line
                    REC.deferred_wakes[owner] = True
                elif func is _WAKEUP:
                    REC.emit("wake", task=owner._lsc_id)
        return handle

    def create_task(self, coro, *, name=None, context=None, **kwargs):
        if not self._lsc_on() or kwargs or self._task_factory is not None \
                or not asyncio.iscoroutine(coro):
            return super().create_task(coro, name=name, context=context, **kwargs)
        self._check_closed()
        if name is None:
            REC.task_counter += 1
            name = f"Task-{REC.task_counter}"
        return RecTask(coro, loop=self, name=name, context=context, rec=REC)


class VirtualSelector(selectors._BaseSelectorImpl):
    def select(self, timeout=None):
        rec = REC
        if rec is None or rec.finished:
            return []
        if timeout is None:
            rec.abort("deadlock", "the program waits forever: nothing is ready or scheduled"
                      " (with --clock virtual, nothing outside the loop can wake it)")
        if timeout > 0:
            rec.advance(timeout, "timer")
        return []


class RealSelector(selectors.DefaultSelector):
    def select(self, timeout=None):
        rec = REC
        if rec is None or rec.finished:
            return super().select(timeout)
        if rec.aborted:
            raise Abort(3)
        start = rec.time()
        events = super().select(timeout)
        if timeout != 0:
            rec.emit("clock", **{"from": start, "why": "timer"})
        return events


class VirtualLoop(RecLoop, asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__(selector=VirtualSelector())
        self._clock_resolution = 1e-09  # Linux's monotonic clock
        self._lsc_init()

    def time(self):
        return REC.now if REC is not None else 0.0

    # Nothing outside a virtual loop can wake it: no self-pipe (a socketpair, which
    # CPython in WebAssembly cannot make). call_soon_threadsafe then only queues.
    def _make_self_pipe(self):
        self._ssock = self._csock = None

    def _close_self_pipe(self):
        pass


class RealLoop(RecLoop, asyncio.SelectorEventLoop):
    def __init__(self):
        super().__init__(selector=RealSelector())
        self._lsc_init()


# ---------------------------------------------------------------- determinism patches

def _task_seq(task):
    return getattr(task, "_lsc_seq", -1)


def _cancel_all_tasks(loop):
    # asyncio.runners._cancel_all_tasks in task creation order (all_tasks() is a set)
    to_cancel = sorted(asyncio.all_tasks(loop), key=_task_seq)
    try:
        if not to_cancel:
            return
        for task in to_cancel:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*to_cancel, return_exceptions=True))
        for task in to_cancel:
            if not task.cancelled() and task.exception() is not None:
                loop.call_exception_handler({
                    "message": "unhandled exception during asyncio.run() shutdown",
                    "exception": task.exception(), "task": task})
    finally:
        if isinstance(loop, RecLoop):
            loop._lsc_shutdown = True  # shutdown_asyncgens and the executor: untraced tasks


def _taskgroup_abort(self):
    # TaskGroup._abort in task creation order (self._tasks is a set)
    self._aborting = True
    for t in sorted(self._tasks, key=_task_seq):
        if not t.done():
            t.cancel()


asyncio.runners._cancel_all_tasks = _cancel_all_tasks
asyncio.taskgroups.TaskGroup._abort = _taskgroup_abort


# ---------------------------------------------------------------- print, time, warnings

def _print(*args, sep=" ", end="\n", file=None, flush=False):  # noqa: A001
    rec = REC
    if rec is None or rec.finished or (file is not None and file is not sys.stdout):
        return _real_print(*args, sep=sep, end=end, file=file, flush=flush)
    sep = " " if sep is None else sep
    end = "\n" if end is None else end
    text = sep.join(str(a) for a in args)
    if rec.echo is not None:
        rec.echo.write(text + end)
        if flush or rec.clock == "real":
            rec.echo.flush()
    rec.emit("print", text=cap(text), end=cap(end), task=rec.current())


_print.__name__ = _print.__qualname__ = "print"


def _showwarning(message, category, filename, lineno, file=None, line=None):
    rec = REC
    if rec is not None and rec.echo is not None:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))
    if rec is not None:
        rec.emit("warning", text=cap(f"{category.__name__}: {message}"))


class _StrayOutput:
    """sys.stdout while the program runs: writes that bypass print() go to stderr."""

    def __getattr__(self, name):
        return getattr(sys.stderr, name)


def _virtual_sleep(secs):
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    REC.advance(secs, "sleep")


def _real_sleep(secs):
    rec = REC
    if rec is None or threading.current_thread() is not threading.main_thread():
        return _real["sleep"](secs)
    start = rec.time()
    _real["sleep"](secs)
    if not rec.finished:
        rec.emit("clock", **{"from": start, "why": "sleep"})


def _virtual_time_patches():
    now = lambda: REC.now  # noqa: E731
    now_ns = lambda: int(REC.now * 1e9)  # noqa: E731
    return {"sleep": _virtual_sleep, "perf_counter": now, "monotonic": now, "time": now,
            "perf_counter_ns": now_ns, "monotonic_ns": now_ns, "time_ns": now_ns}


# ---------------------------------------------------------------- running a program

def apply_sets(source, sets):
    lines = source.split("\n")
    for name, value in sets.items():
        pat = re.compile(r"^" + re.escape(name) + r"\s*=(?!=)")
        for i, line in enumerate(lines):
            if pat.match(line):
                lines[i] = f"{name} = {value}"
                break
    return "\n".join(lines)


def _set_aside_web_loop():
    """Under Pyodide (CPython in WebAssembly) a web event loop is set as running and
    asyncio.run is patched to use it: the program runs on the recorder's loop instead."""
    if sys.platform != "emscripten":
        return None
    saved = (asyncio.run, asyncio.events._get_running_loop())
    asyncio.run = asyncio.runners.run
    asyncio.events._set_running_loop(None)
    return saved


def _restore_web_loop(saved):
    if saved is not None:
        asyncio.run = saved[0]
        asyncio.events._set_running_loop(saved[1])


def _clear_namespace(ns):
    # as _PyModule_ClearDict at exit: `_private` names first, then the rest, in dict order
    for key in list(ns):
        if key.startswith("_") and not key.startswith("__") and key in ns:
            ns[key] = None
    for key in list(ns):
        if key != "__builtins__" and key in ns:
            ns[key] = None


def record(path, source, clock, seed, argv, max_events, max_time, echo, to_stdout):
    """Runs the program; returns (events, limited)."""
    global REC
    code = compile(source, path, "exec")
    rec = Recorder(path, clock, max_events, max_time, echo)
    module = types.ModuleType("__main__")
    module.__dict__.update(__file__=path, __builtins__=builtins)
    saved = (sys.modules.get("__main__"), list(sys.argv), list(sys.path),
             asyncio.events._event_loop_policy, gc.isenabled(), sys.stdout)
    patches = _virtual_time_patches() if clock == "virtual" else {"sleep": _real_sleep}

    class Policy(asyncio.DefaultEventLoopPolicy):
        _loop_factory = VirtualLoop if clock == "virtual" else RealLoop

    web = _set_aside_web_loop()
    sys.modules["__main__"], sys.argv = module, [path] + argv
    sys.path[0] = os.path.dirname(path)
    if to_stdout:
        sys.stdout = _StrayOutput()  # the recording goes to stdout: keep stray writes out
    REC = rec
    try:
        with warnings.catch_warnings():
            warnings.resetwarnings()
            warnings.simplefilter("always")
            warnings.showwarning = _showwarning
            asyncio.set_event_loop_policy(Policy())
            for name, fn in patches.items():
                setattr(time, name, fn)
            builtins.print = _print
            if seed is not None:
                random.seed(seed)
            if clock == "virtual":
                gc.collect()
                gc.disable()  # finalisation at reference-count time, as the oracle runs
            try:
                limit = sys.getrecursionlimit()
                sys.setrecursionlimit(limit + _frames_below())
                try:
                    exec(code, module.__dict__)
                finally:
                    sys.setrecursionlimit(limit)
            except Abort:
                pass
            except SystemExit as e:
                if e.code not in (None, 0):
                    rec.emit("uncaught", exc=fmt_exc(e))
            except BaseException as e:  # noqa: BLE001 - the program's own exception
                if not rec.aborted:
                    rec.emit("uncaught", exc=fmt_exc(e))
                e.__traceback__ = None
                del e
            if not rec.aborted:
                _clear_namespace(module.__dict__)
                gc.collect()
    except Abort:
        pass
    finally:
        rec.finished = True
        REC = None
        builtins.print = _real_print
        for name, fn in _real.items():
            setattr(time, name, fn)
        main, sys.argv, sys.path[:], policy, gc_on, sys.stdout = saved
        sys.modules["__main__"] = main
        asyncio.events._event_loop_policy = policy
        _restore_web_loop(web)
        if gc_on:
            gc.enable()
    return rec.events, rec.aborted


def write_recording(out, clock, filename, source, seed, sets, events):
    head = {"format": "loopscope-recording", "version": 1, "clock": clock,
            "python": platform.python_version(),
            "program": {"filename": filename, "source": source, "seed": seed, "set": sets}}
    text = json.dumps(head, allow_nan=False)[:-1] + ', "events": [\n'
    out.write(text.encode("ascii"))
    for i, e in enumerate(events):
        line = json.dumps(e, allow_nan=False, separators=(",", ":"))
        out.write(((",\n" if i else "") + line).encode("ascii"))
    out.write(b"\n]}\n")
    out.flush()


def record_source(filename, source, seed=0, sets=None, max_events=200_000, max_time=1e6):
    """For an embedding (Pyodide in the page, Node's tests): records `source` (its --set
    replacements applied here) on the virtual clock, quietly. Returns (status, text): 0 and
    the recording, 3 and the recording stopped at a limit, or 2 and why it could not run."""
    sets = dict(sets or {})
    # A file's byte order mark is gone once decoded; text handed over here may still hold it.
    source = apply_sets(source.removeprefix("\ufeff"), sets)
    path = os.path.join(os.getcwd(), filename)
    try:
        events, limited = record(path, source, "virtual", seed, [], max_events, max_time,
                                 None, False)
    except SyntaxError as e:
        return 2, f"{filename}:{e.lineno}: SyntaxError: {e.msg}"
    out = io.BytesIO()
    write_recording(out, "virtual", filename, source, seed, sets, events)
    return (3 if limited else 0), out.getvalue().decode("ascii")


def main(argv):
    import argparse
    prog_args = []
    if "--" in argv:
        i = argv.index("--")
        argv, prog_args = argv[:i], argv[i + 1:]
    ap = argparse.ArgumentParser(prog="loopscope_record.py",
                                 description="Record an asyncio program for Loopscope.")
    ap.add_argument("file")
    ap.add_argument("--clock", choices=("virtual", "real"), default="virtual")
    ap.add_argument("--seed", type=int, default=None,
                    help="random.seed(S) first (default: 0 with the virtual clock)")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="replace the first top-level line `NAME = ...`")
    ap.add_argument("-o", "--output", help="write the recording here (default: stdout)")
    ap.add_argument("--max-events", type=int, default=200_000)
    ap.add_argument("--max-time", type=float, default=None,
                    help="stop when the clock passes S seconds (virtual default: 1e6)")
    ap.add_argument("--quiet", action="store_true", help="do not echo the program's output")
    a = ap.parse_args(argv)
    if a.clock == "virtual" and os.environ.get("PYTHONHASHSEED") is None \
            and sys.platform != "emscripten":  # Pyodide has no exec: it sets it at load
        # sets of strings iterate in one order on every run, as the oracle's do
        os.environ["PYTHONHASHSEED"] = "0"
        sys.stdout.flush()
        os.execv(sys.executable, [sys.executable, os.path.abspath(__file__)] + sys.argv[1:])
    sets = {}
    for s in a.set:
        if "=" not in s:
            ap.error(f"--set wants NAME=VALUE, got {s!r}")
        k, v = s.split("=", 1)
        sets[k.strip()] = v
    seed = a.seed if a.seed is not None or a.clock == "real" else 0
    max_time = a.max_time if a.max_time is not None or a.clock == "real" else 1e6
    path = os.path.abspath(a.file)
    output = None if a.output is None else os.path.abspath(a.output)  # the program may chdir
    try:
        with tokenize.open(path) as f:
            source = apply_sets(f.read(), sets)
    except (OSError, SyntaxError) as e:
        sys.stderr.write(f"loopscope_record: cannot read {a.file}: {e}\n")
        return 2
    echo = None if a.quiet else (sys.stderr if a.output is None else sys.stdout)
    try:
        events, limited = record(path, source, a.clock, seed, prog_args, a.max_events,
                                 max_time, echo, a.output is None)
    except SyntaxError as e:
        sys.stderr.write(f"{a.file}:{e.lineno}: SyntaxError: {e.msg}\n")
        return 2
    filename = os.path.basename(path)
    if a.output is None:
        write_recording(sys.stdout.buffer, a.clock, filename, source, seed, sets, events)
    else:
        with open(output, "wb") as out:
            write_recording(out, a.clock, filename, source, seed, sets, events)
    if not a.quiet:
        where = a.output or "stdout"
        sys.stderr.write(f"loopscope_record: {len(events)} events ({a.clock} clock) to {where}"
                         + (" - stopped at a limit\n" if limited else "\n"))
    return 3 if limited else 0


if __name__ == "__main__":
    status = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)  # no interpreter clean-up: it could run the program's code again
