import { describe, expect, it } from 'vitest';
import { rowsInView } from '../../../src/renderer/src/features/queue/use-fixed-rows';

/* The queue's virtual list (issue 9): which rows are in the DOM for a scroller's offset and height. */
describe('rows in view', () => {
  it('at the top: the rows the height holds, a cut last row included, then the overscan', () => {
    // 712 px of 38 px rows: 18 whole rows and a cut 19th (index 18), then 12 more.
    expect(rowsInView({ top: 0, height: 712 }, 200_000, 38, 12)).toEqual([...Array(31).keys()]);
  });

  it('scrolled: from the row under the top edge less the overscan', () => {
    const rows = rowsInView({ top: 38 * 1000 + 20, height: 380 }, 200_000, 38, 2);
    expect(rows[0]).toBe(998);
    expect(rows.at(-1)).toBe(1000 + 10 + 2);
  });

  it('never past either end of the list, and none for an empty list', () => {
    expect(rowsInView({ top: 0, height: 712 }, 5, 38, 12)).toEqual([0, 1, 2, 3, 4]);
    expect(rowsInView({ top: 38 * 95, height: 380 }, 100, 38, 12)).toEqual([...Array(17).keys()].map((i) => 83 + i));
    expect(rowsInView({ top: 0, height: 712 }, 0, 38, 12)).toEqual([]);
  });
});
