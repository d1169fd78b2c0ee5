/**
 * The rule file format: one json-rules-engine rule per file (`name`, `conditions`, `event`, optional
 * `priority` load into json-rules-engine unchanged) plus `meta` (what, why, from where, when, parameters) and
 * `cases` (named test cases). These types are the source of truth: rules/rule.schema.json is generated from them
 * (`npm run schema`) and a test fails when the committed schema drifts.
 */
import type { LocalText, Offer, State, Visitation, FactValue } from './facts.ts';
import type { Month } from '../time/month.ts';

/** Any JSON value, as a condition's `value` may hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A reference to another fact, compared fact-to-fact: `{"fact": "monthsInYdelse"}`, or to a parameter:
 * `{"fact": "param:sygedagpengeReassessmentWeeks"}`.
 */
export interface FactReference {
  fact: string;
}

/** A leaf condition, exactly as json-rules-engine reads it. */
export interface LeafCondition {
  fact: string;
  operator: string;
  value: JsonValue | FactReference;
  /** JSONPath into the fact value. Not supported by the compiled kernel (facts are scalars). */
  path?: string;
  params?: { [key: string]: JsonValue };
  priority?: number;
  name?: string;
}

export interface AllCondition {
  all: NestedCondition[];
  name?: string;
  priority?: number;
}
export interface AnyCondition {
  any: NestedCondition[];
  name?: string;
  priority?: number;
}
export interface NotCondition {
  not: NestedCondition;
  name?: string;
  priority?: number;
}
/** A reference to a shared condition in rules/conditions/ (json-rules-engine's `engine.setCondition`). */
export interface ConditionReference {
  condition: string;
  name?: string;
  priority?: number;
}
export type TopLevelCondition = AllCondition | AnyCondition | NotCondition | ConditionReference;
export type NestedCondition = LeafCondition | TopLevelCondition;

/** A number, or `{"fact": "param:<name>"}` naming a rule or scenario parameter. */
export type NumberOrParameter = number | FactReference;

/** Count this person-month under an indicator. */
export interface IndicatorEvent {
  type: 'indicator';
  params: {
    /** Indicator id, e.g. "unge-under-30". Several rules may feed one indicator (numerator and denominator). */
    indicator: string;
    /** `count` (default) counts persons; a ratio indicator is 100 × numerator / denominator, in per cent. */
    role?: 'count' | 'numerator' | 'denominator';
    /** Months summed for a flow indicator, e.g. 12 for "awards in the last 12 months". Default 1 (a stock). */
    window?: number;
  };
}

/** Move the person to another state with a probability (default 1); the rest stay, or go to `otherwise`. */
export interface TransitionEvent {
  type: 'transition';
  params: {
    to: State;
    probability?: NumberOrParameter;
    otherwise?: State;
  };
}

/**
 * Activation offers: `require` an offer (a deadline has passed: the simulator assigns one within capacity),
 * `allow` an offer type (eligibility, e.g. private løntilskud after 6 months), or `end` the current offer.
 * `virksomhedsrettet` means any employer-based offer, `any` any offer (the simulator picks by the scenario's
 * share of employer-based activation).
 */
export interface OfferEvent {
  type: 'offer';
  params: {
    action: 'require' | 'allow' | 'end';
    offer: Offer | 'virksomhedsrettet' | 'any';
  };
}

/** Scale the monthly exit rate to a destination by `factor`; with `redirectTo`, the removed mass goes there. */
export interface HazardEvent {
  type: 'hazard';
  params: {
    to: State;
    factor: NumberOrParameter;
    redirectTo?: State;
  };
}

/** The state's refund rate (0–1) of this person-month's benefit, for the municipality's net cost. */
export interface RefusionEvent {
  type: 'refusion';
  params: {
    rate: NumberOrParameter;
  };
}

/** Assign a visitation category to a person who has none, by shares that sum to 1. */
export interface VisitationEvent {
  type: 'visitation';
  params: {
    shares: { [K in Visitation]?: NumberOrParameter };
  };
}

export type RuleEvent =
  IndicatorEvent | TransitionEvent | OfferEvent | HazardEvent | RefusionEvent | VisitationEvent;
export type RuleEventType = RuleEvent['type'];

/** Where a rule, a parameter or an assumption comes from. */
export interface SourceReference {
  /** A seed document ("seed 001, afsnit 5"), a law ("LBK nr. 990 af 12/09/2014 § 21"), or a statistic. */
  document: string;
  /** Section, page or table within the document. */
  section?: string;
  /** Public address of the source. */
  url?: string;
}

/** A value that no source gives: say so, and why this value. */
export interface Assumption {
  assumption: true;
  rationale: LocalText;
}

/** A value that changed on a date (as OpenFisca's dated parameters). */
export interface DatedValue {
  from: Month;
  value: number;
}

/** A named parameter a scenario may override, e.g. `sygedagpengeReassessmentWeeks` = 22 weeks. */
export interface RuleParameter {
  label: LocalText;
  /** The default value. */
  value: number;
  /** Unit: "years", "months", "weeks", "share" (0–1), "per cent", "factor", "kr". */
  unit: string;
  source: SourceReference | Assumption;
  /** Values that applied from other dates; `value` applies when none is dated. */
  history?: DatedValue[];
}

export interface RuleMeta {
  title: LocalText;
  description: LocalText;
  /** Which 2015 target the indicator measures ("1", "2a", "9"…), when it measures one. */
  target?: string;
  sources: SourceReference[];
  /** First month the rule applies ("2014-01"). */
  effectiveFrom: Month;
  /** Last month the rule applies; absent while in force. */
  effectiveTo?: Month;
  /** Parameters the rule's conditions and event refer to as `{"fact": "param:<name>"}`. */
  parameters?: { [name: string]: RuleParameter };
}

/** A named test case: a sentence, the facts (the rest from DEFAULT_PERSON), and what must happen. */
export interface RuleCase {
  /** A sentence that says what is tested: "En 29-årig uden uddannelse på kontanthjælp får uddannelseshjælp". */
  name: string;
  /** The month of the case (for effective dates); default the rule's effectiveFrom. */
  month?: Month;
  facts: { [fact: string]: FactValue };
  /** Parameter values that differ from the defaults in this case. */
  parameters?: { [name: string]: number };
  expect: {
    fires: boolean;
    /** The event params after parameters are resolved (checked only when the rule fires). */
    params?: { [key: string]: JsonValue };
  };
}

export interface RuleFile {
  $schema?: string;
  /** Unique rule name, kebab-case, equal to the file name without .json. */
  name: string;
  conditions: TopLevelCondition;
  event: RuleEvent;
  /** json-rules-engine priority: higher runs first. Does not change which rules fire. */
  priority?: number;
  meta: RuleMeta;
  /** At least 3 cases, covering both sides of every threshold. */
  cases: RuleCase[];
}

/** A shared, named condition (rules/conditions/<name>.json), referenced as `{"condition": "<name>"}`. */
export interface ConditionFile {
  $schema?: string;
  name: string;
  conditions: TopLevelCondition;
  meta: {
    title: LocalText;
    description: LocalText;
  };
}

/** A loaded rule set: the rules, the shared conditions, and the parameters with their defaults. */
export interface RuleSet {
  rules: RuleFile[];
  conditions: { [name: string]: TopLevelCondition };
  parameters: { [name: string]: RuleParameter };
}
