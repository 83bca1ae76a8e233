import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine/events';
import { LIMITS } from '../../limits';
import { simulate } from './simulate';

const BIG =
  "import asyncio\nasync def f():\n    return 'x' * 200_000\nasync def main():\n    print('y' * 300_000)\n    await asyncio.create_task(f())\nasyncio.run(main())\n";

describe('simulate', () => {
  it('streams long texts cut at the recorded text limit, as the recorder cuts them', () => {
    const streamed: EngineEvent[] = [];
    const r = simulate({ id: 1, source: BIG, seed: 0 }, (e) => streamed.push(e));
    expect(r.status).toBe('ok');
    const max = LIMITS.recordedText.value;
    const print = streamed.find((e) => e.type === 'print');
    const done = streamed.find((e) => e.type === 'done' && e.repr.startsWith("'x"));
    const text = print?.type === 'print' ? print.text : '';
    const repr = done?.type === 'done' ? done.repr : '';
    expect([text.length, text.endsWith('y…')]).toEqual([max, true]);
    expect([repr.length, repr.startsWith("'xx"), repr.endsWith('x…')]).toEqual([max, true, true]);
  });

  it('keeps every text whole when it hands back the events itself', () => {
    const r = simulate({ id: 1, source: BIG, seed: 0 });
    const print = r.events.find((e) => e.type === 'print');
    expect(print?.type === 'print' && print.text.length).toBe(300_000);
  });
});
