/**
 * How many tasks each lane ever holds at once in a run. Lanes reserve that much room, so
 * the page does not jump as tasks move during playback.
 */
import { Lane } from '../../trace/replay';
import type { LaneSpan } from '../../trace/replay';

export type Capacity = Record<Lane, number>;

const LANES = [Lane.Running, Lane.Ready, Lane.Awaiting, Lane.Done] as const;

export function laneCapacity(spans: readonly (readonly LaneSpan[])[], length: number): Capacity {
  const diff = Object.fromEntries(LANES.map((l) => [l, new Int32Array(length + 2)])) as Record<
    Lane,
    Int32Array
  >;
  for (const task of spans) {
    for (const s of task) {
      const d = diff[s.lane];
      d[s.from]!++;
      // A span that runs to the end holds its lane at the last state too.
      d[s.to === length ? length + 1 : s.to]!--;
    }
  }
  const capacity: Capacity = { running: 0, ready: 0, awaiting: 0, done: 0 };
  for (const lane of LANES) {
    let now = 0;
    for (const delta of diff[lane]) {
      now += delta;
      if (now > capacity[lane]) capacity[lane] = now;
    }
  }
  return capacity;
}
