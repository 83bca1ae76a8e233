/** The program slice's shape: the source in the editor, its seed and its `N`. */
export interface ProgramSlice {
  source: string;
  seed: number;
  /** The program's `N`, or null when it has no `N = <int>` line. */
  count: number | null;
  /** The editor changed the text: simulate it once typing pauses. */
  editSource: (source: string) => void;
  /** The slider moved: rewrite the `N = ...` line and simulate. */
  setCount: (n: number) => void;
  setSeed: (seed: number) => void;
  /**
   * Puts another program in the editor (a link, a preset, a file, back from a file): not
   * saved as the user's draft, not simulated (the caller decides).
   */
  replaceProgram: (source: string, seed: number) => void;
}
