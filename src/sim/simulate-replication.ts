/**
 * One replication: draw its inputs, count month 0 on the synthetic cohort, then for t = 1…months step the
 * cohort (reform events, ageing, exits, inflow, facts) and evaluate the rules in effect (indicators, cost, and
 * the events that act next month). A pure function of (model, replication).
 */
import { ensureCapacity, type Cohort } from '../cohort/cohort.ts';
import { STATES } from '../rules/facts.ts';
import { countIndicators, WindowSums } from './count-indicators.ts';
import { monthCost } from './month-cost.ts';
import { stepMonth } from './month-step.ts';
import { planForMonth, type PreparedModel } from './prepare-model.ts';
import { replicationInputs } from './replication-inputs.ts';
import { replicationState, type ReplicationState } from './replication-state.ts';

export interface ReplicationResult {
  replication: number;
  /** Entries per series: months + 1 (month 0 is the start). */
  length: number;
  /** Indicator values, [indicator × length + t], in model.indicators order. */
  indicators: Float64Array;
  /** The municipality's net cost per month in kroner, [t]; null without a cost model. */
  costs: Float64Array | null;
  /** Persons in each state at month t, [state × length + t], in STATES order. */
  states: Float64Array;
  /** Values drawn for the uncertain Quantities, in model.quantities.uncertain order. */
  drawn: Float64Array;
  /** Person-months whose exit probabilities summed to more than MAX_EXIT_PROBABILITY and were scaled down. */
  cappedPersonMonths: number;
  /**
   * Person-months the monthly step walked (every month's rows, resting persons not among them): the work the
   * step did, for the bench's cost per stepped person-month.
   */
  steppedPersonMonths: number;
}

export interface ReplicationOptions {
  /**
   * Called after the rules of month t ran, with the cohort as the rules saw it (for stepping through months in
   * the trainer, and for tests). Read only: changing the cohort changes the run. Implies `fullCohort`.
   */
  onMonth?: (t: number, cohort: Readonly<Cohort>) => void;
  /**
   * true: every person is stepped and evaluated every month and every fact kept up to date. Default false:
   * persons whom no exit and no rule can reach any more are counted instead of stepped (resting.ts), and facts
   * that no rule reads are left behind. The results are the same to the bit.
   */
  fullCohort?: boolean;
  /** Buffers handed from one replication to the next (monteCarlo passes one); filled by the call. */
  workspace?: ReplicationWorkspace;
}

/** The state of the last replication run with this workspace, whose buffers the next one reuses. */
export interface ReplicationWorkspace {
  state?: ReplicationState;
}

/** `simulateReplication(prepareModel(scenario, ruleSet), 0).indicators` → the series of replication 0. */
export function simulateReplication(
  model: PreparedModel,
  replication: number,
  options: ReplicationOptions = {},
): ReplicationResult {
  const inputs = replicationInputs(model, replication);
  const full = options.onMonth !== undefined || options.fullCohort === true;
  const state = replicationState(model, replication, inputs, options.workspace?.state, full);
  if (options.workspace) options.workspace.state = state;
  const length = model.months + 1;
  const result: ReplicationResult = {
    replication,
    length,
    indicators: new Float64Array(model.indicators.length * length),
    costs: inputs.benefit ? new Float64Array(length) : null,
    states: new Float64Array(STATES.length * length),
    drawn: Float64Array.from(model.quantities.uncertain, (i) => inputs.quantityValues[i] ?? NaN),
    cappedPersonMonths: 0,
    steppedPersonMonths: 0,
  };
  const windows = new WindowSums(model.indicators.map((d) => d.window));
  for (let t = 0; t <= model.months; t++) {
    if (t > 0) stepMonth(state, t);
    evaluateMonth(model, state, t, windows, result);
    options.onMonth?.(t, state.cohort);
  }
  result.cappedPersonMonths = state.capped;
  result.steppedPersonMonths = state.stepped;
  return result;
}

/** Step 5: the rules in effect in month t over the whole cohort, then the month's counts and cost. */
function evaluateMonth(
  model: PreparedModel,
  state: ReplicationState,
  t: number,
  windows: WindowSums,
  result: ReplicationResult,
): void {
  const plan =
    state.plan && model.samePlanAsPrevious[t] === 1
      ? state.plan
      : planForMonth(model, t, state.inputs.ruleParameters);
  const count = state.cohort.count;
  // Rows of the kernel's output padded to a multiple of 4 persons (the bytes beyond `count` set to 0), so that
  // counting reads four persons at a time; the padding rows' columns are whatever the free rows hold.
  const stride = (count + 3) & ~3;
  ensureCapacity(state.cohort, stride);
  const needed = plan.rowCount * stride;
  if (state.fired.length < needed) state.fired = new Uint8Array(Math.max(needed, state.fired.length * 2));
  plan.kernel.evaluate(state.cohort.columns, stride, state.fired);
  if (stride > count) {
    for (let row = 0; row < plan.rowCount; row++)
      state.fired.fill(0, row * stride + count, (row + 1) * stride);
  }
  state.plan = plan;
  state.firedCount = count;
  state.firedStride = stride;
  const length = result.length;
  countIndicators(
    plan,
    state.fired,
    count,
    stride,
    model.indicators,
    windows,
    model.windowSeeds,
    t,
    length,
    result.indicators,
  );
  // Persons per state: the step counts the active ones from month 1 on (resting.ts counts the others).
  const active = state.activeCounts;
  if (t === 0) {
    const ydelse = state.cohort.columns.ydelse;
    active.fill(0);
    for (let i = 0; i < count; i++) {
      const s = ydelse[i] ?? 0;
      active[s] = (active[s] ?? 0) + 1;
    }
  }
  const resting = state.resting.counts;
  for (let s = 0; s < active.length; s++) {
    result.states[s * length + t] = (active[s] ?? 0) + (resting[s] ?? 0);
  }
  if (result.costs && state.inputs.benefit) {
    result.costs[t] = monthCost(
      state.cohort,
      plan,
      state.fired,
      stride,
      state.inputs.benefit,
      state.inputs.refusion,
    );
  }
}
