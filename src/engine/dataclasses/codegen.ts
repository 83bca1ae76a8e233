/**
 * The methods a dataclass gets are Python functions made from source text, as CPython's
 * `_FuncBuilder` makes them: one `__create_fn__` whose parameters are the values the
 * methods use (defaults, factories, the class), run in the globals of the class's module,
 * returns them all. So `__init__`'s argument errors, `__repr__`'s `!r`, `__eq__`'s
 * `and` chain and `__hash__`'s `hash(tuple)` are the interpreter's own, and a coroutine
 * stored in a field is held by the instance like any attribute set in an `__init__`.
 */
import { parse } from '../../python/parse';
import { typeError } from '../errors';
import { callValue } from '../protocol';
import type { Value, PyTuple, PyType } from '../values';
import { PyFunction } from '../values';

interface AddOptions {
  locals?: Record<string, Value>;
  /** Overwriting a method the class defines is a TypeError (with this text after it). */
  overwriteError?: true | string;
  /** Set even when the class defines the method (`__hash__`). */
  unconditional?: boolean;
  decorator?: string;
}

/** CPython's `_FuncBuilder`: collects the methods' source, then adds them to the class. */
export class FuncBuilder {
  private readonly names: string[] = [];
  private readonly src: string[] = [];
  readonly locals = new Map<string, Value>();
  private readonly overwriteErrors = new Map<string, true | string>();
  private readonly unconditional = new Set<string>();

  constructor(private readonly globals: Map<string, Value>) {}

  addFn(name: string, args: readonly string[], body: readonly string[], o: AddOptions = {}): void {
    for (const [k, v] of Object.entries(o.locals ?? {})) this.locals.set(k, v);
    if (o.overwriteError) this.overwriteErrors.set(name, o.overwriteError);
    if (o.unconditional) this.unconditional.add(name);
    this.names.push(name);
    const deco = o.decorator ? ` ${o.decorator}\n` : '';
    this.src.push(`${deco} def ${name}(${args.join(',')}):\n${body.join('\n')}`);
  }

  /**
   * Runs the source and sets each method on `cls` (never over the class's own, but
   * `__hash__`); returns the functions made, by name.
   */
  addFnsToClass(cls: PyType): Map<string, Value> {
    const user = cls.user!;
    const ret = this.names.length ? `(${this.names.join(',')},)` : '()';
    const fns = createFns(
      `${this.src.join('\n')}\n return ${ret}`,
      this.locals,
      this.globals,
      user.line,
    ) as PyTuple;
    const made = new Map<string, Value>();
    this.names.forEach((name, i) => {
      const fn = fns.items[i]!;
      made.set(name, fn);
      if (fn instanceof PyFunction)
        (fn.attrs ??= new Map()).set('__qualname__', `${user.qualname}.${name}`);
      if (this.unconditional.has(name)) {
        user.dict.set(name, fn);
        return;
      }
      if (!setNewAttribute(cls, name, fn)) return;
      const extra = this.overwriteErrors.get(name);
      if (extra === undefined) return;
      const msg = `Cannot overwrite attribute ${name} in class ${cls.name}`;
      throw typeError(extra === true ? msg : `${msg} ${extra}`);
    });
    return made;
  }
}

/**
 * Runs `def __create_fn__(<locals>):` + `body` in `globals` and returns what it returns,
 * every node of the source put on `line`.
 */
export function createFns(
  body: string,
  locals: Map<string, Value>,
  globals: Map<string, Value>,
  line: number,
): Value {
  const txt = `def __create_fn__(${[...locals.keys()].join(',')}):\n${body}`;
  const parsed = parse(txt, '<dataclass>');
  if (!parsed.module) throw new Error(`dataclass source: ${parsed.diagnostic?.message ?? '?'}`);
  const stmt = parsed.module.body[0]!;
  if (stmt.kind !== 'def') throw new Error('dataclass source: no __create_fn__');
  relocate(stmt.fn, line, new Set());
  const create = new PyFunction(stmt.fn, [], new Map(), null, globals);
  return callValue(create, [], new Map(locals));
}

/** Sets `cls.name` unless the class itself defines it; true if it does. */
export function setNewAttribute(cls: PyType, name: string, v: Value): boolean {
  const dict = cls.user!.dict;
  if (dict.has(name)) return true;
  dict.set(name, v);
  return false;
}

/**
 * Puts every node of the generated functions on the `class` statement's line: the page
 * shows that line while they run, and a located refusal inside them points there.
 */
function relocate(node: unknown, line: number, seen: Set<object>): void {
  if (typeof node !== 'object' || node === null || seen.has(node)) return;
  if (node instanceof Set || node instanceof Map) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const x of node) relocate(x, line, seen);
    return;
  }
  const rec = node as Record<string, unknown>;
  if (typeof rec.line === 'number') rec.line = line;
  for (const [k, v] of Object.entries(rec)) if (k !== 'parent') relocate(v, line, seen);
}
