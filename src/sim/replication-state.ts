/**
 * The working state of one replication: the cohort being stepped, its inputs and streams, the output of the
 * last rule evaluation (whose events act at the next step), the persons at rest, and scratch arrays reused every
 * month. A replication may take over the buffers of the previous one (the cohort's columns, the kernel output,
 * the event arrays), so that a run of many replications allocates little.
 */
import { copyCohort } from '../cohort/copy-cohort.ts';
import { createCohort, type Cohort } from '../cohort/cohort.ts';
import { STATES } from '../rules/facts.ts';
import { monthIndex } from '../time/month.ts';
import { createStream, replicationStream, type RandomStream } from '../random/random-stream.ts';
import type { EvaluationPlan } from './evaluation-plan.ts';
import { exitBounds, type ExitBounds } from './exit-bounds.ts';
import { createEventRows, type EventRows } from './event-rows.ts';
import type { PreparedModel } from './prepare-model.ts';
import type { ReplicationInputs } from './replication-inputs.ts';
import { createResting, type Resting } from './resting.ts';

/** Stream purpose key of inflow draws ("INF"). */
export const INFLOW_STREAM_KEY = 0x494e46;
/** Stream purpose key of the draws of which unemployed months count in the 12-month history ("UNH"). */
export const HISTORY_STREAM_KEY = 0x554e48;

export interface ReplicationState {
  /** The active persons: rows [0, count), in the order they joined (persons at rest are only counted). */
  cohort: Cohort;
  inputs: ReplicationInputs;
  /** Person draws: events, offers, exits, visitation on entry. */
  main: RandomStream;
  /** Inflow counts and the new persons' attributes. */
  inflowStream: RandomStream;
  /** Whether an unemployed month counts in the 12-month history (when that share is below 1). */
  historyStream: RandomStream;
  /** Output of the last rule evaluation, `fired[row × firedStride + person]` for persons [0, firedCount). */
  fired: Uint8Array;
  firedCount: number;
  firedStride: number;
  /** Where the step finds the reform events of the last evaluation (filled at the start of each step). */
  eventRows: EventRows;
  /** The plan of the last evaluation (null before the first). */
  plan: EvaluationPlan | null;
  /** Persons in an offer now. */
  inOffer: number;
  /** Person-months whose exit probabilities were scaled down to MAX_EXIT_PROBABILITY. */
  capped: number;
  /** Rows the monthly step walked, summed over the months: the persons it stepped (bench/README.md). */
  stepped: number;
  /** Month of year (0 = January) of month 0. */
  startMonthOfYear: number;
  /** Bounds that let the step settle most months with one draw (exit-bounds.ts). */
  bounds: ExitBounds;
  /** Persons at rest (resting.ts). */
  resting: Resting;
  /** Scratch: one person's exit probabilities, and the month's base probabilities by pair. */
  probabilities: Float64Array;
  baseThisMonth: Float64Array;
  /** Active persons per state code after the last step, inflow included. */
  activeCounts: Int32Array;
  /** Derived facts the step keeps up (those some rule reads, or all for a full cohort). */
  keep: {
    previousYdelse: boolean;
    weeksOnSupport: boolean;
    monthsUnemployedLast12: boolean;
    weeksUnemployedLast52: boolean;
    sickWeeksLast9Months: boolean;
  };
  /** Scratch: per state code, the hazard events the bounds hold under (safeHazards). */
  hazardSafe: Int32Array;
  /** Per state code, the kinds of reform event that may fire there (the model's eventStates…). */
  eventStates: Uint8Array;
  eventStatesWithoutOffer: Uint8Array;
}

/**
 * A fresh state for replication r, starting from a copy of the model's month-0 cohort. `previous` (a state of
 * the same model whose replication is over) lends its buffers. `full`: step every person and keep every fact
 * (see ReplicationOptions.fullCohort).
 */
export function replicationState(
  model: PreparedModel,
  replication: number,
  inputs: ReplicationInputs,
  previous?: ReplicationState,
  full = false,
): ReplicationState {
  // Room for the expected inflow (twice the central means, plus some), so that the columns rarely grow mid-run.
  const expectedInflow = inputs.inflow.reduce((sum, stream) => sum + 2 * stream.perMonth * model.months, 0);
  const cohort = copyCohort(
    model.cohort,
    previous?.cohort ?? createCohort(Math.ceil(model.cohort.count + expectedInflow + 64)),
  );
  let inOffer = 0;
  for (let i = 0; i < cohort.count; i++) if (cohort.columns.offer[i] !== 0) inOffer++;
  const bounds = exitBounds(inputs.transitions, inputs.macro);
  const maxDestinations = Math.max(1, inputs.transitions.maxDestinations);
  const reuse = (array: Float64Array | undefined, length: number): Float64Array =>
    array && array.length >= length ? array : new Float64Array(length);
  return {
    cohort,
    inputs,
    main: replicationStream(model.scenario.seed, replication),
    inflowStream: createStream(model.scenario.seed, INFLOW_STREAM_KEY, replication),
    historyStream: createStream(model.scenario.seed, HISTORY_STREAM_KEY, replication),
    fired: previous?.fired ?? new Uint8Array(0),
    firedCount: 0,
    firedStride: 0,
    plan: null,
    eventRows: previous?.eventRows ?? createEventRows(),
    inOffer,
    capped: 0,
    stepped: 0,
    startMonthOfYear: monthIndex(model.scenario.start) % 12,
    bounds,
    resting: createResting(model.quiet, inputs.transitions, bounds, model.months, !full),
    probabilities: reuse(previous?.probabilities, maxDestinations),
    baseThisMonth: new Float64Array(inputs.transitions.base.length),
    activeCounts: previous?.activeCounts ?? new Int32Array(STATES.length),
    keep: {
      previousYdelse: full || model.factsRead.has('previousYdelse'),
      weeksOnSupport: full || model.factsRead.has('weeksOnSupport'),
      monthsUnemployedLast12: full || model.factsRead.has('monthsUnemployedLast12'),
      weeksUnemployedLast52: full || model.factsRead.has('weeksUnemployedLast52'),
      sickWeeksLast9Months: full || model.factsRead.has('sickWeeksLast9Months'),
    },
    hazardSafe: previous?.hazardSafe ?? new Int32Array(STATES.length),
    eventStates: model.eventStates,
    eventStatesWithoutOffer: model.eventStatesWithoutOffer,
  };
}
