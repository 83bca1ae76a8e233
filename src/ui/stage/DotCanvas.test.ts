import { describe, expect, it } from 'vitest';
import { rowsHeight, rowViewAt, rowLayout, PLOT_HEIGHT } from '../timeline/draw';
import { dotAt, dotsPerRow } from './DotCanvas';

describe('the dots of a big lane', () => {
  it('fill rows of 10 px dots 3 px apart', () => {
    expect(dotsPerRow(10)).toBe(1);
    expect(dotsPerRow(23)).toBe(2);
    expect(dotsPerRow(1000)).toBe(77);
  });

  it('name the dot under the pointer, and none between two', () => {
    // 77 a row at 1000 px: the second row starts with dot 77.
    expect(dotAt(0, 0, 1000, 1000)).toBe(0);
    expect(dotAt(14, 0, 1000, 1000)).toBe(1);
    expect(dotAt(11, 0, 1000, 1000)).toBe(-1);
    expect(dotAt(0, 13, 1000, 1000)).toBe(77);
    expect(dotAt(0, 13 * 20, 1000, 1000)).toBe(-1);
    expect(dotAt(999, 0, 1000, 1000)).toBe(-1);
  });
});

describe('the timeline rows in view', () => {
  it('paint the plot’s height of rows where it is scrolled, never past the last row', () => {
    const layout = rowLayout(1001, 1000);
    expect(rowsHeight(layout)).toBe(2002);
    expect(rowViewAt(layout, 0)).toEqual({ top: 0, height: PLOT_HEIGHT });
    expect(rowViewAt(layout, 500.4)).toEqual({ top: 500, height: PLOT_HEIGHT });
    expect(rowViewAt(layout, 5000)).toEqual({ top: 2002 - PLOT_HEIGHT, height: PLOT_HEIGHT });
  });

  it('paint all the rows when they fit', () => {
    const layout = rowLayout(11, 1000);
    expect(rowViewAt(layout, 40)).toEqual({ top: 0, height: rowsHeight(layout) });
  });
});
