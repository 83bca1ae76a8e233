/**
 * CPython's builtin exception classes beyond the core table of errors.ts: the Warning
 * family, OSError's subclasses and aliases, SyntaxError's; and the attributes of exception
 * instances that some of them add (`SystemExit.code`, `SyntaxError.msg`).
 */
import { builtins } from './builtins-registry';
import { Exc, MoreExc, NotSupportedError } from './errors';
import type { PyType, Value } from './values';
import { PyExc, PyTuple } from './values';

for (const t of Object.values(MoreExc)) {
  t.construct = (a) => new PyExc(t, a);
  builtins.set(t.name, t);
}
builtins.set('EnvironmentError', Exc.OSError);
builtins.set('IOError', Exc.OSError);

/**
 * `OSError(errno, strerror[, filename...])` picks a subclass by errno and formats
 * `[Errno N] ...`: not simulated, so two or more arguments are refused.
 */
for (const t of [Exc.OSError, Exc.TimeoutError, ...Object.values(MoreExc)]) {
  if (!t.isSubclassOf(Exc.OSError)) continue;
  t.construct = (a) => {
    if (a.length >= 2) throw new NotSupportedError(`${t.name}() with errno arguments`, t.name);
    return new PyExc(t, a);
  };
}

/** The Unicode errors need their five-part arguments: not simulated. */
for (const name of ['UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError']) {
  const t = MoreExc[name]!;
  t.construct = () => {
    throw new NotSupportedError(`${name}()`, name);
  };
}

/** `SyntaxError(msg, (filename, lineno, offset, text, ...))` details are not simulated. */
for (const t of [MoreExc.SyntaxError!, MoreExc.IndentationError!, MoreExc.TabError!]) {
  t.construct = (a) => {
    if (a.length >= 2) throw new NotSupportedError(`${t.name}() with details`, t.name);
    return new PyExc(t, a);
  };
}

function prop(t: PyType, name: string, get: (e: PyExc) => Value): void {
  t.props.set(name, (self) => get(self as PyExc));
}

// SystemExit.code: None with no argument, the argument, or the tuple of them.
prop(Exc.SystemExit, 'code', (e) =>
  e.args.length === 0 ? null : e.args.length === 1 ? e.args[0]! : new PyTuple(e.args),
);
prop(MoreExc.SyntaxError!, 'msg', (e) => e.args[0] ?? null);
for (const name of ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'])
  prop(MoreExc.SyntaxError!, name, () => null);
prop(MoreExc.SyntaxError!, 'print_file_and_line', () => null);
