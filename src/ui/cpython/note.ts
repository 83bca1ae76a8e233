/** The one line over a CPython replay: why CPython, not the simulator, made it. */
export function fallbackNote(unsupported: string): string {
  return `runs in CPython 3.13 (WebAssembly): the simulator does not support ${unsupported} yet`;
}
