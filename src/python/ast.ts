/**
 * The typed AST for Loopscope's Python subset. Every node carries the 1-based line and
 * column where it starts, so diagnostics, stacks and gutter markers can point at it.
 */

export interface Pos {
  line: number;
  col: number;
  /**
   * Set by the parser on what contains `await` or `yield` (outside nested scopes): it may
   * suspend. The engine never writes the AST (its own marks live in side tables).
   */
  suspends?: boolean;
}

/** How a name is found at run time, decided once by scope analysis. */
export const NameScope = { Local: 0, Free: 1, Global: 2 } as const;
export type NameScope = (typeof NameScope)[keyof typeof NameScope];

export type Const =
  | { type: 'int'; value: number | bigint }
  | { type: 'float'; value: number }
  | { type: 'str'; value: string }
  | { type: 'bool'; value: boolean }
  | { type: 'none' }
  | { type: 'ellipsis' };

export interface FormatField {
  value: Expr;
  /** `!r`, `!s`, `!a`, or none. */
  conversion: 'r' | 's' | 'a' | null;
  /** The format spec, itself an f-string (it may hold replacement fields). */
  spec: FStringPart[] | null;
  /** Text of `{expr=}` self-documenting fields, including the `=`. */
  selfDoc: string | null;
}
export type FStringPart = string | FormatField;

export type Arg =
  | { kind: 'pos'; value: Expr }
  | { kind: 'star'; value: Expr }
  | { kind: 'kw'; name: string; value: Expr }
  | { kind: 'dstar'; value: Expr };

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  /** `async for` clause. */
  isAsync: boolean;
}

/** Marks a set display as what a `for` or a comprehension iterates (see `iterated`). */
export function markIterated(e: Expr): Expr {
  if (e.kind === 'set') e.iterated = true;
  return e;
}

export type Expr = Pos &
  (
    | { kind: 'name'; id: string; scope: NameScope; depth: number }
    | { kind: 'const'; constant: Const }
    | { kind: 'fstr'; parts: FStringPart[] }
    | {
        kind: 'list' | 'tuple' | 'set';
        elts: Expr[];
        /**
         * A set display iterated by a `for` or a comprehension: CPython's AST optimizer
         * makes it a frozenset constant when its items are constants (`fold_iter`).
         */
        iterated?: true;
      }
    | { kind: 'dict'; items: ({ key: Expr; value: Expr } | { key: null; value: Expr })[] }
    | {
        kind: 'comp';
        form: 'list' | 'set' | 'dict' | 'gen';
        elt: Expr;
        value: Expr | null;
        gens: Comprehension[];
        fn: FuncDef;
      }
    | { kind: 'lambda'; fn: FuncDef }
    | { kind: 'ifexp'; test: Expr; body: Expr; orelse: Expr }
    | { kind: 'bin'; op: string; left: Expr; right: Expr }
    | { kind: 'unary'; op: '-' | '+' | '~'; value: Expr }
    | { kind: 'not'; value: Expr }
    | { kind: 'bool'; op: 'and' | 'or'; left: Expr; right: Expr }
    | { kind: 'cmp'; first: Expr; ops: string[]; rest: Expr[] }
    | { kind: 'call'; fn: Expr; args: Arg[] }
    | { kind: 'attr'; value: Expr; name: string }
    | { kind: 'sub'; value: Expr; index: Expr }
    | { kind: 'slice'; lo: Expr | null; hi: Expr | null; step: Expr | null }
    | { kind: 'star'; value: Expr }
    | { kind: 'await'; value: Expr }
    | { kind: 'yield'; value: Expr | null }
    | { kind: 'yieldfrom'; value: Expr }
    | { kind: 'walrus'; target: Expr; value: Expr }
  );

