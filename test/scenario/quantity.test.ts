import { describe, expect, it } from 'vitest';
import { drawQuantities, indexQuantities, isQuantity, pathKey } from '../../src/scenario/quantity.ts';
import { q } from '../sim/small-model.ts';

describe('indexQuantities', () => {
  it('finds every Quantity with its JSON pointer, skipping the cohort, targets and observations', () => {
    const scenario = {
      macro: { unemploymentChange: q(-0.15, 'relative change', [-0.2, -0.1]) },
      transitions: { 'a/b': { exits: { selvforsoergelse: q(0.1) } } },
      inflow: [{ perMonth: q(5, 'persons/month', [4, 6]) }],
      cohort: { total: q(3, 'persons', [1, 5]) },
      targets: [{ baseline: q(1, 'persons', [0, 2]) }],
    };
    const index = indexQuantities(scenario);
    expect(index.paths).toEqual([
      '/macro/unemploymentChange',
      '/transitions/a~1b/exits/selvforsoergelse',
      '/inflow/0/perMonth',
    ]);
    expect(index.uncertain).toEqual([0, 2]);
    expect(index.positions.get(scenario.inflow[0]!.perMonth)).toBe(2);
  });

  it('tells a Quantity from other objects', () => {
    expect(isQuantity(q(1))).toBe(true);
    expect(isQuantity({ value: 1, unit: 'x' })).toBe(false);
    expect(isQuantity([1])).toBe(false);
  });
});

describe('drawQuantities', () => {
  const scenario = () => ({
    a: q(0.5, 'share', [0.2, 0.8]),
    b: q(10, 'persons', [5, 20]),
    c: q(3, 'months'),
  });

  it('keeps certain values and draws uncertain ones within their range', () => {
    const index = indexQuantities(scenario());
    for (let r = 0; r < 50; r++) {
      const values = drawQuantities(index, 11, r);
      expect(values[2]).toBe(3);
      expect(values[0]).toBeGreaterThanOrEqual(0.2);
      expect(values[0]).toBeLessThanOrEqual(0.8);
    }
  });

  it('is the same for the same (seed, replication) and differs between replications', () => {
    const index = indexQuantities(scenario());
    expect(Array.from(drawQuantities(index, 11, 3))).toEqual(Array.from(drawQuantities(index, 11, 3)));
    expect(drawQuantities(index, 11, 3)[0]).not.toBe(drawQuantities(index, 11, 4)[0]);
  });

  it('does not shift other draws when an uncertain Quantity is added', () => {
    // Each draw has its own stream keyed by its path, so /b keeps its value when /a0 appears before it.
    const before = indexQuantities(scenario());
    const after = indexQuantities({ a0: q(1, 'factor', [0, 2]), ...scenario() });
    expect(drawQuantities(after, 11, 7)[2]).toBe(drawQuantities(before, 11, 7)[1]);
  });

  it('keys streams by path with FNV-1a', () => {
    // FNV-1a of "" is the offset basis 0x811c9dc5; of "a" it is 0xe40c292c (published test vectors).
    expect(pathKey('')).toBe(0x811c9dc5);
    expect(pathKey('a')).toBe(0xe40c292c);
  });
});
