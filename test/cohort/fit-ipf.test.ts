/**
 * IPF against answers known in closed form: a 2×2 table with a structural zero (hand-computed), independence
 * of one-way margins in three dimensions (x_ijk = a_i b_j c_k / N², the textbook result for a uniform start),
 * and the no-three-way-interaction property of the fit to all three two-way margins (Bishop, Fienberg &
 * Holland, Discrete Multivariate Analysis, ch. 3: the IPF fit from a uniform start has equal conditional odds
 * ratios across the third dimension).
 */
import { describe, expect, it } from 'vitest';
import { axisIndex, levelOf } from '../../src/cohort/cohort-grid.ts';
import type { CohortSpec, MarginalTable } from '../../src/cohort/cohort-spec.ts';
import { fitIpf } from '../../src/cohort/fit-ipf.ts';
import { source } from './cohort-fixtures.ts';

/** The fitted count of the cell whose axis levels (by key) are given. */
function fitted(result: ReturnType<typeof fitIpf>, at: Record<string, string>): number {
  const { grid, table } = result;
  for (let cell = 0; cell < grid.size; cell++) {
    const match = Object.entries(at).every(([dimension, key]) => {
      const a = axisIndex(grid, dimension as never);
      return grid.axes[a]?.keys[levelOf(grid, cell, a)] === key;
    });
    if (match) return table[cell] ?? NaN;
  }
  throw new Error(`no cell ${JSON.stringify(at)}`);
}

