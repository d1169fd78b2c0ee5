import { FACT_NAMES } from '../rules/facts.ts';
import { type Cohort, INTERNAL_COLUMN_NAMES } from './cohort.ts';

/**
 * Copies every column of row `from` to row `to` of the same cohort (both below the capacity). For the monthly
 * step's rare rows that it keeps without updating them (persons in an absorbing state that rules still read)
 * while it closes the gaps left by persons who no longer need stepping.
 */
export function copyRow(cohort: Cohort, from: number, to: number): void {
  for (const name of FACT_NAMES) cohort.columns[name][to] = cohort.columns[name][from] ?? 0;
  for (const name of INTERNAL_COLUMN_NAMES) cohort.internal[name][to] = cohort.internal[name][from] ?? 0;
}