export interface ExceptHandler extends Pos {
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface WithItem {
  ctx: Expr;
  target: Expr | null;
}

export interface Param {
  name: string;
  kind: 'pos' | 'kwonly' | 'star' | 'dstar';
  default: Expr | null;
  /** Evaluated when the definition runs (none under `from __future__ import annotations`). */
  annotation: Expr | null;
}

/**
 * A `case` pattern. Value patterns (literals, dotted names) compare with `==` (None, True
 * and False with `is`); a capture binds `target` (a name), a wildcard has none.
 */
export type Pattern = Pos &
  (
    | { kind: 'pvalue'; value: Expr }
    | { kind: 'pcapture'; target: Expr | null }
    | { kind: 'pseq'; items: Pattern[]; star: number }
    | { kind: 'pmap'; keys: Expr[]; values: Pattern[]; rest: Expr | null }
    | { kind: 'pclass'; cls: Expr; args: Pattern[]; kwNames: string[]; kwArgs: Pattern[] }
    | { kind: 'por'; alts: Pattern[] }
    | { kind: 'pas'; pattern: Pattern; target: Expr }
  );

export interface MatchCase extends Pos {
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}

/** The expressions a pattern reads (values, keys, classes) and the names it binds. */
export function patternParts(p: Pattern, reads: Expr[] = [], binds: Expr[] = []): [Expr[], Expr[]] {
  switch (p.kind) {
    case 'pvalue':
      reads.push(p.value);
      break;
    case 'pcapture':
      if (p.target) binds.push(p.target);
      break;
    case 'pseq':
      for (const x of p.items) patternParts(x, reads, binds);
      break;
    case 'pmap':
      reads.push(...p.keys);
      for (const x of p.values) patternParts(x, reads, binds);
      if (p.rest) binds.push(p.rest);
      break;
    case 'pclass':
      reads.push(p.cls);
      for (const x of [...p.args, ...p.kwArgs]) patternParts(x, reads, binds);
      break;
    case 'por':
      for (const x of p.alts) patternParts(x, reads, binds);
      break;
    case 'pas':
      patternParts(p.pattern, reads, binds);
      binds.push(p.target);
      break;
    default:
      unhandledNode(p);
  }
  return [reads, binds];
}

export type Stmt = Pos &
  (
    | { kind: 'expr'; value: Expr }
    | { kind: 'assign'; targets: Expr[]; value: Expr }
    | { kind: 'augassign'; target: Expr; op: string; value: Expr }
    /**
     * `target: annotation = value` in a class body or at module level, where the annotation
     * is evaluated (and stored in `__annotations__` when `simple`: a bare name). In a
     * function it is a plain `assign` (or nothing), as CPython evaluates no annotation there.
     */
    | { kind: 'annassign'; target: Expr; annotation: Expr; value: Expr | null; simple: boolean }
    | { kind: 'if'; test: Expr; body: Stmt[]; orelse: Stmt[] }
    | { kind: 'while'; test: Expr; body: Stmt[]; orelse: Stmt[] }
    | { kind: 'for'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; isAsync: boolean }
    | {
        kind: 'try';
        body: Stmt[];
        handlers: ExceptHandler[];
        star: boolean;
        orelse: Stmt[];
        finalbody: Stmt[];
      }
    | { kind: 'raise'; exc: Expr | null; cause: Expr | null }
    | { kind: 'return'; value: Expr | null }
    | { kind: 'pass' }
    | { kind: 'break' }
    | { kind: 'continue' }
    | { kind: 'assert'; test: Expr; msg: Expr | null }
    | { kind: 'global' | 'nonlocal'; names: string[] }
    | { kind: 'del'; targets: Expr[] }
    | { kind: 'import'; names: { name: string; as: string | null }[] }
    | { kind: 'from'; module: string; names: { name: string; as: string | null }[] }
    | { kind: 'def'; fn: FuncDef; decorators: Expr[] }
    | { kind: 'class'; fn: FuncDef; bases: Arg[]; decorators: Expr[] }
    | { kind: 'with'; items: WithItem[]; body: Stmt[]; isAsync: boolean }
    | { kind: 'match'; subject: Expr; cases: MatchCase[] }
  );

/** A function, lambda, comprehension, class body or the module body: anything with its own scope. */
export interface FuncDef extends Pos {
  name: string;
  qualname: string;
  params: Param[];
  /** `-> T`, evaluated when the definition runs, after the parameters' annotations. */
  returns: Expr | null;
  /** Under `from __future__ import annotations`: its annotations are strings, not kept. */
  stringAnnotations?: boolean;
  body: Stmt[];
  isAsync: boolean;
  /** Contains `yield`: calling it makes a generator (or an async generator). */
  isGenerator: boolean;
  kind: 'module' | 'def' | 'lambda' | 'comp' | 'class';
  /** Names local to this scope (params, assigned, imported, defined). */
  locals: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  children: FuncDef[];
  parent: FuncDef | null;
}

export interface Module {
  filename: string;
  source: string;
  body: Stmt[];
  fn: FuncDef;
}

/** The `default` of an exhaustive switch over node kinds: the build fails where one is missed. */
export function unhandledNode(node: never): never {
  throw new Error(`unhandled node kind '${(node as { kind?: string }).kind}'`);
}

/** The expression node of one kind (or of several), as `switch` narrows it. */
export type ExprOf<K extends Expr['kind']> = Extract<Expr, { kind: K }>;
/** The statement node of one kind (or of several). */
export type StmtOf<K extends Stmt['kind']> = Extract<Stmt, { kind: K }>;
/** The `case` pattern of one kind. */
export type PatternOf<K extends Pattern['kind']> = Extract<Pattern, { kind: K }>;
