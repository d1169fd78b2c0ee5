/**
 * The working state of one replication: the cohort being stepped, its inputs and streams, the output of the
 * last rule evaluation (whose events act at the next step), and scratch arrays reused every month.
 */
import { copyCohort } from '../cohort/copy-cohort.ts';
import { createCohort, type Cohort } from '../cohort/cohort.ts';
import { STATES } from '../rules/facts.ts';
import { monthIndex } from '../time/month.ts';
import { createStream, replicationStream } from '../random/random-stream.ts';
import { BufferedStream } from './buffered-stream.ts';
import type { EvaluationPlan } from './evaluation-plan.ts';
import { createPersonEvents, type PersonEvents } from './person-events.ts';
import type { PreparedModel } from './prepare-model.ts';
import type { ReplicationInputs } from './replication-inputs.ts';

/** Stream purpose key of inflow draws ("INF"). */
export const INFLOW_STREAM_KEY = 0x494e46;

export interface ReplicationState {
  cohort: Cohort;
  inputs: ReplicationInputs;
  /** Person draws: events, offers, exits, visitation on entry. */
  main: BufferedStream;
  /** Inflow counts and the new persons' attributes. */
  inflowStream: BufferedStream;
  /** Output of the last rule evaluation, `fired[row × firedCount + person]`. */
  fired: Uint8Array;
  firedCount: number;
  /** The reform events of the last evaluation by person (filled at the start of each step). */
  events: PersonEvents;
  /** The plan of the last evaluation (null before the first). */
  plan: EvaluationPlan | null;
  /** Persons in an offer now. */
  inOffer: number;
  /** Person-months whose exit probabilities were scaled down to MAX_EXIT_PROBABILITY. */
  capped: number;
  /** Month of year (0 = January) of month 0. */
  startMonthOfYear: number;
  /** Scratch: one person's exit probabilities, and the month's base probabilities by pair. */
  probabilities: Float64Array;
  baseThisMonth: Float64Array;
  /** Scratch: persons per state code. */
  stateCounts: Int32Array;
}

/** A fresh state for replication r, starting from a copy of the model's month-0 cohort. */
export function replicationState(
  model: PreparedModel,
  replication: number,
  inputs: ReplicationInputs,
): ReplicationState {
  // Room for the expected inflow (twice the central means, plus some), so that the columns rarely grow mid-run.
  const expectedInflow = inputs.inflow.reduce((sum, stream) => sum + 2 * stream.perMonth * model.months, 0);
  const cohort = copyCohort(model.cohort, createCohort(Math.ceil(model.cohort.count + expectedInflow + 64)));
  let inOffer = 0;
  for (let i = 0; i < cohort.count; i++) if (cohort.columns.offer[i] !== 0) inOffer++;
  return {
    cohort,
    inputs,
    main: new BufferedStream(replicationStream(model.scenario.seed, replication)),
    inflowStream: new BufferedStream(createStream(model.scenario.seed, INFLOW_STREAM_KEY, replication)),
    fired: new Uint8Array(0),
    firedCount: 0,
    plan: null,
    events: createPersonEvents(0),
    inOffer,
    capped: 0,
    startMonthOfYear: monthIndex(model.scenario.start) % 12,
    probabilities: new Float64Array(Math.max(1, inputs.transitions.maxDestinations)),
    baseThisMonth: new Float64Array(inputs.transitions.base.length),
    stateCounts: new Int32Array(STATES.length),
  };
}
