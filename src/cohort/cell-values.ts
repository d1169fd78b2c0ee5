/**
 * The fact values every person of one joint cell shares: the grid's levels where a table gives the dimension,
 * the spec's defaults elsewhere, with the model's consistency rules applied (a-dagpenge recipients are insured,
 * visitation only in the visitated states, no offer off support, integrationsydelse recipients in the programme
 * unless a table says otherwise).
 */
import { FACTS, SUPPORT_STATES } from '../rules/facts.ts';
import { VISITATED_STATES } from './default-codes.ts';
import { bandsOf } from './check-cohort-spec.ts';
import { axisIndex, type CohortGrid, levelOf } from './cohort-grid.ts';
import { defaultCodes } from './default-codes.ts';
import type { CohortSpec, IntegerBand } from './cohort-spec.ts';

export interface CellValues {
  /** ydelse code (facts.ts). */
  ydelse: number;
  onSupport: boolean;
  /** Unemployed in the current month: a-dagpenge, or kontanthjælp as jobparat. */
  unemployedNow: boolean;
  age: IntegerBand;
  /** monthsOnSupport band; [0, 0] off support. */
  supportDuration: IntegerBand;
  /** Whether the band comes from a table (the draw then stays inside it). */
  supportDurationFromTable: boolean;
  /** monthsUnemployedLast12 band. */
  unemployment: IntegerBand;
  /** Whether the band comes from a table (else the spell is drawn first and the months fit it). */
  unemploymentFromTable: boolean;
  education: number;
  academic: number;
  insured: number;
  visitation: number;
  offer: number;
  integrationProgram: number;
}

export const DEFAULT_AGE_BAND: IntegerBand = { min: 30, max: 59 };
export const DEFAULT_SUPPORT_DURATION_BAND: IntegerBand = { min: 1, max: 24 };
export const DEFAULT_UNEMPLOYMENT_BAND: IntegerBand = { min: 0, max: 12 };

const code = (values: readonly string[], value: string): number => values.indexOf(value);
const A_DAGPENGE = code(FACTS.ydelse.values, 'a-dagpenge');
const KONTANTHJAELP = code(FACTS.ydelse.values, 'kontanthjaelp');
const JOBPARAT = code(FACTS.visitation.values, 'jobparat');
const SUPPORT_CODES = new Set(SUPPORT_STATES.map((state) => code(FACTS.ydelse.values, state)));
const VISITATED_CODES = new Set(VISITATED_STATES.map((state) => code(FACTS.ydelse.values, state)));

/** A function from joint cell to its CellValues, for one spec and its grid. */
export function cellValuesResolver(spec: CohortSpec, grid: CohortGrid): (cell: number) => CellValues {
  const defaults = spec.defaults ?? {};
  const axis = {
    ydelse: axisIndex(grid, 'ydelse'),
    age: axisIndex(grid, 'age'),
    supportDuration: axisIndex(grid, 'supportDuration'),
    unemployment: axisIndex(grid, 'unemployment'),
    education: axisIndex(grid, 'education'),
    academic: axisIndex(grid, 'academic'),
    insured: axisIndex(grid, 'insured'),
    visitation: axisIndex(grid, 'visitation'),
    offer: axisIndex(grid, 'offer'),
    integrationProgram: axisIndex(grid, 'integrationProgram'),
  };
  const ageBands = bandsOf(spec, 'age');
  const durationBands = bandsOf(spec, 'supportDuration');
  const unemploymentBands = bandsOf(spec, 'unemployment');
  const defaultOf = defaultCodes(defaults);
  return (cell) => {
    const level = (a: number, otherwise: number): number =>
      a >= 0 ? (grid.axes[a]?.codes[levelOf(grid, cell, a)] ?? otherwise) : otherwise;
    const ydelse = level(axis.ydelse, 0);
    const onSupport = SUPPORT_CODES.has(ydelse);
    const visitation = VISITATED_CODES.has(ydelse)
      ? level(axis.visitation, defaultOf('visitation', ydelse))
      : 0;
    const durationBand =
      axis.supportDuration >= 0 ? durationBands[level(axis.supportDuration, 0)] : undefined;
    const unemploymentBand =
      axis.unemployment >= 0 ? unemploymentBands[level(axis.unemployment, 0)] : undefined;
    return {
      ydelse,
      onSupport,
      unemployedNow: ydelse === A_DAGPENGE || (ydelse === KONTANTHJAELP && visitation === JOBPARAT),
      age: (axis.age >= 0 ? ageBands[level(axis.age, 0)] : undefined) ?? defaults.age ?? DEFAULT_AGE_BAND,
      supportDuration: onSupport
        ? (durationBand ?? defaults.supportDuration ?? DEFAULT_SUPPORT_DURATION_BAND)
        : { min: 0, max: 0 },
      supportDurationFromTable: durationBand !== undefined,
      unemployment: unemploymentBand ?? defaults.unemployment ?? DEFAULT_UNEMPLOYMENT_BAND,
      unemploymentFromTable: unemploymentBand !== undefined,
      education: level(axis.education, defaultOf('education', ydelse)),
      academic: level(axis.academic, defaultOf('academic', ydelse)),
      insured: ydelse === A_DAGPENGE ? 1 : level(axis.insured, defaultOf('insured', ydelse)),
      visitation,
      offer: onSupport ? level(axis.offer, defaultOf('offer', ydelse)) : 0,
      integrationProgram: level(axis.integrationProgram, defaultOf('integrationProgram', ydelse)),
    };
  };
}
