/**
 * The results as a JSON document for other tools: the run's identity (scenario, seed, replications, months,
 * ambitions), the target results and every indicator's mean and quantiles per month, the cost series and the
 * mean persons per state. The replication values are left out unless asked for (they are R × months numbers per
 * indicator). The text is safe to embed in an HTML <script> block: "<", U+2028 and U+2029 are escaped, which
 * JSON readers undo.
 *
 * @example download(new Blob([resultsToJson(result)], { type: 'application/json' }), 'resultater.json')
 */
import type { MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';

export interface ResultsToJsonOptions {
  /** Include every replication's values per indicator (`values`, [r × months + t]). Default false. */
  includeValues?: boolean;
  /** Indentation, as JSON.stringify's `space`. Default 2. */
  space?: number;
}

/** Identifies the document's layout for readers; raise `version` when a field changes meaning. */
export const RESULTS_JSON_FORMAT = { format: 'maalbar-results', version: 1 } as const;

export function resultsToJson(result: MonteCarloResult, options: ResultsToJsonOptions = {}): string {
  const { context } = result;
  const document = {
    ...RESULTS_JSON_FORMAT,
    scenario: context.scenario,
    seed: context.seed,
    replications: result.raw.to - result.raw.from,
    months: context.months,
    ambitions: context.ambitions,
    verdicts: context.verdicts,
    targets: result.targets,
    indicators: result.indicators.map(({ values, ...summary }) =>
      options.includeValues ? { ...summary, values: Array.from(values) } : summary,
    ),
    costs: result.costs,
    states: result.states,
    observations: context.observations,
  };
  return JSON.stringify(document, null, options.space ?? 2)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
