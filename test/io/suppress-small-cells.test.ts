import { describe, expect, it } from 'vitest';
import type { LongTable } from '../../src/io/long-table.ts';
import { suppressSmallCells } from '../../src/io/suppress-small-cells.ts';

describe('suppressSmallCells', () => {
  const table: LongTable = {
    dimensions: ['ydelse'],
    rows: [0, 1, 2, 3, 40].map((value) => ({
      keys: { ydelse: 'x' },
      period: { kind: 'month', start: '2015-12' },
      value,
    })),
  };

  it('withholds every count below 3 by default (zero too) and shows the others', () => {
    const { table: shown, suppressed } = suppressSmallCells(table);
    expect(suppressed).toBe(3);
    expect(shown.rows.map((row) => [row.value, row.status])).toEqual([
      [null, 'suppressed'],
      [null, 'suppressed'],
      [null, 'suppressed'],
      [3, undefined],
      [40, undefined],
    ]);
    // The input is not changed.
    expect(table.rows.map((row) => row.value)).toEqual([0, 1, 2, 3, 40]);
  });

  it('takes the threshold as a setting; 0 withholds nothing', () => {
    expect(suppressSmallCells(table, 5).suppressed).toBe(4);
    expect(suppressSmallCells(table, 0).suppressed).toBe(0);
    expect(() => suppressSmallCells(table, 2.5)).toThrow(RangeError);
  });

  it('leaves missing cells as they are', () => {
    const missing: LongTable = {
      dimensions: [],
      rows: [{ keys: {}, period: { kind: 'year', start: '2015-01' }, value: null, status: '..' }],
    };
    expect(suppressSmallCells(missing)).toEqual({ table: missing, suppressed: 0 });
  });
});
