import { describe, expect, it } from 'vitest';
import { macroPath } from '../../src/sim/macro-path.ts';

describe('macroPath', () => {
  it('reaches 1 + change at toMonth and is linear in log between', () => {
    const path = macroPath({
      start: '2013-12',
      months: 24,
      change: -0.15,
      fromMonth: '2013-12',
      toMonth: '2015-12',
    });
    expect(path[0]).toBe(1);
    expect(path[24]).toBeCloseTo(0.85, 12);
    // Linear in log: the midpoint is the geometric mean, sqrt(0.85).
    expect(path[12]).toBeCloseTo(Math.sqrt(0.85), 12);
  });

  it('continues the same monthly rate beyond toMonth', () => {
    const path = macroPath({
      start: '2013-12',
      months: 48,
      change: -0.15,
      fromMonth: '2013-12',
      toMonth: '2015-12',
    });
    expect(path[48]).toBeCloseTo(0.85 * 0.85, 12);
  });

  it('refuses a change of −100 % or less', () => {
    expect(() =>
      macroPath({ start: '2013-12', months: 2, change: -1, fromMonth: '2013-12', toMonth: '2014-12' }),
    ).toThrow(/impossible/);
  });
});
