/**
 * A located message about a program that cannot run: `FILE:LINE:COL: KIND: message`.
 * The parser throws these internally and returns them; they never escape to callers.
 */
export class Diagnostic {
  constructor(
    readonly filename: string,
    readonly line: number,
    readonly col: number,
    /** `SyntaxError`, `IndentationError`, `NotSupported`, `ImportError`, ... */
    readonly kind: string,
    readonly message: string,
  ) {}

  toString(): string {
    return `${this.filename}:${this.line}:${this.col}: ${this.kind}: ${this.message}`;
  }
}

export function located(
  filename: string,
  pos: { line: number; col: number },
  kind: string,
  message: string,
): Diagnostic {
  return new Diagnostic(filename, pos.line, pos.col, kind, message);
}
