import { describe, expect, it } from 'vitest';
import { Lane } from '../../trace/replay';
import { laneCapacity } from './capacity';

describe('lane capacity', () => {
  it('is the most tasks a lane holds at once', () => {
    const spans = [
      [
        { from: 0, to: 2, lane: Lane.Ready },
        { from: 2, to: 5, lane: Lane.Running },
        { from: 5, to: 6, lane: Lane.Done },
      ],
      [
        { from: 1, to: 5, lane: Lane.Ready },
        { from: 5, to: 6, lane: Lane.Done },
      ],
    ];
    expect(laneCapacity(spans, 6)).toEqual({ running: 1, ready: 2, awaiting: 0, done: 2 });
  });
});
