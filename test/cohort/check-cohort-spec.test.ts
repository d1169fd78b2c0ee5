import { describe, expect, it } from 'vitest';
import { checkCohortSpec } from '../../src/cohort/check-cohort-spec.ts';
import { buildCohortGrid, CohortSpecError } from '../../src/cohort/build-cohort-grid.ts';
import type { CohortSpec } from '../../src/cohort/cohort-spec.ts';
import { fitIpf } from '../../src/cohort/fit-ipf.ts';
import { source } from './cohort-fixtures.ts';

const base = (): CohortSpec => ({
  total: 10,
  ageBands: [
    { min: 16, max: 29 },
    { min: 30, max: 64 },
  ],
  tables: [
    {
      dimensions: ['ydelse', 'age'],
      source,
      cells: [
        { at: { ydelse: 'kontanthjaelp', age: '16-29' }, count: 4 },
        { at: { ydelse: 'kontanthjaelp', age: '30-64' }, count: 6 },
      ],
    },
  ],
});

describe('checkCohortSpec', () => {
  it('accepts a valid spec', () => {
    expect(checkCohortSpec(base())).toEqual([]);
  });

  it('locates an unknown band id, an unknown state and a bad count by JSON pointer below the given prefix', () => {
    const spec = base();
    const cells = spec.tables[0]?.cells ?? [];
    cells[0] = { at: { ydelse: 'kontanthjaelp', age: '16-30' }, count: 4 };
    cells[1] = { at: { ydelse: 'kontanthjælp' as never, age: '30-64' }, count: -1 };
    const problems = checkCohortSpec(spec, '/cohort');
    expect(problems.map((p) => [p.pointer, p.severity])).toEqual([
      ['/cohort/tables/0/cells/0/at/age', 'error'],
      ['/cohort/tables/0/cells/1/at/ydelse', 'error'],
      ['/cohort/tables/0/cells/1/count', 'error'],
      ['/cohort/tables/0/cells', 'warning'],
    ]);
    expect(problems[0]?.message.en).toContain('"16-30" is not a value of "age"; allowed: 16-29, 30-64');
    expect(problems[1]?.message.da).toContain('er ikke en værdi af "ydelse"');
  });

  it('refuses overlapping bands, a table without ydelse, and banded dimensions without bands', () => {
    const spec: CohortSpec = {
      total: 5,
      ageBands: [
        { min: 16, max: 30 },
        { min: 30, max: 64 },
      ],
      tables: [{ dimensions: ['supportDuration'], source, cells: [] }],
    };
    const pointers = checkCohortSpec(spec).map((p) => p.pointer);
    expect(pointers).toContain('/ageBands/1');
    expect(pointers).toContain('/tables/0/dimensions/0');
    expect(pointers).toContain('/tables');
    expect(() => buildCohortGrid(spec)).toThrow(CohortSpecError);
  });

  it('refuses a duplicate combination and a cell value of the wrong type', () => {
    const spec = base();
    spec.tables.push({
      dimensions: ['academic'],
      source,
      cells: [
        { at: { academic: true }, count: 5 },
        { at: { academic: 'true' as never }, count: 5 },
      ],
    });
    spec.tables[0]?.cells.push({ at: { ydelse: 'kontanthjaelp', age: '16-29' }, count: 0 });
    const pointers = checkCohortSpec(spec).map((p) => p.pointer);
    expect(pointers).toEqual(['/tables/0/cells/2/at', '/tables/1/cells/1/at/academic']);
  });
});

describe('structural zeros', () => {
  it('keep a visitation outside the visitated states and an uninsured a-dagpenge recipient at 0', () => {
    const spec: CohortSpec = {
      total: 10,
      tables: [
        { dimensions: ['ydelse'], source, cells: [{ at: { ydelse: 'a-dagpenge' }, count: 10 }] },
        { dimensions: ['visitation'], source, cells: [{ at: { visitation: 'jobparat' }, count: 10 }] },
      ],
    };
    const fit = fitIpf(spec, { maxIterations: 20 });
    // No a-dagpenge recipient can be visitated, so the visitation table cannot be met — and that is reported.
    expect(fit.converged).toBe(false);
    expect(Array.from(fit.grid.possible)).toEqual([0]);
  });
});
