/**
 * Monte Carlo in one process: replications [from, to) of a prepared model, one after the other, into compact
 * arrays, then the summaries. Replication r depends on (seed, r) alone, so any slicing of [0, R) merged by
 * mergeMonteCarlo gives exactly the one-run result. Progress and cancellation are passed in: the core has no
 * timers.
 */
import { STATES } from '../rules/facts.ts';
import type { MonteCarloResult, MonteCarloValues, SummaryContext } from './monte-carlo-result.ts';
import type { PreparedModel } from './prepare-model.ts';
import { simulateReplication, type ReplicationWorkspace } from './simulate-replication.ts';
import { summariseMonteCarlo } from './summarise-monte-carlo.ts';

export interface MonteCarloOptions {
  /** Replications of the whole run (R). Default the scenario's `replications`. */
  replications?: number;
  /** First replication of this slice (inclusive). Default 0. */
  from?: number;
  /** End of this slice (exclusive). Default R. */
  to?: number;
  /** Called after each replication with the replications done and the slice size. */
  onProgress?: (done: number, total: number) => void;
  /** Checked before each replication; when aborted, monteCarlo throws MonteCarloAbortedError. */
  signal?: { readonly aborted: boolean };
}

/** Thrown when the signal aborts a run. */
export class MonteCarloAbortedError extends Error {
  constructor(readonly done: number) {
    super(`The simulation was stopped after ${done} replications.`);
    this.name = 'MonteCarloAbortedError';
  }
}

/** The fixed part of the summaries of a run of this model with R replications. */
export function summaryContext(model: PreparedModel, replications: number): SummaryContext {
  const scenario = model.scenario;
  return {
    scenario: scenario.id,
    seed: scenario.seed,
    replications,
    months: [...model.monthLabels],
    indicators: model.indicators.map((d) => ({ ...d, rules: { ...d.rules } })),
    targets: scenario.targets,
    observations: scenario.observations,
    ambitions: scenario.ambitions,
    verdicts: scenario.verdicts,
    uncertainPaths: model.quantities.uncertain.map((i) => model.quantities.paths[i] ?? ''),
  };
}

/**
 * `monteCarlo(model, {replications: 1000})` → per indicator all values and summaries, per target P(reach),
 * levelAt and the verdict. `monteCarlo(model, {replications: 1000, from: 0, to: 500})` runs half of it.
 */
export function monteCarlo(model: PreparedModel, options: MonteCarloOptions = {}): MonteCarloResult {
  const replications = options.replications ?? model.scenario.replications;
  const from = options.from ?? 0;
  const to = options.to ?? replications;
  if (!(Number.isInteger(replications) && replications >= 1)) {
    throw new RangeError(`replications must be a whole number ≥ 1, not ${replications}`);
  }
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to && to <= replications)) {
    throw new RangeError(`The slice [${from}, ${to}) must lie within the ${replications} replications.`);
  }
  const context = summaryContext(model, replications);
  const months = model.months + 1;
  const count = to - from;
  const paths = context.uncertainPaths.length;
  const raw: MonteCarloValues = {
    from,
    to,
    indicators: model.indicators.map(() => new Float64Array(count * months)),
    costs: model.scenario.costs ? new Float64Array(count * months) : null,
    states: new Float64Array(count * STATES.length * months),
    parameters: new Float64Array(count * paths),
    cappedPersonMonths: 0,
  };
  const workspace: ReplicationWorkspace = {};
  for (let r = from; r < to; r++) {
    if (options.signal?.aborted) throw new MonteCarloAbortedError(r - from);
    const result = simulateReplication(model, r, { workspace });
    const i = r - from;
    raw.indicators.forEach((values, k) =>
      values.set(result.indicators.subarray(k * months, (k + 1) * months), i * months),
    );
    if (raw.costs && result.costs) raw.costs.set(result.costs, i * months);
    raw.states.set(result.states, i * STATES.length * months);
    raw.parameters.set(result.drawn, i * paths);
    raw.cappedPersonMonths += result.cappedPersonMonths;
    options.onProgress?.(i + 1, count);
  }
  return summariseMonteCarlo(context, raw);
}
