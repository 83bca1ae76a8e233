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
  y?: boolean;
}

/** How a name is found at run time, decided once by scope analysis. */
export const NameScope = { Local: 0, Free: 1, Global: 2 } as const;
export type NameScope = (typeof NameScope)[keyof typeof NameScope];

export type Const =
  | { t: 'int'; v: number | bigint }
  | { t: 'float'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'none' };

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
  | { k: 'pos'; v: Expr }
  | { k: 'star'; v: Expr }
  | { k: 'kw'; name: string; v: Expr }
  | { k: 'dstar'; v: Expr };

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  /** `async for` clause. */
  isAsync: boolean;
}

export type Expr = Pos &
  (
    | { k: 'name'; id: string; scope: NameScope; depth: number }
    | { k: 'const'; c: Const }
    | { k: 'fstr'; parts: FStringPart[] }
    | { k: 'list' | 'tuple' | 'set'; elts: Expr[] }
    | { k: 'dict'; items: ({ key: Expr; value: Expr } | { key: null; value: Expr })[] }
    | {
        k: 'comp';
        kind: 'list' | 'set' | 'dict' | 'gen';
        elt: Expr;
        value: Expr | null;
        gens: Comprehension[];
        fn: FuncDef;
      }
    | { k: 'lambda'; fn: FuncDef }
    | { k: 'ifexp'; test: Expr; body: Expr; orelse: Expr }
    | { k: 'bin'; op: string; l: Expr; r: Expr }
    | { k: 'unary'; op: '-' | '+' | '~'; v: Expr }
    | { k: 'not'; v: Expr }
    | { k: 'bool'; op: 'and' | 'or'; l: Expr; r: Expr }
    | { k: 'cmp'; first: Expr; ops: string[]; rest: Expr[] }
    | { k: 'call'; fn: Expr; args: Arg[] }
    | { k: 'attr'; v: Expr; name: string }
    | { k: 'sub'; v: Expr; index: Expr }
    | { k: 'slice'; lo: Expr | null; hi: Expr | null; step: Expr | null }
    | { k: 'star'; v: Expr }
    | { k: 'await'; v: Expr }
    | { k: 'yield'; v: Expr | null }
    | { k: 'yieldfrom'; v: Expr }
    | { k: 'walrus'; target: Expr; v: Expr }
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
}

/**
 * A `case` pattern. Value patterns (literals, dotted names) compare with `==` (None, True
 * and False with `is`); a capture binds `target` (a name), a wildcard has none.
 */
export type Pattern = Pos &
  (
    | { k: 'pvalue'; v: Expr }
    | { k: 'pcapture'; target: Expr | null }
    | { k: 'pseq'; items: Pattern[]; star: number }
    | { k: 'pmap'; keys: Expr[]; values: Pattern[]; rest: Expr | null }
    | { k: 'pclass'; cls: Expr; args: Pattern[]; kwNames: string[]; kwArgs: Pattern[] }
    | { k: 'por'; alts: Pattern[] }
    | { k: 'pas'; p: Pattern; target: Expr }
  );

export interface MatchCase extends Pos {
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}

/** The expressions a pattern reads (values, keys, classes) and the names it binds. */
export function patternParts(p: Pattern, reads: Expr[] = [], binds: Expr[] = []): [Expr[], Expr[]] {
  switch (p.k) {
    case 'pvalue':
      reads.push(p.v);
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
      patternParts(p.p, reads, binds);
      binds.push(p.target);
      break;
    default:
      unhandledNode(p);
  }
  return [reads, binds];
}

export type Stmt = Pos &
  (
    | { k: 'expr'; v: Expr }
    | { k: 'assign'; targets: Expr[]; v: Expr }
    | { k: 'augassign'; target: Expr; op: string; v: Expr }
    | { k: 'if'; test: Expr; body: Stmt[]; orelse: Stmt[] }
    | { k: 'while'; test: Expr; body: Stmt[]; orelse: Stmt[] }
    | { k: 'for'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; isAsync: boolean }
    | {
        k: 'try';
        body: Stmt[];
        handlers: ExceptHandler[];
        star: boolean;
        orelse: Stmt[];
        finalbody: Stmt[];
      }
    | { k: 'raise'; exc: Expr | null; cause: Expr | null }
    | { k: 'return'; v: Expr | null }
    | { k: 'pass' }
    | { k: 'break' }
    | { k: 'continue' }
    | { k: 'assert'; test: Expr; msg: Expr | null }
    | { k: 'global' | 'nonlocal'; names: string[] }
    | { k: 'del'; targets: Expr[] }
    | { k: 'import'; names: { name: string; as: string | null }[] }
    | { k: 'from'; module: string; names: { name: string; as: string | null }[] }
    | { k: 'def'; fn: FuncDef; decorators: Expr[] }
    | { k: 'class'; fn: FuncDef; bases: Arg[]; decorators: Expr[] }
    | { k: 'with'; items: WithItem[]; body: Stmt[]; isAsync: boolean }
    | { k: 'match'; subject: Expr; cases: MatchCase[] }
  );

/** A function, lambda, comprehension, class body or the module body: anything with its own scope. */
export interface FuncDef extends Pos {
  name: string;
  qualname: string;
  params: Param[];
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
  throw new Error(`unhandled node kind '${(node as { k?: string }).k}'`);
}
