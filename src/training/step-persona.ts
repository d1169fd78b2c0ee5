/**
 * One person's path through the months, by the real model: a one-person cohort (persona-cohort.ts) runs through
 * prepareModel + simulateReplication, and at each month the person's facts and the rules that fired for them are
 * recorded. The whole path is computed once per seed; stepping back in the UI shows a recorded month.
 *
 * The run uses the scenario with three changes: it starts in the person's start month (so rules apply by their
 * effective dates), it has no inflow and no targets (only the person is followed), and — unless `randomExits` —
 * it has no exit rates and no random offer starts, so that only rule events move the person ("rules only"). The
 * probabilities in rule events (e.g. 40 % not extended at the sygedagpenge reassessment) are still drawn from the
 * replication's stream: the same seed gives the same path.
 */
import type { InternalValues } from '../cohort/append-person.ts';
import type { PersonFacts } from '../rules/facts.ts';
import type { RuleSet } from '../rules/rule-file.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { prepareModel } from '../sim/prepare-model.ts';
import { replicationInputs } from '../sim/replication-inputs.ts';
import { simulateReplication } from '../sim/simulate-replication.ts';
import { addMonths, type Month } from '../time/month.ts';
import { PathRecorder, type PathMonth } from './path-month.ts';
import { personaCohort } from './persona-cohort.ts';

/** Months a path covers after month 0 unless told otherwise. */
export const DEFAULT_PATH_MONTHS = 24;

/** Whom to step: facts at month 0 and the month they hold in. */
export interface PathStart {
  facts: Readonly<PersonFacts>;
  startMonth: Month;
  /** History columns that differ from those derived from the facts (see persona-cohort.ts). */
  internal?: InternalValues;
}

export interface StepOptions {
  /** Seed of the run; replication 0 of it is the path. @default the scenario's seed */
  seed?: number;
  /** Months after month 0. @default DEFAULT_PATH_MONTHS */
  months?: number;
  /** true: the scenario's exit rates and random offer starts apply too. @default false (rules only) */
  randomExits?: boolean;
  /**
   * true: the scenario's values of rule parameters apply (e.g. a calibrated monthly share); false: the rule files'
   * own values, as the rule library shows them. @default false
   */
  scenarioParameters?: boolean;
}

export interface PersonPath {
  seed: number;
  randomExits: boolean;
  /** Month 0 … months, as recorded. */
  months: PathMonth[];
}

/**
 * `stepPersona({facts: p.facts, startMonth: p.startMonth}, scenario, ruleSet)` → 25 months of the person.
 * Throws when the scenario names a parameter the rule set does not declare (as prepareModel).
 */
export function stepPersona(
  start: PathStart,
  scenario: ResolvedScenario,
  ruleSet: RuleSet,
  options: StepOptions = {},
): PersonPath {
  const months = options.months ?? DEFAULT_PATH_MONTHS;
  const randomExits = options.randomExits ?? false;
  const seed = options.seed ?? scenario.seed;
  const personScenario: ResolvedScenario = {
    ...scenario,
    seed,
    start: start.startMonth,
    end: addMonths(start.startMonth, months),
    inflow: [],
    targets: [],
    observations: [],
    parameters: options.scenarioParameters === true ? scenario.parameters : {},
    transitions: randomExits ? scenario.transitions : {},
    activation:
      randomExits || !scenario.activation ? scenario.activation : { ...scenario.activation, starts: {} },
  };
  const model = prepareModel(personScenario, ruleSet, { cohort: personaCohort(start.facts, start.internal) });
  const recorder = new PathRecorder(model, replicationInputs(model, 0).ruleParameters);
  const recorded: PathMonth[] = [];
  simulateReplication(model, 0, {
    onMonth: (t, cohort) => {
      recorded.push(recorder.record(t, cohort.columns, 0, recorded[t - 1]));
    },
  });
  return { seed, randomExits, months: recorded };
}
