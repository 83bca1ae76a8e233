/** Virtual seconds as the clock shows them: `3.000 s`. */
export function formatClock(seconds: number): string {
  return `${seconds.toFixed(3)} s`;
}

/** Seconds for the verdict: `3.00 s`. */
export function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(2)} s`;
}
