/**
 * The static half of "never silently wrong" (support.ts has the run-time half): before a
 * run, every `module.attr` of an imported module, every `from module import name`, every
 * builtin the program uses (not shadowed) and every `builtin_type.attr` is either
 * implemented by the simulator or refused with a located NotSupported diagnostic. Names
 * CPython lacks too are left to fail at run time, as they fail in CPython.
 */
import type { Expr, FuncDef, Module, Stmt } from '../python/ast';
import { NameScope, patternParts } from '../python/ast';
import { Diagnostic } from '../python/diagnostics';
import { builtins } from './builtins-registry';
import { KNOWN_MODULES, moduleAttrNames } from './modules';
import { specialAttr } from './protocol';
import { specialRefusal } from './classes';
import { NotSupportedError } from './errors';
import { builtinRefusal, moduleAttrRefusal, typeAttrRefusal } from './support';
import { PyType } from './values';

interface Found {
  refusal: NotSupportedError;
  line: number;
  col: number;
}

/** The first use of something CPython has and the simulator does not, located; or null. */
export function findUnsupported(m: Module): Diagnostic | null {
  const found = new Checker(m).run();
  if (!found) return null;
  return new Diagnostic(m.filename, found.line, found.col, 'NotSupported', found.refusal.message);
}

class Checker {
  /** Names bound by `import module [as name]`, with the modules bound to them. */
  private readonly imported = new Map<string, Set<string>>();
  /** Names bound any other way, anywhere (assignment, parameter, `def`, ...). */
  private readonly bound = new Set<string>();
  /** Names global in the module: bound at top level or declared `global` in a function. */
  private readonly globals = new Set<string>();
  private found: Found | null = null;
  /** The first walk only collects the bindings; the second refuses. */
  private checking = false;

  constructor(private readonly m: Module) {}

  run(): Found | null {
    this.collectFn(this.m.fn);
    this.block(this.m.body);
    this.checking = true;
    this.block(this.m.body);
    return this.found;
  }

  // ---- bindings ----

  private collectFn(fn: FuncDef): void {
    if (fn.kind === 'module') for (const n of fn.locals) this.globals.add(n);
    // the module's globals before its first line (`runProgram`)
    this.globals.add('__name__');
    this.globals.add('__annotations__');
    for (const n of fn.globals) this.globals.add(n);
    for (const p of fn.params) this.bound.add(p.name);
    for (const c of fn.children) this.collectFn(c);
  }

  private target(t: Expr): void {
    if (t.kind === 'name') this.bound.add(t.id);
    else if (t.kind === 'list' || t.kind === 'tuple') for (const e of t.elts) this.target(e);
    else if (t.kind === 'star') this.target(t.value);
  }

  /** The supported module `e` statically is (`asyncio` in `asyncio.shield`), or null. */
  private moduleOf(e: Expr): string | null {
    if (e.kind !== 'name' || this.bound.has(e.id)) return null;
    const mods = this.imported.get(e.id);
    return mods?.size === 1 ? [...mods][0]! : null;
  }

  /** The builtin type `e` statically is (`dict` in `dict.fromkeys`), or null. */
  private builtinType(e: Expr): PyType | null {
    if (e.kind !== 'name' || e.scope !== NameScope.Global || this.globals.has(e.id)) return null;
    const v = builtins.get(e.id);
    return v instanceof PyType ? v : null;
  }

  // ---- the walk ----

  private refuse(refusal: NotSupportedError | null, at: { line: number; col: number }): void {
    if (refusal && this.checking && !this.found)
      this.found = { refusal, line: at.line, col: at.col };
  }

