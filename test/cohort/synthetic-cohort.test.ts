import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandId, type CohortSpec } from '../../src/cohort/cohort-spec.ts';
import type { Cohort } from '../../src/cohort/cohort.ts';
import { getPerson } from '../../src/cohort/get-person.ts';
import { syntheticCohort } from '../../src/cohort/synthetic-cohort.ts';
import { createStream } from '../../src/random/random-stream.ts';
import { encodeFactValue, FACT_NAMES, FACTS, SUPPORT_STATES, type State } from '../../src/rules/facts.ts';
import { jointArb, specOf, tableSetArb } from './cohort-arbitraries.ts';
import { LTK_LIKE_SPEC } from './cohort-fixtures.ts';

const code = (state: State): number => FACTS.ydelse.values.indexOf(state);
const popcount = (x: number): number => x.toString(2).split('1').length - 1;

/** Persons of the cohort counted by a key computed from their row. */
function countBy(cohort: Cohort, key: (row: number) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (let row = 0; row < cohort.count; row++) {
    const k = key(row);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** The band of a value, by id. */
const bandOf = (bands: CohortSpec['ageBands'], value: number): string | undefined => {
  const band = bands?.find((b) => b.min <= value && value <= b.max);
  return band ? bandId(band) : undefined;
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('syntheticCohort', () => {
  it('meets every table of an LTK-like spec exactly, counted from the columns', () => {
    const { cohort, report } = syntheticCohort(LTK_LIKE_SPEC, createStream(1));
    expect(cohort.count).toBe(1000);
    expect(report.rounding.deviations).toEqual([]);
    expect(report.ipf.converged).toBe(true);
    expect(report.clampedUnemploymentMonths).toBe(0);
    const c = cohort.columns;
    const byYdelseAge = countBy(
      cohort,
      (row) =>
        `${FACTS.ydelse.values[c.ydelse[row] ?? 0]}|${bandOf(LTK_LIKE_SPEC.ageBands, c.age[row] ?? 0)}`,
    );
    for (const cell of LTK_LIKE_SPEC.tables[0]?.cells ?? []) {
      expect(byYdelseAge.get(`${cell.at.ydelse}|${cell.at.age}`)).toBe(cell.count);
    }
    const longTerm = countBy(cohort, (row) =>
      (c.weeksUnemployedLast52[row] ?? 0) >= 42 ? 'yes' : undefined,
    );
    expect(longTerm.get('yes')).toBe(146);
    const academics = countBy(cohort, (row) =>
      c.academic[row] === 1 && c.ydelse[row] === code('a-dagpenge') ? 'yes' : undefined,
    );
    expect(academics.get('yes')).toBe(243);
    // The rest of the academic table takes the default (non-academic): no academics outside a-dagpenge.
    expect(countBy(cohort, (row) => (c.academic[row] === 1 ? 'yes' : undefined)).get('yes')).toBe(243);
    const long = countBy(cohort, (row) =>
      c.ydelse[row] === code('kontanthjaelp') && (c.monthsOnSupport[row] ?? 0) > 12 ? 'yes' : undefined,
    );
    expect(long.get('yes')).toBe(200);
    const employerBased = countBy(cohort, (row) =>
      c.offer[row] === FACTS.offer.values.indexOf('virksomhedspraktik') ? 'yes' : undefined,
    );
    expect(employerBased.get('yes')).toBe(30);
  });

  it('keeps related facts consistent for every person', () => {
    const { cohort } = syntheticCohort(LTK_LIKE_SPEC, createStream(2));
    const { columns: c, internal } = cohort;
    const support = new Set(SUPPORT_STATES.map(code));
    for (let row = 0; row < cohort.count; row++) {
      const state = c.ydelse[row] ?? 0;
      const months = c.monthsOnSupport[row] ?? 0;
      const inYdelse = c.monthsInYdelse[row] ?? 0;
      const unemployed = c.monthsUnemployedLast12[row] ?? 0;
      const mask = internal.unemploymentMask[row] ?? 0;
      const facts = { row, state, months, inYdelse, unemployed, mask };
      if (support.has(state)) expect(inYdelse, JSON.stringify(facts)).toBeLessThanOrEqual(months);
      expect(inYdelse).toBeGreaterThanOrEqual(1);
      expect(c.weeksOnSupport[row]).toBe(Math.floor((months * 52) / 12));
      expect(popcount(mask), JSON.stringify(facts)).toBe(unemployed);
      expect(mask).toBeLessThan(1 << 12);
      expect(c.weeksUnemployedLast52[row]).toBe(Math.floor((unemployed * 52) / 12));
      // Sick weeks round to the nearest week (src/time/weeks.ts), the others round down.
      expect(c.sickWeeksLast9Months[row]).toBe(Math.round((popcount(internal.sickMask[row] ?? 0) * 52) / 12));
      expect((mask & (internal.sickMask[row] ?? 0)) === 0).toBe(true);
      if (state === code('a-dagpenge')) {
        expect(mask & 1).toBe(1);
        expect(c.insured[row]).toBe(1);
        expect(c.dagpengeMonthsUsed[row]).toBeLessThanOrEqual(24);
        expect(c.dagpengeMonthsUsed[row]).toBeGreaterThanOrEqual(Math.min(24, inYdelse));
        // The a-dagpenge run is all unemployed.
        expect(popcount(mask & ((1 << Math.min(inYdelse, 12)) - 1))).toBe(Math.min(inYdelse, 12));
      } else expect(c.dagpengeMonthsUsed[row]).toBe(0);
      if (state === code('sygedagpenge')) expect((internal.sickMask[row] ?? 0) & 1).toBe(1);
      if (c.enteredYdelseThisMonth[row] === 1) {
        expect(inYdelse).toBe(1);
        expect(c.previousYdelse[row]).not.toBe(state);
      } else expect(c.previousYdelse[row]).toBe(state);
      if (c.offer[row] !== 0) {
        expect(c.monthsInOffer[row]).toBeGreaterThanOrEqual(1);
        expect((c.monthsInOffer[row] ?? 0) + (internal.offerMonthsLeft[row] ?? 0)).toBe(3);
      } else expect(c.monthsInOffer[row]).toBe(0);
      expect(internal.birthMonth[row]).toBeLessThan(12);
    }
  });

  it('with part-time unemployment keeps the counts, spreads uncounted months over the run, and marks who is part-time', () => {
    const partTime = { share: 0.45, countedFull: 1, countedPartTime: 0.5 };
    const { cohort, report } = syntheticCohort(LTK_LIKE_SPEC, createStream(3), { partTime });
    const { columns: c, internal } = cohort;
    expect(report.clampedUnemploymentMonths).toBe(0);
    expect(
      countBy(cohort, (row) => ((c.weeksUnemployedLast52[row] ?? 0) >= 42 ? 'yes' : undefined)).get('yes'),
    ).toBe(146);
    const unemployedNow = (row: number): boolean =>
      c.ydelse[row] === code('a-dagpenge') ||
      (c.ydelse[row] === code('kontanthjaelp') &&
        c.visitation[row] === FACTS.visitation.values.indexOf('jobparat'));
    let longerRuns = 0;
    let others = 0;
    let othersPartTime = 0;
    for (let row = 0; row < cohort.count; row++) {
      const mask = internal.unemploymentMask[row] ?? 0;
      expect(popcount(mask)).toBe(c.monthsUnemployedLast12[row]);
      if (!unemployedNow(row)) {
        others++;
        othersPartTime += internal.partTimeUnemployed[row] ?? 0;
        continue;
      }
      const run = Math.min(c.monthsInYdelse[row] ?? 0, 12);
      const countedInRun = popcount(mask & ((1 << run) - 1));
      // A full-time month always counts here (countedFull 1), so a run with an uncounted month is part-time.
      if (countedInRun < run) {
        longerRuns++;
        expect(internal.partTimeUnemployed[row], `row ${row}`).toBe(1);
      }
    }
    expect(longerRuns).toBeGreaterThan(50);
    // Persons not unemployed now are part-time with the share: sd √(0.45·0.55/n) ≈ 0.03 for n ≈ 300; 0.12 is 4 sd.
    expect(others).toBeGreaterThan(200);
    expect(Math.abs(othersPartTime / others - 0.45)).toBeLessThan(0.12);
  });

  it('without part-time unemployment marks nobody part-time', () => {
    const { cohort } = syntheticCohort(LTK_LIKE_SPEC, createStream(3));
    expect(cohort.internal.partTimeUnemployed.subarray(0, cohort.count).some((x) => x !== 0)).toBe(false);
  });

  it('gives every generated person values that facts.ts encodes, and meets agreeing tables exactly', () => {
    fc.assert(
      fc.property(jointArb, tableSetArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (joint, tables, seed) => {
        const spec = specOf(joint, tables);
        const { cohort, report } = syntheticCohort(spec, createStream(seed));
        expect(cohort.count).toBe(spec.total);
        expect(report.rounding.maxDeviation).toBe(0);
        for (let row = 0; row < cohort.count; row++) {
          const person = getPerson(cohort, row);
          for (const name of FACT_NAMES) encodeFactValue(name, person[name]);
        }
      }),
      { numRuns: 60, seed: 4242 },
    );
  });

  it('gives the same columns for the same seed, and the same cell counts but other details for another', () => {
    const a = syntheticCohort(LTK_LIKE_SPEC, createStream(9)).cohort;
    const b = syntheticCohort(LTK_LIKE_SPEC, createStream(9)).cohort;
    const other = syntheticCohort(LTK_LIKE_SPEC, createStream(10)).cohort;
    for (const name of FACT_NAMES) expect(b.columns[name]).toEqual(a.columns[name]);
    expect(b.internal).toEqual(a.internal);
    expect(other.columns.ydelse).toEqual(a.columns.ydelse);
    expect(other.columns.age).not.toEqual(a.columns.age);
  });

  it('never changes its input spec', () => {
    const spec = structuredClone(LTK_LIKE_SPEC);
    const frozen = deepFreeze(structuredClone(LTK_LIKE_SPEC));
    syntheticCohort(frozen, createStream(3));
    expect(frozen).toEqual(spec);
  });

  it('reports given, fitted and rounded counts of every table, and warns about a table that disagrees', () => {
    const spec: CohortSpec = structuredClone(LTK_LIKE_SPEC);
    const first = spec.tables[2]?.cells[0];
    if (first) first.count = 850; // the unemployment table now sums to 996, not 1000
    const { report } = syntheticCohort(spec, createStream(4));
    expect(report.warnings.map((w) => w.pointer)).toEqual(['/tables/2/cells']);
    expect(report.ipf.converged).toBe(false);
    expect(report.rounding.maxDeviation).toBeGreaterThan(0);
    const table = report.tables.find((t) => t.table === 2);
    expect(table?.cells[0]).toMatchObject({ label: 'unemployment=0-9', given: 850 });
  });

  it('uses the defaults for facts no table gives', () => {
    const spec: CohortSpec = {
      total: 20,
      defaults: {
        age: { min: 40, max: 40 },
        education: 'lvu',
        academic: true,
        supportDuration: { min: 5, max: 5 },
      },
      tables: [
        {
          dimensions: ['ydelse'],
          source: LTK_LIKE_SPEC.tables[0]?.source ?? { document: 'x' },
          cells: [
            { at: { ydelse: 'a-dagpenge' }, count: 10 },
            { at: { ydelse: 'integrationsydelse' }, count: 10 },
          ],
        },
      ],
    };
    const { cohort } = syntheticCohort(spec, createStream(5));
    const people = Array.from({ length: cohort.count }, (_, i) => getPerson(cohort, i));
    expect(people.every((p) => p.age === 40 && p.education === 'lvu' && p.academic === true)).toBe(true);
    expect(people.every((p) => p.monthsOnSupport === 5)).toBe(true);
    expect(people.filter((p) => p.ydelse === 'a-dagpenge').every((p) => p.insured === true)).toBe(true);
    expect(people.filter((p) => p.ydelse === 'integrationsydelse').every((p) => p.integrationProgram)).toBe(
      true,
    );
  });
});
