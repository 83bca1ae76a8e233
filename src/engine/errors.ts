/**
 * Python exceptions inside the engine: the exception classes, and `PyError`, the JS
 * throwable that carries a Python exception object through JS frames.
 */
import { PyExc, PyType, Types } from './values';
import type { Value } from './values';
import { limitPhrase } from '../limits';

function exc(name: string, base: PyType | null, module = 'builtins'): PyType {
  return new PyType(name, base, null, module);
}

const BaseException = exc('BaseException', Types.object);
const Exception = exc('Exception', BaseException);
const ArithmeticError = exc('ArithmeticError', Exception);
const LookupError = exc('LookupError', Exception);
const RuntimeError = exc('RuntimeError', Exception);
const OSError = exc('OSError', Exception);

/** The exception classes programs can name, raise and catch. */
export const Exc = {
  BaseException,
  Exception,
  ArithmeticError,
  LookupError,
  RuntimeError,
  OSError,
  BaseExceptionGroup: exc('BaseExceptionGroup', BaseException),
  ExceptionGroup: null as unknown as PyType,
  GeneratorExit: exc('GeneratorExit', BaseException),
  KeyboardInterrupt: exc('KeyboardInterrupt', BaseException),
  SystemExit: exc('SystemExit', BaseException),
  ValueError: exc('ValueError', Exception),
  TypeError: exc('TypeError', Exception),
  KeyError: exc('KeyError', LookupError),
  IndexError: exc('IndexError', LookupError),
  NameError: exc('NameError', Exception),
  UnboundLocalError: null as unknown as PyType,
  AttributeError: exc('AttributeError', Exception),
  ZeroDivisionError: exc('ZeroDivisionError', ArithmeticError),
  OverflowError: exc('OverflowError', ArithmeticError),
  TimeoutError: exc('TimeoutError', OSError),
  ConnectionError: exc('ConnectionError', OSError),
  StopIteration: exc('StopIteration', Exception),
  StopAsyncIteration: exc('StopAsyncIteration', Exception),
  RecursionError: exc('RecursionError', RuntimeError),
  NotImplementedError: exc('NotImplementedError', RuntimeError),
  AssertionError: exc('AssertionError', Exception),
  ImportError: exc('ImportError', Exception),
  ModuleNotFoundError: null as unknown as PyType,
  UnicodeError: null as unknown as PyType,
  CancelledError: exc('CancelledError', BaseException, 'asyncio.exceptions'),
  InvalidStateError: exc('InvalidStateError', Exception, 'asyncio.exceptions'),
  QueueEmpty: exc('QueueEmpty', Exception, 'asyncio.queues'),
  QueueFull: exc('QueueFull', Exception, 'asyncio.queues'),
};
Exc.ExceptionGroup = exc('ExceptionGroup', Exc.BaseExceptionGroup);
// ExceptionGroup is also an Exception (multiple inheritance in CPython); see isSubclass.
Exc.UnboundLocalError = exc('UnboundLocalError', Exc.NameError);
Exc.ModuleNotFoundError = exc('ModuleNotFoundError', Exc.ImportError);
Exc.UnicodeError = exc('UnicodeError', Exc.ValueError);

/**
 * The rest of CPython's builtin exception classes, by base (Warning's subclasses, OSError's
 * family, ...): each is a builtin as the classes of `Exc` are (builtins-exc.ts).
 */