  private block(body: readonly Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private opt(e: Expr | null): void {
    if (e) this.expr(e);
  }

  private stmt(s: Stmt): void {
    switch (s.kind) {
      case 'import':
        for (const n of s.names) {
          const mod = n.name.split('.')[0]!;
          const name = n.as ?? mod;
          const module = n.as ? n.name : mod;
          if (!KNOWN_MODULES.includes(module)) this.bound.add(name);
          else {
            // a submodule (`import asyncio.tasks`): CPython has it, the simulator does not
            if (n.name !== mod) this.refuse(new NotSupportedError(`'import ${n.name}'`, n.name), s);
            const set = this.imported.get(name) ?? new Set<string>();
            set.add(module);
            this.imported.set(name, set);
          }
        }
        return;
      case 'from':
        for (const n of s.names) {
          this.bound.add(n.as ?? n.name);
          if (KNOWN_MODULES.includes(s.module) && !moduleAttrNames(s.module).has(n.name))
            this.refuse(moduleAttrRefusal(s.module, n.name), s);
        }
        return;
      case 'expr':
        return this.expr(s.value);
      case 'assign':
        for (const t of s.targets) this.target(t);
        for (const t of s.targets) this.expr(t);
        return this.expr(s.value);
      case 'augassign':
        this.target(s.target);
        this.expr(s.target);
        return this.expr(s.value);
      case 'annassign':
        if (s.value) this.expr(s.value);
        this.target(s.target);
        this.expr(s.target);
        return this.expr(s.annotation);
      case 'if':
      case 'while':
        this.expr(s.test);
        this.block(s.body);
        return this.block(s.orelse);
      case 'for':
        this.target(s.target);
        this.expr(s.target);
        this.expr(s.iter);
        this.block(s.body);
        return this.block(s.orelse);
      case 'try':
        this.block(s.body);
        for (const h of s.handlers) {
          if (h.name) this.bound.add(h.name);
          this.opt(h.type);
          this.block(h.body);
        }
        this.block(s.orelse);
        return this.block(s.finalbody);
      case 'raise':
        this.opt(s.exc);
        return this.opt(s.cause);
      case 'return':
        return this.opt(s.value);
      case 'assert':
        this.expr(s.test);
        return this.opt(s.msg);
      case 'del':
        for (const t of s.targets) this.expr(t);
        return;
      case 'def':
        this.bound.add(s.fn.name);
        for (const d of s.decorators) this.expr(d);
        return this.fn(s.fn);
      case 'class':
        this.bound.add(s.fn.name);
        for (const d of s.decorators) this.expr(d);
        for (const a of s.bases) {
          if (a.kind === 'kw')
            this.refuse(
              new NotSupportedError(`the class keyword argument '${a.name}='`, a.name),
              a.value,
            );
          this.expr(a.value);
        }
        for (const b of s.fn.body) {
          const name =
            b.kind === 'def'
              ? b.fn.name
              : b.kind === 'assign' && b.targets[0]?.kind === 'name'
                ? b.targets[0].id
                : null;
          if (name !== null) this.refuse(specialRefusal(name), b);
        }
        return this.block(s.fn.body);
      case 'with':
        for (const it of s.items) {
          this.expr(it.ctx);
          if (it.target) {
            this.target(it.target);
            this.expr(it.target);
          }
        }
        return this.block(s.body);
      case 'match':
        this.expr(s.subject);
        for (const c of s.cases) {
          const [reads, binds] = patternParts(c.pattern);
          for (const b of binds) this.target(b);
          for (const e of reads) this.expr(e);
          this.opt(c.guard);
          this.block(c.body);
        }
        return;
      case 'pass':
      case 'break':
      case 'continue':
      case 'global':
      case 'nonlocal':
        return;
    }
  }

  private fn(fn: FuncDef): void {
    for (const p of fn.params) this.opt(p.default);
    // Not the annotations: what they use that the simulator lacks is refused only if the
    // function's __annotations__ is read (make-function.ts `defAnnotations`).
    this.block(fn.body);
  }

  private expr(e: Expr): void {
    switch (e.kind) {
      case 'name':
        if (e.scope === NameScope.Global && !this.globals.has(e.id) && !builtins.has(e.id))
          this.refuse(builtinRefusal(e.id), e);
        return;
      case 'attr': {
        // a thread pool cannot wake a virtual loop: refused before the run, on any object
        if (e.name === 'run_in_executor')
          this.refuse(new NotSupportedError('loop.run_in_executor', '.run_in_executor'), e);
        const module = this.moduleOf(e.value);
        if (module !== null) {
          if (!moduleAttrNames(module).has(e.name))
            this.refuse(moduleAttrRefusal(module, e.name), e);
          return;
        }
        const t = this.builtinType(e.value);
        if (
          t &&
          !t.findMethod(e.name) &&
          !t.findProp(e.name) &&
          t.findStatic(e.name) === undefined &&
          specialAttr(t, e.name) === undefined
        )
          this.refuse(typeAttrRefusal(t, e.name), e);
        return this.expr(e.value);
      }
      case 'const':
        return;
      case 'fstr':
        for (const p of e.parts) if (typeof p !== 'string') this.field(p);
        return;
      case 'list':
      case 'tuple':
      case 'set':
        for (const x of e.elts) this.expr(x);
        return;
      case 'dict':
        for (const it of e.items) {
          this.opt(it.key);
          this.expr(it.value);
        }
        return;
      case 'comp':
        for (const g of e.gens) {
          this.target(g.target);
          this.expr(g.target);
          this.expr(g.iter);
          for (const c of g.ifs) this.expr(c);
        }
        this.expr(e.elt);
        return this.opt(e.value);
      case 'lambda':
        return this.fn(e.fn);
      case 'ifexp':
        this.expr(e.test);
        this.expr(e.body);
        return this.expr(e.orelse);
      case 'bin':
      case 'bool':
        this.expr(e.left);
        return this.expr(e.right);
      case 'unary':
      case 'not':
      case 'star':
      case 'await':
      case 'yieldfrom':
        return this.expr(e.value);
      case 'yield':
        return this.opt(e.value);
      case 'walrus':
        this.target(e.target);
        return this.expr(e.value);
      case 'cmp':
        this.expr(e.first);
        for (const x of e.rest) this.expr(x);
        return;
      case 'call':
        this.expr(e.fn);
        for (const a of e.args) this.expr(a.value);
        return;
      case 'sub':
        this.expr(e.value);
        return this.expr(e.index);
      case 'slice':
        this.opt(e.lo);
        this.opt(e.hi);
        return this.opt(e.step);
    }
  }

  private field(p: { value: Expr; spec: (string | { value: Expr })[] | null }): void {
    this.expr(p.value);
    for (const s of p.spec ?? []) if (typeof s !== 'string') this.expr(s.value);
  }
}
