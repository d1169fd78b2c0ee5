import { describe, expect, it } from 'vitest';
import { cellLevels } from '../../src/cohort/cohort-grid.ts';

describe('cellLevels', () => {
  it('gives each joint cell its level on every axis, the last axis fastest', () => {
    expect(cellLevels([2, 3]).map((levels) => Array.from(levels))).toEqual([
      [0, 0, 0, 1, 1, 1],
      [0, 1, 2, 0, 1, 2],
    ]);
  });

  it('agrees with cell = Σ level × stride for a larger grid', () => {
    const sizes = [3, 1, 4, 5];
    const levels = cellLevels(sizes);
    const strides = [20, 20, 5, 1];
    for (let cell = 0; cell < 60; cell++) {
      expect(sizes.reduce((sum, _, a) => sum + (levels[a]?.[cell] ?? NaN) * (strides[a] ?? 0), 0)).toBe(cell);
    }
  });
});
