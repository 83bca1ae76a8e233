/** Virtual seconds as the clock shows them: `3.000 s`. */
export function formatClock(seconds: number): string {
  return `${seconds.toFixed(3)} s`;
}

/** Seconds for the verdict: `3.00 s`. */
export function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(2)} s`;
}

const COUNT = new Intl.NumberFormat('en-US');

/** A count with thousands separators: `17,066` (one formatter: `toLocaleString` makes one a call). */
export function formatCount(n: number): string {
  return COUNT.format(n);
}