export const MoreExc: Record<string, PyType> = {};
for (const [base, names] of [
  [Exception, 'BufferError EOFError MemoryError ReferenceError SystemError SyntaxError Warning'],
  [ArithmeticError, 'FloatingPointError'],
  [RuntimeError, 'PythonFinalizationError'],
  [OSError, 'BlockingIOError ChildProcessError ConnectionError FileExistsError FileNotFoundError'],
  [OSError, 'InterruptedError IsADirectoryError NotADirectoryError PermissionError'],
  [OSError, 'ProcessLookupError'],
  ['ConnectionError', 'BrokenPipeError ConnectionAbortedError ConnectionRefusedError'],
  ['ConnectionError', 'ConnectionResetError'],
  ['SyntaxError', 'IndentationError'],
  ['IndentationError', 'TabError'],
  [Exc.UnicodeError, 'UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError'],
  ['Warning', 'BytesWarning DeprecationWarning EncodingWarning FutureWarning ImportWarning'],
  ['Warning', 'PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning'],
  ['Warning', 'UnicodeWarning UserWarning'],
] as const) {
  const b = typeof base === 'string' ? MoreExc[base]! : base;
  for (const name of names.split(' ')) MoreExc[name] = exc(name, b);
}

/** `issubclass`, knowing that ExceptionGroup derives from both BaseExceptionGroup and Exception. */
export function isSubclass(t: PyType, of: PyType): boolean {
  if (t.isSubclassOf(of)) return true;
  return of === Exception && t.isSubclassOf(Exc.ExceptionGroup);
}

/** A Python exception in flight through JS frames. Deliberately not an `Error`: no JS stack capture. */
export class PyError {
  constructor(readonly exc: PyExc) {}
}

/** Is `e` a PyError carrying an exception of class `cls` (or a subclass)? */
export function isErrorOf(e: unknown, cls: PyType): e is PyError {
  return e instanceof PyError && e.exc.type.isSubclassOf(cls);
}

/** The run hit one of its limits; not catchable by Python code. */
export class LimitError {
  constructor(
    readonly limit: 'statements' | 'events' | 'time' | 'output' | 'deadlock' | 'memory' | 'seconds',
    readonly message: string,
  ) {}
}

/**
 * The program reached something the simulator does not implement but CPython has (a module
 * attribute, a builtin, a method of a builtin type): the run stops with a located
 * NotSupported diagnostic instead of an exception the program could catch.
 * Not catchable by Python code. `line` is filled by the frame it leaves first.
 */
export class NotSupportedError {
  line = 0;
  constructor(
    /** What is missing, as the program spells it: `asyncio.shield`, `getattr`, `dict.fromkeys`. */
    readonly what: string,
    /** The text to find on the line for the column (`.shield`, `getattr`). */
    readonly token: string,
    private readonly verb: 'is' | 'are' = 'is',
  ) {}

  get message(): string {
    return `${this.what} ${this.verb} not supported yet`;
  }
}

export function makeExc(type: PyType, ...args: Value[]): PyExc {
  return new PyExc(type, args);
}

export function pyErr(type: PyType, message?: string): PyError {
  return new PyError(message === undefined ? new PyExc(type, []) : new PyExc(type, [message]));
}

/**
 * A JS RangeError as the Python exception it stands for: a blown JS stack is deep Python
 * recursion; any other (a string or array longer than JS allows) is a result too large.
 */
export function fromRangeError(e: RangeError): PyError {
  // No regular expression here: this runs with the stack nearly full, and compiling one
  // can overflow it again (Chromium then throws a SyntaxError, not a RangeError).
  const m = e.message.toLowerCase();
  return m.includes('call stack') || m.includes('recursion')
    ? pyErr(Exc.RecursionError, 'maximum recursion depth exceeded')
    : pyErr(
        Exc.OverflowError,
        `result too large for this simulator ${limitPhrase('sequenceLength')}`,
      );
}

export const typeError = (m: string): PyError => pyErr(Exc.TypeError, m);
export const valueError = (m: string): PyError => pyErr(Exc.ValueError, m);
export const runtimeError = (m: string): PyError => pyErr(Exc.RuntimeError, m);
export const indexError = (m: string): PyError => pyErr(Exc.IndexError, m);
export const attributeError = (m: string): PyError => pyErr(Exc.AttributeError, m);
export const zeroDivision = (m: string): PyError => pyErr(Exc.ZeroDivisionError, m);
