/**
 * Checks a CohortSpec before it is fitted: bands, dimensions, cell values and counts, with JSON pointers
 * (below `at`, e.g. "/cohort") that the loader places in the scenario file.
 */
import { EDUCATION_LEVELS, FACTS, OFFERS, STATES, VISITATIONS } from '../rules/facts.ts';
import { ProblemList, type Problem } from '../rules/located-error.ts';
import { COHORT_MESSAGES as M } from './cohort-messages.ts';
import {
  bandId,
  COHORT_DIMENSIONS,
  type CohortDimension,
  type CohortSpec,
  type IntegerBand,
} from './cohort-spec.ts';

/** Dimensions whose cell values are true/false. */
export const BOOLEAN_DIMENSIONS: ReadonlySet<CohortDimension> = new Set([
  'academic',
  'insured',
  'integrationProgram',
]);

/** The band list and range of each banded dimension. */
export const BANDED_DIMENSIONS = {
  age: { field: 'ageBands', min: FACTS.age.min, max: FACTS.age.max },
  supportDuration: { field: 'supportDurationBands', min: 0, max: FACTS.monthsOnSupport.max },
  unemployment: { field: 'unemploymentBands', min: 0, max: FACTS.monthsUnemployedLast12.max },
} as const;
export type BandedDimension = keyof typeof BANDED_DIMENSIONS;

export function isBandedDimension(dimension: CohortDimension): dimension is BandedDimension {
  return dimension === 'age' || dimension === 'supportDuration' || dimension === 'unemployment';
}

/** The values a cell may give for a non-banded dimension, as strings ("true"/"false" for booleans). */
export const CATEGORY_VALUES: { [D in Exclude<CohortDimension, BandedDimension>]: readonly string[] } = {
  ydelse: STATES,
  education: EDUCATION_LEVELS,
  academic: ['false', 'true'],
  insured: ['false', 'true'],
  visitation: VISITATIONS,
  offer: OFFERS,
  integrationProgram: ['false', 'true'],
};

/** The bands of a banded dimension ([] when not given). */
export function bandsOf(spec: CohortSpec, dimension: BandedDimension): readonly IntegerBand[] {
  return spec[BANDED_DIMENSIONS[dimension].field] ?? [];
}

/** The string key of a cell value: band ids and names as they are, booleans as "true"/"false". */
export function cellValueKey(value: unknown): string {
  return typeof value === 'boolean'
    ? String(value)
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);
}

function checkBands(spec: CohortSpec, dimension: BandedDimension, at: string, problems: ProblemList): void {
  const { field, min, max } = BANDED_DIMENSIONS[dimension];
  const bands = spec[field];
  if (!bands) return;
  const seen = new Map<string, number>();
  bands.forEach((band, i) => {
    const pointer = `${at}/${field}/${i}`;
    const ok =
      Number.isInteger(band.min) && Number.isInteger(band.max) && min <= band.min && band.min <= band.max;
    if (!ok || band.max > max) problems.error(pointer, M.badBand(band.min, band.max, min, max));
    const id = bandId(band);
    if (seen.has(id)) problems.error(`${pointer}/id`, M.duplicateBand(id));
    seen.set(id, i);
  });
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const band = sorted[i];
    if (previous && band && band.min <= previous.max) {
      problems.error(
        `${at}/${field}/${bands.indexOf(band)}`,
        M.overlappingBands(bandId(previous), bandId(band)),
      );
    }
  }
}

/** The allowed value keys of a dimension in this spec. */
export function allowedValues(spec: CohortSpec, dimension: CohortDimension): readonly string[] {
  return isBandedDimension(dimension) ? bandsOf(spec, dimension).map(bandId) : CATEGORY_VALUES[dimension];
}

/** Every problem of the spec; an empty list means it can be fitted. */
export function checkCohortSpec(spec: CohortSpec, at = ''): Problem[] {
  const problems = new ProblemList();
  if (typeof spec.total !== 'number' || !Number.isFinite(spec.total) || spec.total < 0) {
    problems.error(`${at}/total`, M.badTotal(spec.total));
  }
  for (const dimension of ['age', 'supportDuration', 'unemployment'] as const) {
    checkBands(spec, dimension, at, problems);
  }
  let hasYdelse = false;
  spec.tables.forEach((table, t) => {
    const pointer = `${at}/tables/${t}`;
    const dimensions = table.dimensions;
    if (dimensions.length < 1 || dimensions.length > 3 || new Set(dimensions).size !== dimensions.length) {
      problems.error(`${pointer}/dimensions`, M.badDimensions());
    }
    let known = true;
    dimensions.forEach((dimension, d) => {
      if (!(COHORT_DIMENSIONS as readonly string[]).includes(dimension)) {
        problems.error(`${pointer}/dimensions/${d}`, M.unknownDimension(dimension, COHORT_DIMENSIONS));
        known = false;
      } else if (isBandedDimension(dimension) && !spec[BANDED_DIMENSIONS[dimension].field]) {
        problems.error(
          `${pointer}/dimensions/${d}`,
          M.missingBands(dimension, BANDED_DIMENSIONS[dimension].field),
        );
        known = false;
      }
    });
    if (dimensions.includes('ydelse')) hasYdelse = true;
    if (!known) return;
    const seen = new Set<string>();
    let sum = 0;
    table.cells.forEach((cell, c) => {
      const cellPointer = `${pointer}/cells/${c}`;
      const coordinates = cell.at as Record<string, unknown>;
      for (const key of Object.keys(coordinates)) {
        if (!(dimensions as readonly string[]).includes(key)) {
          problems.error(`${cellPointer}/at/${key}`, M.cellExtraDimension(key));
        }
      }
      const keys: string[] = [];
      let valid = true;
      for (const dimension of dimensions) {
        const value = coordinates[dimension];
        if (value === undefined) {
          problems.error(`${cellPointer}/at`, M.cellMissingDimension(dimension));
          valid = false;
          continue;
        }
        const allowed = allowedValues(spec, dimension);
        const typeOk = BOOLEAN_DIMENSIONS.has(dimension)
          ? typeof value === 'boolean'
          : typeof value === 'string';
        if (!typeOk || !allowed.includes(cellValueKey(value))) {
          problems.error(`${cellPointer}/at/${dimension}`, M.badCellValue(dimension, value, allowed));
          valid = false;
        }
        keys.push(cellValueKey(value));
      }
      const key = keys.join('\u0000');
      if (valid && seen.has(key)) problems.error(`${cellPointer}/at`, M.duplicateCell());
      if (valid) seen.add(key);
      if (typeof cell.count !== 'number' || !Number.isFinite(cell.count) || cell.count < 0) {
        problems.error(`${cellPointer}/count`, M.badCount(cell.count));
      } else sum += cell.count;
    });
    const tolerance = 1e-9 * Math.max(1, spec.total);
    if ((table.unlisted ?? 'zero') === 'zero' && Math.abs(sum - spec.total) > tolerance) {
      problems.warning(`${pointer}/cells`, M.tableSumDiffers(sum, spec.total), M.tableSumDiffersHint());
    }
    if (table.unlisted === 'rest' && sum > spec.total + tolerance) {
      problems.error(`${pointer}/cells`, M.restExceedsTotal(sum, spec.total));
    }
  });
  if (!hasYdelse) problems.error(`${at}/tables`, M.noYdelseTable(), M.noYdelseTableHint());
  return problems.problems;
}
