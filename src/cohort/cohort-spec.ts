/**
 * The cohort at month 0 as published marginal tables: counts by ydelse × age band, by duration band, education,
 * visitation, AC… Iterative proportional fitting (fit-ipf.ts) builds the joint table of the dimensions the tables
 * use, integer rounding (round-table.ts) makes it whole persons, and syntheticCohort draws the details within each
 * cell (exact age, exact months) from a seeded stream. The number of persons per cell does not depend on the seed.
 */
import type { EducationLevel, LocalText, Offer, State, Visitation } from '../rules/facts.ts';
import type { Assumption, SourceReference } from '../rules/rule-file.ts';

/**
 * The dimensions a marginal table may use, each bound to facts:
 * - `ydelse` → fact ydelse (a state);
 * - `age` → age (years), by the spec's `ageBands`;
 * - `supportDuration` → monthsOnSupport (months), by `supportDurationBands` (monthsInYdelse, weeksOnSupport and
 *   previousYdelse follow from it);
 * - `unemployment` → monthsUnemployedLast12 (months of the last 12), by `unemploymentBands`;
 * - `education`, `academic`, `insured`, `visitation`, `offer`, `integrationProgram` → the fact of the same name.
 */
export const COHORT_DIMENSIONS = [
  'ydelse',
  'age',
  'supportDuration',
  'unemployment',
  'education',
  'academic',
  'insured',
  'visitation',
  'offer',
  'integrationProgram',
] as const;
export type CohortDimension = (typeof COHORT_DIMENSIONS)[number];

/** A band of an integer fact, both ends inclusive. */
export interface IntegerBand {
  /** The name cells use for the band; default "min-max" (e.g. "16-29"). */
  id?: string;
  /** Smallest value in the band, inclusive. @minimum 0 */
  min: number;
  /** Largest value in the band, inclusive. @minimum 0 */
  max: number;
}

/**
 * The value of each dimension in one cell of a marginal table: a state, education level, visitation or offer
 * name; a band id for `age`, `supportDuration` and `unemployment`; true/false for the boolean dimensions.
 */
export interface CellCoordinates {
  ydelse?: State;
  /** Id of one of the spec's `ageBands`. */
  age?: string;
  /** Id of one of the spec's `supportDurationBands`. */
  supportDuration?: string;
  /** Id of one of the spec's `unemploymentBands`. */
  unemployment?: string;
  education?: EducationLevel;
  academic?: boolean;
  insured?: boolean;
  visitation?: Visitation;
  offer?: Offer;
  integrationProgram?: boolean;
}

/** One cell of a marginal table. */
export interface MarginalCell {
  /** The cell's value on every dimension of the table (and on no other). */
  at: CellCoordinates;
  /** Persons in the cell (a whole number for exact rounding; fractions are fitted and rounded). @minimum 0 */
  count: number;
}

/** Counts over one to three dimensions, from one source. */
export interface MarginalTable {
  /** The dimensions the table crosses (1–3, no repeats). @minItems 1 @maxItems 3 */
  dimensions: CohortDimension[];
  /** The counts. A combination may appear at most once. */
  cells: MarginalCell[];
  /**
   * What the combinations not listed hold: `zero` (default) — no person; `rest` — together the spec's total
   * minus the listed counts, for a table that gives only some cells (e.g. "243 academics among the a-dagpenge
   * recipients"). The persons of the rest have the default value (`defaults`) of each of the table's dimensions
   * other than ydelse and the bands, so that everyone else is non-academic; their ydelse and bands are spread
   * by the other tables.
   * @default "zero"
   */
  unlisted?: 'zero' | 'rest';
  /** Where the counts come from, or why they are assumed. */
  source: SourceReference | Assumption;
  /** A remark shown with the table (e.g. "full-time persons"). */
  note?: LocalText;
}

/**
 * The values of facts no table gives. Dimensions a table uses ignore these. The model keeps some facts
 * consistent whatever the defaults say: a-dagpenge recipients are insured, visitation is "ingen" outside
 * kontanthjælp, uddannelseshjælp and integrationsydelse, nobody off support has an offer, and integrationsydelse
 * recipients are in the integration programme unless a table with `integrationProgram` says otherwise.
 */
export interface CohortDefaults {
  /** Age band when no table has `age`: { min, max } in years. @default { "min": 30, "max": 59 } */
  age?: IntegerBand;
  /** monthsOnSupport band for persons on support when no table has `supportDuration`. @default 1–24 months */
  supportDuration?: IntegerBand;
  /**
   * monthsUnemployedLast12 band when no table has `unemployment`; the draw is then also kept consistent with
   * the state and its duration. @default 0–12 months
   */
  unemployment?: IntegerBand;
  /** @default "erhvervsfaglig" */
  education?: EducationLevel;
  /** @default false */
  academic?: boolean;
  /** Insured outside a-dagpenge. @default false */
  insured?: boolean;
  /** Visitation in the visitated states. @default "ingen" */
  visitation?: Visitation;
  /** @default "ingen" */
  offer?: Offer;
  /** In the integration programme outside integrationsydelse. @default false */
  integrationProgram?: boolean;
}

/** The cohort at month 0. */
export interface CohortSpec {
  /**
   * Persons in the cohort. Every table with only listed cells (`unlisted` "zero") must sum to it; IPF scales
   * the joint table to it.
   * @minimum 0
   */
  total: number;
  /** Age bands the `age` dimension refers to, in years. Bands must not overlap. */
  ageBands?: IntegerBand[];
  /** monthsOnSupport bands the `supportDuration` dimension refers to, in months. Bands must not overlap. */
  supportDurationBands?: IntegerBand[];
  /** monthsUnemployedLast12 bands (0–12) the `unemployment` dimension refers to. Bands must not overlap. */
  unemploymentBands?: IntegerBand[];
  /** The marginal tables; IPF fits the joint table to all of them. */
  tables: MarginalTable[];
  /** Values of facts no table gives. */
  defaults?: CohortDefaults;
  /**
   * Share of persons whose current ydelse began with their support spell (monthsInYdelse = monthsOnSupport);
   * the others switched ydelse during the spell and have monthsInYdelse drawn uniformly in [1, monthsOnSupport].
   * Unit "share". @default 0.5
   */
  sameSpellShare?: number;
}

/** The id of a band: its own, or "min-max". */
export function bandId(band: IntegerBand): string {
  return band.id ?? `${band.min}-${band.max}`;
}