describe('fitIpf', () => {
  it('fits a 2×2 table with a structural zero to the hand-computed cells', () => {
    // a-dagpenge recipients are insured, so (a-dagpenge, uninsured) is 0; the margins then fix every cell:
    // (a, insured) = 40, (k, insured) = 70 − 40 = 30, (k, uninsured) = 30.
    const spec: CohortSpec = {
      total: 100,
      tables: [
        {
          dimensions: ['ydelse'],
          source,
          cells: [
            { at: { ydelse: 'a-dagpenge' }, count: 40 },
            { at: { ydelse: 'kontanthjaelp' }, count: 60 },
          ],
        },
        {
          dimensions: ['insured'],
          source,
          cells: [
            { at: { insured: true }, count: 70 },
            { at: { insured: false }, count: 30 },
          ],
        },
      ],
    };
    const result = fitIpf(spec);
    expect(result.converged).toBe(true);
    expect(result.maxDeviation).toBeLessThan(1e-6);
    expect(fitted(result, { ydelse: 'a-dagpenge', insured: 'true' })).toBeCloseTo(40, 6);
    expect(fitted(result, { ydelse: 'a-dagpenge', insured: 'false' })).toBe(0);
    expect(fitted(result, { ydelse: 'kontanthjaelp', insured: 'true' })).toBeCloseTo(30, 6);
    expect(fitted(result, { ydelse: 'kontanthjaelp', insured: 'false' })).toBeCloseTo(30, 6);
  });

  it('fits one-way margins in three dimensions to the independence table a_i b_j c_k / N²', () => {
    const spec: CohortSpec = {
      total: 200,
      tables: [
        {
          dimensions: ['ydelse'],
          source,
          cells: [
            { at: { ydelse: 'kontanthjaelp' }, count: 120 },
            { at: { ydelse: 'sygedagpenge' }, count: 80 },
          ],
        },
        {
          dimensions: ['academic'],
          source,
          cells: [
            { at: { academic: true }, count: 50 },
            { at: { academic: false }, count: 150 },
          ],
        },
        {
          dimensions: ['education'],
          source,
          cells: [
            { at: { education: 'ingen' }, count: 30 },
            { at: { education: 'kvu' }, count: 70 },
            { at: { education: 'lvu' }, count: 100 },
          ],
        },
      ],
    };
    const result = fitIpf(spec);
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeLessThanOrEqual(2);
    const a = { kontanthjaelp: 120, sygedagpenge: 80 };
    const b = { true: 50, false: 150 };
    const c = { ingen: 30, kvu: 70, lvu: 100 };
    for (const [y, ay] of Object.entries(a)) {
      for (const [ac, bj] of Object.entries(b)) {
        for (const [e, ck] of Object.entries(c)) {
          expect(fitted(result, { ydelse: y, academic: ac, education: e })).toBeCloseTo(
            (ay * bj * ck) / 200 ** 2,
            8,
          );
        }
      }
    }
  });

  it('fits all three two-way margins of a 2×2×2 table with equal odds ratios across the third dimension', () => {
    // Margins taken from an arbitrary table with three-way interaction; the fit keeps the margins and drops it.
    const truth: [string, boolean, string, number][] = [
      ['kontanthjaelp', true, 'ingen', 10],
      ['kontanthjaelp', true, 'lvu', 40],
      ['kontanthjaelp', false, 'ingen', 35],
      ['kontanthjaelp', false, 'lvu', 15],
      ['sygedagpenge', true, 'ingen', 5],
      ['sygedagpenge', true, 'lvu', 25],
      ['sygedagpenge', false, 'ingen', 50],
      ['sygedagpenge', false, 'lvu', 20],
    ];
    const margin = (
      keep: (row: (typeof truth)[number]) => string,
      dims: MarginalTable['dimensions'],
    ): MarginalTable => {
      const sums = new Map<string, { at: Record<string, unknown>; count: number }>();
      for (const row of truth) {
        const key = keep(row);
        const at: Record<string, unknown> = {};
        if (dims.includes('ydelse')) at['ydelse'] = row[0];
        if (dims.includes('academic')) at['academic'] = row[1];
        if (dims.includes('education')) at['education'] = row[2];
        const entry = sums.get(key) ?? { at, count: 0 };
        entry.count += row[3];
        sums.set(key, entry);
      }
      return { dimensions: dims, source, cells: [...sums.values()] as MarginalTable['cells'] };
    };
    const spec: CohortSpec = {
      total: 200,
      tables: [
        margin((r) => `${r[0]}|${r[1]}`, ['ydelse', 'academic']),
        margin((r) => `${r[0]}|${r[2]}`, ['ydelse', 'education']),
        margin((r) => `${r[1]}|${r[2]}`, ['academic', 'education']),
      ],
    };
    const result = fitIpf(spec, { tolerance: 1e-10 });
    expect(result.converged).toBe(true);
    const x = (y: string, ac: string, e: string): number =>
      fitted(result, { ydelse: y, academic: ac, education: e });
    const oddsRatio = (e: string): number =>
      (x('kontanthjaelp', 'true', e) * x('sygedagpenge', 'false', e)) /
      (x('kontanthjaelp', 'false', e) * x('sygedagpenge', 'true', e));
    expect(oddsRatio('ingen')).toBeCloseTo(oddsRatio('lvu'), 8);
    // And it is not the truth, whose odds ratios differ (10·50/(35·5) = 2.86 vs 40·20/(15·25) = 2.13).
    expect(Math.abs(oddsRatio('ingen') - 2.857)).toBeGreaterThan(0.1);
    expect(x('kontanthjaelp', 'true', 'ingen') + x('kontanthjaelp', 'true', 'lvu')).toBeCloseTo(50, 8);
  });

  it('reports tables that disagree instead of claiming convergence', () => {
    const spec: CohortSpec = {
      total: 100,
      tables: [
        { dimensions: ['ydelse'], source, cells: [{ at: { ydelse: 'kontanthjaelp' }, count: 100 }] },
        { dimensions: ['academic'], source, cells: [{ at: { academic: true }, count: 80 }] },
      ],
    };
    const result = fitIpf(spec, { maxIterations: 50 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(50);
    expect(result.maxDeviation).toBeGreaterThan(1);
    expect(result.grid.warnings.map((w) => w.pointer)).toEqual(['/tables/1/cells']);
  });
});
