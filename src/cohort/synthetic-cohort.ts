/**
 * A synthetic cohort from a CohortSpec: IPF fits the joint table to the marginal tables, controlled rounding
 * makes it whole persons (the number per cell does not depend on the seed), and each person's details within
 * the cell (exact age, months, history masks) are drawn from the stream, cell by cell in grid order.
 */
import { FACTS, type Offer } from '../rules/facts.ts';
import type { RandomStream } from '../random/random-stream.ts';
import { cellValuesResolver } from './cell-values.ts';
import { type Cohort, createCohort } from './cohort.ts';
import type { Problem } from '../rules/located-error.ts';
import type { CohortSpec } from './cohort-spec.ts';
import { drawCellPerson, type PartTimeHistory } from './draw-cell-person.ts';
import { fitIpf, groupSums, type IpfOptions } from './fit-ipf.ts';
import { roundTable, type RoundingDeviation } from './round-table.ts';

export interface SyntheticCohortOptions {
  ipf?: IpfOptions;
  /** Months an offer of each type lasts (for monthsInOffer and the months left). @default 3 for every type */
  offerDurations?: { [O in Offer]?: number };
  /** Persons off support have been self-supporting uniformly 1 to this many months. @default 12 */
  selfSupportMonths?: number;
  /** Extra room for inflow: the cohort's capacity is at least this. @default the number of persons */
  capacity?: number;
  /** Part-time unemployment (ModelSettings.partTimeUnemployment, central values); default nobody. */
  partTime?: PartTimeHistory;
}

/** One cell of a marginal table: what the spec gives, what IPF fitted and what the rounded cohort holds. */
export interface MarginalCellReport {
  /** The group's label, e.g. "ydelse=kontanthjaelp, age=16-29", "(unlisted)" or "(total)". */
  label: string;
  given: number;
  fitted: number;
  rounded: number;
}

export interface MarginalTableReport {
  /** Index in spec.tables; −1 for the total. */
  table: number;
  cells: MarginalCellReport[];
}

export interface SyntheticCohortReport {
  /** The spec's total and the persons generated (equal when the tables agree). */
  total: number;
  persons: number;
  ipf: { iterations: number; converged: boolean; maxDeviation: number };
  rounding: { maxDeviation: number; deviations: RoundingDeviation[] };
  /** Given, fitted and rounded counts of every table (first the total). */
  tables: MarginalTableReport[];
  /** Unemployed months moved out of their band to keep a person's history consistent (normally 0). */
  clampedUnemploymentMonths: number;
  /** Warnings about the spec (located by JSON pointer). */
  warnings: Problem[];
}

export interface SyntheticCohort {
  cohort: Cohort;
  report: SyntheticCohortReport;
}

/**
 * `syntheticCohort(spec, createStream(seed, COHORT_KEY))` → the month-0 cohort and how well it meets the spec.
 * Same spec and stream state → the same columns. Throws CohortSpecError for a spec with errors.
 */
export function syntheticCohort(
  spec: CohortSpec,
  stream: RandomStream,
  options: SyntheticCohortOptions = {},
): SyntheticCohort {
  const fit = fitIpf(spec, options.ipf);
  const { grid } = fit;
  const rounded = roundTable(fit.table, grid);
  const cohort = createCohort(Math.max(rounded.total, options.capacity ?? 0));
  const resolve = cellValuesResolver(spec, grid);
  const settings = {
    sameSpellShare: spec.sameSpellShare ?? 0.5,
    offerDurations: FACTS.offer.values.map((offer) => options.offerDurations?.[offer] ?? 3),
    selfSupportMonths: options.selfSupportMonths ?? 12,
    partTime: options.partTime,
  };
  let clamped = 0;
  let row = 0;
  for (let cell = 0; cell < grid.size; cell++) {
    const count = rounded.counts[cell] ?? 0;
    if (count === 0) continue;
    const values = resolve(cell);
    for (let k = 0; k < count; k++) clamped += drawCellPerson(cohort, row++, values, stream, settings);
  }
  cohort.count = row;
  const tables = grid.constraints.map((constraint): MarginalTableReport => {
    const fitted = groupSums(fit.table, constraint.groupOf, constraint.targets.length);
    const counts = groupSums(rounded.counts, constraint.groupOf, constraint.targets.length);
    return {
      table: constraint.table,
      cells: constraint.labels.map((label, g) => ({
        label,
        given: constraint.targets[g] ?? 0,
        fitted: fitted[g] ?? 0,
        rounded: counts[g] ?? 0,
      })),
    };
  });
  return {
    cohort,
    report: {
      total: spec.total,
      persons: row,
      ipf: { iterations: fit.iterations, converged: fit.converged, maxDeviation: fit.maxDeviation },
      rounding: { maxDeviation: rounded.maxDeviation, deviations: rounded.deviations },
      tables,
      clampedUnemploymentMonths: clamped,
      warnings: grid.warnings,
    },
  };
}
