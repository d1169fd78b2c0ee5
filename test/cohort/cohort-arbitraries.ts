/**
 * Generated cohort specs whose tables agree: a random integer joint table over a few dimensions (with no
 * structural zeros among the chosen values), and its marginals as the spec's tables, so that exact integer
 * marginals are known to exist.
 */
import fc from 'fast-check';
import type {
  CellCoordinates,
  CohortDimension,
  CohortSpec,
  MarginalTable,
} from '../../src/cohort/cohort-spec.ts';
import { source } from './cohort-fixtures.ts';

const STATES = ['kontanthjaelp', 'sygedagpenge', 'uddannelseshjaelp', 'ledighedsydelse'] as const;
const AGE_BANDS = [
  { min: 16, max: 29 },
  { min: 30, max: 49 },
  { min: 50, max: 64 },
];
const DURATION_BANDS = [
  { min: 1, max: 6 },
  { min: 7, max: 60 },
];
const EDUCATION = ['ingen', 'erhvervsfaglig', 'lvu'] as const;

/** The joint cells: every combination of these values. */
const LEVELS: { [D in CohortDimension]?: readonly (string | boolean)[] } = {
  ydelse: STATES,
  age: AGE_BANDS.map((b) => `${b.min}-${b.max}`),
  supportDuration: DURATION_BANDS.map((b) => `${b.min}-${b.max}`),
  academic: [false, true],
  education: EDUCATION,
};
const JOINT_DIMENSIONS = Object.keys(LEVELS) as CohortDimension[];

function combinations(): CellCoordinates[] {
  let cells: Record<string, unknown>[] = [{}];
  for (const dimension of JOINT_DIMENSIONS) {
    cells = cells.flatMap((cell) =>
      (LEVELS[dimension] ?? []).map((value) => ({ ...cell, [dimension]: value })),
    );
  }
  return cells as CellCoordinates[];
}
export const JOINT_CELLS = combinations();

/** The marginal table over `dimensions` of a joint table. */
export function marginOf(
  joint: readonly number[],
  dimensions: CohortDimension[],
  unlisted: 'zero' | 'rest' = 'zero',
): MarginalTable {
  const sums = new Map<string, { at: CellCoordinates; count: number }>();
  JOINT_CELLS.forEach((cell, i) => {
    const at: Record<string, unknown> = {};
    for (const dimension of dimensions) at[dimension] = cell[dimension];
    const key = JSON.stringify(at);
    const entry = sums.get(key) ?? { at: at as CellCoordinates, count: 0 };
    entry.count += joint[i] ?? 0;
    sums.set(key, entry);
  });
  return { dimensions, unlisted, source, cells: [...sums.values()] };
}

export function specOf(joint: readonly number[], tables: CohortDimension[][]): CohortSpec {
  return {
    total: joint.reduce((a, b) => a + b, 0),
    ageBands: AGE_BANDS,
    supportDurationBands: DURATION_BANDS,
    tables: tables.map((dimensions) => marginOf(joint, dimensions)),
  };
}

/** A sparse-ish random joint table: most cells 0, some up to 40 persons. */
export const jointArb = fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 40 })), {
  minLength: JOINT_CELLS.length,
  maxLength: JOINT_CELLS.length,
});

/** Sets of 2–3 tables that always include ydelse. */
export const tableSetArb = fc.constantFrom<CohortDimension[][]>(
  [
    ['ydelse', 'age'],
    ['ydelse', 'supportDuration'],
  ],
  [
    ['ydelse', 'age'],
    ['academic', 'education'],
  ],
  [['ydelse'], ['age', 'education']],
  [['ydelse', 'age'], ['ydelse', 'supportDuration'], ['academic']],
  [
    ['ydelse', 'age'],
    ['age', 'education'],
    ['ydelse', 'academic'],
  ],
  [
    ['ydelse', 'age', 'supportDuration'],
    ['academic', 'education'],
  ],
);
