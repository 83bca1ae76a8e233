/** One activation of a function, lambda, comprehension or the module body. */
import type { FuncDef } from '../python/ast';
import type { NodeMarks } from '../python/calls';
import type { Env, PyExc, Value } from './values';

export const FrameKind = {
  Module: 0,
  Function: 1,
  Coroutine: 2,
  Generator: 3,
  AsyncGenerator: 4,
} as const;
export type FrameKind = (typeof FrameKind)[keyof typeof FrameKind];

/**
 * The fields after `awaiting` are seldom set: their defaults live on the prototype and a
 * frame gets an own field only when one is written, so that the 100,000 suspended frames
 * of a large gather carry no slots for them.
 */
export class Frame {
  /** Line of the statement (or await) being executed: `f_lineno`. */
  line: number;
  /** What this frame awaits now (`cr_await`), for stacks. */
  awaiting: unknown = null;
  /** Exceptions being handled by enclosing `except` blocks, innermost last (for bare `raise`). */
  declare private handling: PyExc[] | null;
  /** The value of the `return` statement that ended the body. */
  declare retval: Value;
  /**
   * List, set and dict comprehensions are inlined into their function since 3.12: their
   * awaits suspend (and show in stacks as) the enclosing frame.
   */
  declare inlinedInto: Frame | null;
  /**
   * Runs deep in a recursion, on the trampoline of `runDeep`: the generator executor
   * yields this frame's calls of plain functions instead of making them.
   */
  declare deep: boolean;
  /**
   * Statements and expressions of this frame that take the generator executor though
   * they cannot suspend (`markCalls`: on the trampoline, those with a call inside), or
   * null: only those that can suspend do.
   */
  declare marks: NodeMarks | null;
  /** The frame ended and released its locals (unawaited.ts). */
  declare cleared: boolean;
  static {
    this.prototype.handling = null;
    this.prototype.retval = null;
    this.prototype.inlinedInto = null;
    this.prototype.deep = false;
    this.prototype.marks = null;
    this.prototype.cleared = false;
  }

  constructor(
    readonly def: FuncDef,
    readonly env: Env,
    readonly globals: Map<string, Value>,
    readonly kind: FrameKind,
  ) {
    this.line = def.line;
  }

  /** Entering an `except` block that handles `e`. */
  pushHandling(e: PyExc): void {
    (this.handling ??= []).push(e);
  }

  popHandling(): void {
    this.handling?.pop();
  }

  /** The exception being handled (for bare `raise` and implicit chaining). */
  get handled(): PyExc | undefined {
    return this.handling?.[this.handling.length - 1];
  }
}
