/**
 * The golden output of the Lyngby-Taarbæk 2015 scenario: the run output (src/cli/format-run-output.ts) at a
 * fixed seed and a modest replication count, rounded so that the file reads like the table and survives
 * harmless changes in the last digits. The test compares it with the committed file; `tsx
 * scripts/update-golden.ts` rewrites the file on purpose after a change of the model or the scenario.
 */
import { runOutput, roundTo } from '../../src/cli/format-run-output.ts';
import { monteCarlo } from '../../src/sim/monte-carlo.ts';
import { prepareRepoScenario } from '../scenarios/repo-scenario-files.ts';

export const GOLDEN_SCENARIO = 'lyngby-taarbaek-2015';
export const GOLDEN_SEED = 20150224;
export const GOLDEN_REPLICATIONS = 100;
/** The committed golden file. */
export const GOLDEN_FILE = new URL('./lyngby-taarbaek-2015.golden.json', import.meta.url);
/** Months whose indicator means the golden file keeps: the start, every half year, the target month. */
const MONTHS = ['2013-12', '2014-06', '2014-10', '2014-12', '2015-06', '2015-12'];

export interface GoldenTarget {
  id: string;
  pReach: number | null;
  /** Median and 5 %/95 % quantiles at the target month. */
  median: number | null;
  q05: number | null;
  q95: number | null;
  levelAt: { [p: string]: number } | null;
  verdict: string | null;
}

export interface GoldenOutput {
  scenario: string;
  seed: number;
  replications: number;
  targets: GoldenTarget[];
  /** Indicator means (1 decimal) at MONTHS. */
  indicators: { [id: string]: { [month: string]: number } };
}

const round1 = (value: number | undefined | null): number | null =>
  value === undefined || value === null ? null : roundTo(value, 1);

/** Runs the scenario in one thread and rounds the output. Deterministic: the same code gives the same object. */
export function goldenOutput(): GoldenOutput {
  const model = prepareRepoScenario(GOLDEN_SCENARIO, (s) => ({ ...s, seed: GOLDEN_SEED }));
  const result = monteCarlo(model, { replications: GOLDEN_REPLICATIONS });
  const output = runOutput(result, new Set());
  const indicators: GoldenOutput['indicators'] = {};
  for (const [id, series] of Object.entries(output.indicators)) {
    indicators[id] = Object.fromEntries(
      MONTHS.map((month) => [month, round1(series.mean[series.months.indexOf(month)]) ?? NaN]),
    );
  }
  return {
    scenario: output.scenario,
    seed: output.seed,
    replications: output.replications,
    targets: output.targets.map((target) => ({
      id: target.id,
      pReach: target.pReach === null ? null : roundTo(target.pReach, 2),
      median: round1(target.quantiles?.['0.5']),
      q05: round1(target.quantiles?.['0.05']),
      q95: round1(target.quantiles?.['0.95']),
      levelAt: target.levelAt
        ? Object.fromEntries(Object.entries(target.levelAt).map(([p, v]) => [p, roundTo(v, 1)]))
        : null,
      verdict: target.verdict?.id ?? null,
    })),
    indicators,
  };
}
