/**
 * One recorded month of a person's path: the facts the rules saw, the rules that fired (by the month's compiled
 * kernel, the same plan the replication evaluated) and the parameters in effect, so the trainer can explain any
 * rule of that month later. Used by stepPersona (a persona's own run) and countedPersons (a person of the
 * simulated cohort).
 */
import {
  decodeFactValue,
  FACT_NAMES,
  type FactName,
  type FactValue,
  type PersonFacts,
} from '../rules/facts.ts';
import type { FactColumns, ResolvedEvent } from '../rules/compiled-rule-set.ts';
import { resolveEvent } from '../rules/compile/resolve-event.ts';
import type { ParameterValues } from '../rules/reference-engine.ts';
import type { RuleFile } from '../rules/rule-file.ts';
import { scenarioParameters } from '../scenario/scenario-parameters.ts';
import { planForMonth, type PreparedModel } from '../sim/prepare-model.ts';
import type { Month } from '../time/month.ts';

/** Why the person's ydelse in a month differs from the month before. */
export type ChangeCause =
  /** A transition event of last month's rules moved them. */
  | 'rule'
  /** A random exit draw (or pension age) moved them. */
  | 'draw';

/** A rule that fired for the person in a month, with its event as the simulator applies it. */
export interface FiredRule {
  rule: string;
  /** The event with every `param:` reference replaced by its value in this month. */
  event: ResolvedEvent;
}

export interface PathMonth {
  /** 0 … months of the run. */
  t: number;
  month: Month;
  /** The facts the rules saw this month. */
  facts: PersonFacts;
  /** Rules that fired this month, in rule-set order (their events act at the next step). */
  fired: FiredRule[];
  /** Names of the rules in effect this month (by effective dates). */
  inEffect: string[];
  /** Every rule parameter's value this month (for explanations). */
  parameters: ParameterValues;
  /** How the ydelse changed since the month before; null when it did not (and in the first month). */
  change: ChangeCause | null;
  /** An offer started this month (required by a rule or drawn). */
  offerStarted: boolean;
}

/** Records months of one model run for single rows; `drawn` are the replication's drawn rule parameters. */
export class PathRecorder {
  private readonly rules: Map<string, RuleFile>;
  private readonly one: FactColumns;
  private readonly out: Uint8Array;

  constructor(
    private readonly model: PreparedModel,
    private readonly drawn: ParameterValues,
  ) {
    this.rules = new Map(model.ruleSet.rules.map((rule) => [rule.name, rule] as const));
    this.one = Object.fromEntries(
      FACT_NAMES.map((name) => [name, new Int32Array(1)] as const),
    ) as unknown as FactColumns;
    this.out = new Uint8Array(Math.max(1, model.ruleSet.rules.length));
  }

  /** Month t of row `row` of `columns` (a cohort's fact columns); `before` is the row's previous month. */
  record(t: number, columns: FactColumns, row: number, before: PathMonth | undefined): PathMonth {
    const model = this.model;
    const month = model.monthLabels[t];
    if (month === undefined) throw new RangeError(`Month ${t} is outside the run (0–${model.months}).`);
    const set = model.schedule.ruleSets[model.schedule.setOfMonth[t] ?? 0] ?? model.ruleSet;
    const parameters = scenarioParameters(set, month, this.drawn);
    const facts: Partial<Record<FactName, FactValue>> = {};
    for (const name of FACT_NAMES) {
      const code = columns[name][row] ?? 0;
      this.one[name][0] = code;
      facts[name] = decodeFactValue(name, code);
    }
    const kernel = planForMonth(model, t, this.drawn).kernel;
    kernel.evaluate(this.one, 1, this.out);
    const fired: FiredRule[] = [];
    kernel.ruleNames.forEach((name, index) => {
      const rule = this.rules.get(name);
      if (this.out[index] === 1 && rule) {
        fired.push({ rule: name, event: resolveEvent(rule.event, parameters, name) });
      }
    });
    const person = facts as PersonFacts;
    return {
      t,
      month,
      facts: person,
      fired,
      inEffect: [...kernel.ruleNames],
      parameters,
      change: before ? changeCause(before, person) : null,
      offerStarted: person.offer !== 'ingen' && person.monthsInOffer === 1,
    };
  }
}

/** A change of ydelse is the rule's doing when last month a transition event named the new state. */
function changeCause(before: PathMonth, facts: PersonFacts): ChangeCause | null {
  if (before.facts.ydelse === facts.ydelse) return null;
  const byRule = before.fired.some(
    ({ event }) =>
      event.type === 'transition' &&
      (event.params.to === facts.ydelse || event.params.otherwise === facts.ydelse),
  );
  return byRule ? 'rule' : 'draw';
}
