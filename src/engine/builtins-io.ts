/** The builtins that talk to the outside: print() and input(). */
import { Exc, LimitError, pyErr, typeError } from './errors';
import { str } from './repr';
import { rt } from './runtime';
import { count, limitPhrase } from '../limits';
import { fn, kwOnly } from './builtins-registry';
import { typeName } from './values';

// ---- output ----

fn('print', (args, kw) => {
  kwOnly(kw, 'print', ['sep', 'end', 'file', 'flush']);
  const sep = kw?.get('sep') ?? null;
  const end = kw?.get('end') ?? null;
  if (sep !== null && typeof sep !== 'string')
    throw typeError(`sep must be None or a string, not ${typeName(sep)}`);
  if (end !== null && typeof end !== 'string')
    throw typeError(`end must be None or a string, not ${typeName(end)}`);
  const text = args.map(str).join(sep ?? ' ');
  const r = rt();
  r.output += text.length + (end ?? '\n').length;
  if (r.output > r.limits.maxOutput) {
    throw new LimitError(
      'output',
      `the program printed more than ${count(r.limits.maxOutput)} characters ${limitPhrase('output')}`,
    );
  }
  r.emit({ type: 'print', t: r.time, text, end: end ?? '\n', task: r.current?.id ?? null });
  return null;
});

fn('input', () => {
  throw pyErr(Exc.RuntimeError, 'input() is not available: the simulator has no keyboard');
});
