import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitIpf } from '../../src/cohort/fit-ipf.ts';
import { roundTable } from '../../src/cohort/round-table.ts';
import { JOINT_CELLS, jointArb, specOf } from './cohort-arbitraries.ts';
import { source } from './cohort-fixtures.ts';
import type { CohortDimension } from '../../src/cohort/cohort-spec.ts';

describe('roundTable', () => {
  it('meets two agreeing integer tables exactly (a transportation problem always has an integer solution)', () => {
    const pairs: CohortDimension[][][] = [
      [
        ['ydelse', 'age'],
        ['ydelse', 'supportDuration'],
      ],
      [
        ['ydelse', 'age'],
        ['academic', 'education'],
      ],
      [['ydelse'], ['age', 'education']],
    ];
    fc.assert(
      fc.property(jointArb, fc.constantFrom(...pairs), (joint, tables) => {
        const spec = specOf(joint, tables);
        const fit = fitIpf(spec);
        const rounded = roundTable(fit.table, fit.grid);
        expect(rounded.deviations).toEqual([]);
        expect(rounded.total).toBe(spec.total);
      }),
      { numRuns: 150, seed: 20240601 },
    );
  });

  it('meets three agreeing integer tables exactly on generated cases', () => {
    const triples: CohortDimension[][][] = [
      [['ydelse', 'age'], ['ydelse', 'supportDuration'], ['academic']],
      [
        ['ydelse', 'age'],
        ['age', 'education'],
        ['ydelse', 'academic'],
      ],
    ];
    fc.assert(
      fc.property(jointArb, fc.constantFrom(...triples), (joint, tables) => {
        const fit = fitIpf(specOf(joint, tables));
        expect(roundTable(fit.table, fit.grid).maxDeviation).toBe(0);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('rounds 1/3 each of 10 persons in three cells to 4, 3, 3 (largest remainder, ties by cell order)', () => {
    const spec = {
      total: 10,
      tables: [
        {
          dimensions: ['education' as const],
          source,
          cells: [
            { at: { education: 'ingen' as const }, count: 10 / 3 },
            { at: { education: 'kvu' as const }, count: 10 / 3 },
            { at: { education: 'lvu' as const }, count: 10 / 3 },
          ],
        },
        {
          dimensions: ['ydelse' as const],
          source,
          cells: [{ at: { ydelse: 'kontanthjaelp' as const }, count: 10 }],
        },
      ],
    };
    const fit = fitIpf(spec);
    const rounded = roundTable(fit.table, fit.grid);
    expect(rounded.total).toBe(10);
    expect(Array.from(rounded.counts)).toEqual([4, 3, 3]);
    // The fractional targets cannot be met: each education group is off by 2/3 or 1/3, and says so.
    expect(rounded.deviations.map((d) => d.group)).toEqual([
      'education=ingen',
      'education=kvu',
      'education=lvu',
    ]);
    expect(rounded.maxDeviation).toBeCloseTo(2 / 3, 9);
  });

  it('does not change the fitted table it rounds', () => {
    const fit = fitIpf(
      specOf(
        JOINT_CELLS.map((_, i) => i % 7),
        [['ydelse', 'age'], ['academic']],
      ),
    );
    const before = Float64Array.from(fit.table);
    roundTable(fit.table, fit.grid);
    expect(fit.table).toEqual(before);
  });
});
