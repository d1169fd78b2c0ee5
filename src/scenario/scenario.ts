/**
 * The scenario format: everything a run needs besides the rules — the cohort at month 0, the transition model,
 * inflow, the macro path, activation, costs, the targets and the interim observations. These types are the source
 * of truth: scenarios/scenario.schema.json is generated from them (`npm run schema`).
 *
 * Every number a scenario gives is a Quantity: a value with its unit and where it comes from (a source or an
 * explicit assumption with its rationale), optionally with an uncertainty range that is drawn per replication.
 * Months are "YYYY-MM"; month 0 of a run is `start`. Probabilities are per person and month.
 */
import type { CohortSpec } from '../cohort/cohort-spec.ts';
import type { EducationLevel, LocalText, Offer, State, Visitation } from '../rules/facts.ts';
import type { Assumption, JsonValue, SourceReference } from '../rules/rule-file.ts';
import type { Month } from '../time/month.ts';

/** How an uncertain Quantity is drawn per replication. */
export interface QuantityUncertainty {
  /** Lowest plausible value, in the Quantity's unit. For `normal`: the 2.5 % quantile. */
  low: number;
  /** Highest plausible value, in the Quantity's unit. For `normal`: the 97.5 % quantile. */
  high: number;
  /**
   * `triangular` (default): low, mode = value, high. `uniform`: flat on [low, high]. `normal`: mean = value,
   * standard deviation (high − low) / 3.92, so that [low, high] is the central 95 % interval.
   * @default "triangular"
   */
  distribution?: 'uniform' | 'triangular' | 'normal';
}

/**
 * Every number of a scenario. With `uncertainty`, each replication draws its own value from a stream derived from
 * (seed, replication, the Quantity's path in the resolved scenario), so adding one uncertain Quantity does not
 * shift the draws of any other. Draws are clamped to the range the use allows (probabilities to [0, 1], factors,
 * counts and kroner to ≥ 0).
 */
export interface Quantity {
  /** The central value (the one used when nothing is drawn), in `unit`. */
  value: number;
  /**
   * Unit of `value`: "probability/month", "persons/month", "factor", "share" (0–1), "relative change" (−0.15 is
   * −15 %), "elasticity", "months", "years", "persons", "kr/month".
   */
  unit: string;
  /** Where the value comes from: a document and section, or `{"assumption": true, "rationale": {…}}`. */
  source: SourceReference | Assumption;
  /** Parameter uncertainty: absent means the value is certain. */
  uncertainty?: QuantityUncertainty;
}

/** A factor for persons whose integer fact lies in [min, max] (both inclusive; no max means no upper bound). */
export interface FactorBand {
  /** Smallest value of the band, inclusive (months for duration bands, years for age bands). @minimum 0 */
  min: number;
  /** Largest value of the band, inclusive; absent for an open-ended band. */
  max?: number;
  /** Multiplies the exit probabilities (unit "factor", 1 = no effect). */
  factor: Quantity;
}

/** Factors by bands of an integer fact. Persons outside every band get factor 1. Bands must not overlap. */
export interface BandFactors {
  /** Destinations whose exit probability the factors multiply; default every destination of the state. */
  to?: State[];
  bands: FactorBand[];
}

/** Factors by education level; levels not listed get factor 1. */
export interface EducationFactors {
  /** Destinations whose exit probability the factors multiply; default every destination of the state. */
  to?: State[];
  values: { [E in EducationLevel]?: Quantity };
}

/** Factors by visitation category; categories not listed get factor 1. */
export interface VisitationFactors {
  /** Destinations whose exit probability the factors multiply; default every destination of the state. */
  to?: State[];
  values: { [V in Visitation]?: Quantity };
}

/**
 * Monthly competing-risk exits from one state. For a person in the state, the probability of moving to `d` in a
 * month is exits[d] × duration × age × education × visitation factors × macro factor × offer effect × hazard
 * events; one uniform draw picks the destination or staying. When the probabilities sum to more than 1 they are
 * scaled down to sum to 1 (the run reports how often this happens).
 */
export interface StateTransitions {
  /** Base monthly exit probability to each destination (unit "probability/month"). Missing = 0. */
  exits: { [S in State]?: Quantity };
  /** Duration dependence: factors by months in the current ydelse (fact `monthsInYdelse`). Factors multiply. */
  duration?: BandFactors[];
  /** Age effects: factors by age in years. Factors multiply. */
  age?: BandFactors[];
  /** Education effects. Factors multiply. */
  education?: EducationFactors[];
  /** Visitation effects (kontanthjælp, uddannelseshjælp, integrationsydelse). Factors multiply. */
  visitation?: VisitationFactors[];
  /**
   * Elasticity of the exits in `macroDestinations` to the unemployment level: the factor is (U_t / U_0)^e, so
   * e = −1 raises job exits by 1/0.85 ≈ 1.18 when unemployment has fallen 15 %. Unit "elasticity".
   * Absent = 0 (no macro effect), as for states that do not depend on the labour market.
   */
  macroElasticity?: Quantity;
  /** Destinations the macro factor applies to. @default ["selvforsoergelse"] */
  macroDestinations?: State[];
}

/** The mix of attributes of persons entering from outside the cohort. Shares within each field sum to 1. */
export interface PersonMix {
  /** Age bands with their shares (unit "share"); the exact age is drawn uniformly within the band. */
  age: { min: number; max: number; share: Quantity }[];
  /** Shares by education level; default all "erhvervsfaglig". */
  education?: { [E in EducationLevel]?: Quantity };
  /** Share academic (AC). @default 0 */
  academic?: Quantity;
  /** Share insured (a-kasse member). @default 1 for a-dagpenge, else 0 */
  insured?: Quantity;
  /** Shares by visitation category (only kept in visitated states); default "ingen" (rules may visitate). */
  visitation?: { [V in Visitation]?: Quantity };
  /** Share in the integration programme. @default 0 */
  integrationProgram?: Quantity;
}

/**
 * New claimants from outside the cohort into one state: each month a Poisson count with mean
 * perMonth × (U_t / U_0)^macroElasticity, in the months [fromMonth, toMonth]. Refugees are a separate stream
 * (e.g. into integrationsydelse with integrationProgram 1). Re-entry of self-supporting former claimants is not
 * inflow: it is the `selvforsoergelse` entry of `transitions`.
 */
export interface InflowStream {
  /** Short id, e.g. "nye-kontanthjaelp", "flygtninge". Unique within the scenario. */
  id: string;
  /** The state new persons enter. */
  state: State;
  /** Mean number of new persons per month (unit "persons/month"). */
  perMonth: Quantity;
  /** First month of the stream; default the month after `start`. */
  fromMonth?: Month;
  /** Last month of the stream; default no end. */
  toMonth?: Month;
  /** Elasticity of the mean to the unemployment level (unit "elasticity"). Absent = 0. */
  macroElasticity?: Quantity;
  /** Who the new persons are. */
  mix: PersonMix;
}

/**
 * The macro path: gross unemployment relative to month 0, U_t / U_0 = (1 + change)^((t − 0) / months), linear in
 * log between `fromMonth` and `toMonth` and continued at the same monthly rate beyond. The change is drawn per
 * replication from its uncertainty, so bands carry the economy's uncertainty.
 */
export interface MacroModel {
  /** Expected relative change of gross unemployment from `fromMonth` to `toMonth` (unit "relative change"). */
  unemploymentChange: Quantity;
  /** Month the change is measured from; default the scenario's `start`. */
  fromMonth?: Month;
  /** Month the change is measured to; default the scenario's `end`. */
  toMonth?: Month;
}

/**
 * Activation: who gets which offer, with what effect. Offers start when a rule `require`s one, or with the
 * monthly start probability `starts`; either way only while fewer than `capacity` persons are in an offer
 * (persons are served in cohort order). A generic offer is employer-based with probability `employerBasedShare`
 * (the lever), then of a type by `employerBasedMix`, else by `otherMix`; private løntilskud only where a rule
 * `allow`ed it this month (its share then goes to the other employer-based types).
 */
export interface ActivationModel {
  /** Share of new generic offers that are employer-based (unit "share"). The "virksomhedsrettet" lever. */
  employerBasedShare: Quantity;
  /** Shares of employer-based offer types (sum 1); default virksomhedspraktik only. */
  employerBasedMix?: { [O in Offer]?: Quantity };
  /** Shares of the other offer types (sum 1); default vejledning-opkvalificering only. */
  otherMix?: { [O in Offer]?: Quantity };
  /** Factor on the exit probability to self-support while in an offer of the type (unit "factor"). Default 1. */
  effects?: { [O in Offer]?: Quantity };
  /** Months an offer of the type lasts before it ends (unit "months"). Default 3. */
  durations?: { [O in Offer]?: Quantity };
  /** Most persons in offers at once (unit "persons"). Absent = no limit. */
  capacity?: Quantity;
  /** Monthly probability that a person without an offer starts one, by state (unit "probability/month"). */
  starts?: { [S in State]?: Quantity };
}

/** The municipality's cost: benefit × (1 − refusion rate) per person-month. Absorbing states cost nothing. */
export interface CostModel {
  /** Gross benefit per person-month by state (unit "kr/month"). States not listed cost 0. */
  benefit: { [S in State]?: Quantity };
  /** Refusion rate by state when no `refusion` rule fires (unit "share"). Default 0. */
  refusion?: { [S in State]?: Quantity };
}

/**
 * Conventions of the monthly update of the facts (DESIGN §2.2) that are the model's, not a rule's.
 */
export interface ModelSettings {
  /** Age at which a person leaves for `pension` (absorbing) in their birth month (unit "years"). @default 65 */
  pensionAge?: Quantity;
  /** Months of self-support that end a support spell (`monthsOnSupport` restarts). @default 3 */
  spellBreakMonths?: Quantity;
  /** Months of self-support that re-earn a new dagpenge period (`dagpengeMonthsUsed` → 0). @default 12 */
  dagpengeReearnMonths?: Quantity;
  /**
   * Probability that a month on a-dagpenge or as jobparat on kontanthjælp counts as a month of unemployment in
   * the 12-month history (`monthsUnemployedLast12`, `weeksUnemployedLast52`) (unit "share"). Jobindsats counts
   * unemployment in weeks weighted by the degree of unemployment (hours of work on supplementary dagpenge, short
   * jobs and holidays within a month are not unemployment; activation is); a month of the model is whole. Each
   * such month counts with this probability, drawn from its own stream. @default 1
   */
  countedUnemploymentShare?: Quantity;
  /**
   * Persons whose unemployment is part-time for good (supplementary dagpenge beside reduced hours): their months
   * count with a lower probability than `countedUnemploymentShare`, so that most of them never reach the
   * long-term threshold however long they stay. Each person is part-time or not for the whole run; persons
   * entering are part-time with `share`, and month-0 persons by what their history says (a spell with uncounted
   * months points to part-time). Default: nobody is part-time.
   */
  partTimeUnemployment?: PartTimeUnemployment;
  /**
   * Visitation shares for persons entering a visitated state (kontanthjælp, uddannelseshjælp,
   * integrationsydelse) without one; default none (they stay "ingen" until a `visitation` rule fires).
   */
  visitationOnEntry?: { [S in State]?: { [V in Visitation]?: Quantity } };
}

/** Part-time unemployment (ModelSettings.partTimeUnemployment). */
export interface PartTimeUnemployment {
  /** Share of the persons whose unemployment is part-time (unit "share"). */
  share: Quantity;
  /**
   * Probability that a part-time person's month on a-dagpenge or as jobparat on kontanthjælp counts as a month
   * of unemployment in the 12-month history (unit "share").
   */
  countedShare: Quantity;
}

/** A figure taken from a source, e.g. a target's baseline. */
export interface SourcedValue {
  /** The month the figure describes. */
  month: Month;
  /** The figure in the indicator's unit (persons, or per cent for ratio indicators). */
  value: number;
  source: SourceReference | Assumption;
}

/**
 * A resultatniveau: an indicator, a direction, a level (absolute, or a relative change from the baseline) and a
 * month. Without a level the output proposes one (the level reachable with each ambition probability).
 */
export interface Target {
  /** The plan's number: "1", "2", "2a", … */
  id: string;
  /** Indicator id from the rule files ("unge-under-30"); null for a target that cannot be simulated. */
  indicator: string | null;
  title: LocalText;
  /** `atMost`: reached when the indicator at `month` is ≤ level; `atLeast`: when ≥ level. */
  direction: 'atMost' | 'atLeast';
  /** The baseline figure the plan starts from. */
  baseline: SourcedValue;
  /** The level to reach, in the indicator's unit. Takes precedence over `relativeChange`. */
  level?: number;
  /** The level as a relative change from the baseline (−0.20 = 20 % below). */
  relativeChange?: number;
  /** The month the level is to be reached. */
  month: Month;
  /** false for a target the model cannot simulate (e.g. samarbejdsgrad needs firm data). @default true */
  simulated?: boolean;
  /** Why the target is not simulated; required when `simulated` is false. */
  reason?: LocalText;
  /** Remarks shown with the target, e.g. an inconsistency in the source that is kept visible. */
  notes?: LocalText[];
}

/** An interim status from a source: the indicator's value, or its change since a reference month. */
export interface Observation {
  /** Indicator id. */
  indicator: string;
  /** The month observed. */
  month: Month;
  /** The observed value in the indicator's unit; give this or `relativeChange`. */
  value?: number;
  /** The change since `since` (−0.15 = −15 %). */
  relativeChange?: number;
  /** The reference month of `relativeChange`; default the target's baseline month. */
  since?: Month;
  source: SourceReference | Assumption;
  /** Remarks, e.g. "full-time persons rather than persons". */
  note?: LocalText;
}

/** Verdict bands on P(reach): ≥ safe "sikkert", ≥ realistic "ambitiøst og realistisk", ≥ veryAmbitious "meget
 * ambitiøst", below "urealistisk". */
export interface VerdictThresholds {
  /** @default 0.9 */
  safe: number;
  /** @default 0.5 */
  realistic: number;
  /** @default 0.2 */
  veryAmbitious: number;
}

/**
 * Sets one value of the resolved parent by JSON pointer (RFC 6901), e.g. "/macro/unemploymentChange/value", or
 * with `"remove": true` removes it (a field the parent gives that this scenario does without, e.g. its
 * `activation`). Give exactly one of `value` and `remove`.
 */
export interface ScenarioOverride {
  /** JSON pointer into the scenario; every step but the last must exist. "-" appends to an array. */
  path: string;
  /** The new value (replaces whatever is there). */
  value?: JsonValue;
  /** true: remove the field (or the array element) at `path`; nothing happens when it is not there. */
  remove?: true;
  /** Why, shown with the scenario. */
  note?: LocalText;
}

/** Identity of a scenario. */
export interface ScenarioHeader {
  $schema?: string;
  /** Unique id, kebab-case, equal to the file name without .json ("lyngby-taarbaek-2015"). */
  id: string;
  title: LocalText;
  description?: LocalText;
}

/** The model part of a scenario; a derived scenario may give any of it, which replaces the parent's field. */
export interface ScenarioBody {
  /** The municipality, e.g. "Lyngby-Taarbæk Kommune". */
  municipality: string;
  /** Month 0: the snapshot month the cohort describes. */
  start: Month;
  /** Last simulated month (the target horizon). */
  end: Month;
  /** Seed of every random stream of the run (a 32-bit unsigned integer). @minimum 0 @maximum 4294967295 */
  seed: number;
  /** Number of Monte Carlo replications. @default 1000 @minimum 1 */
  replications?: number;
  /** The cohort at month 0, as marginal tables (synthetic persons are generated from it with the seed). */
  cohort: CohortSpec;
  /** Monthly exits by state. States not listed have no exits (persons stay). */
  transitions: { [S in State]?: StateTransitions };
  /** New persons from outside the cohort. */
  inflow?: InflowStream[];
  macro: MacroModel;
  activation?: ActivationModel;
  /** Values of rule parameters by name (overriding the rule files' defaults); may be uncertain. */
  parameters?: { [name: string]: Quantity };
  costs?: CostModel;
  model?: ModelSettings;
  targets: Target[];
  observations?: Observation[];
  /** Probabilities for which the level reachable is reported. @default [0.5, 0.7, 0.9] */
  ambitions?: number[];
  verdicts?: VerdictThresholds;
}

/** A scenario that stands alone. */
export interface BaseScenario extends ScenarioHeader, ScenarioBody {}

/**
 * A scenario as a diff over another: `extends` names the parent by id; the fields given here replace the parent's
 * (whole top-level fields), then `overrides` set single values by path.
 */
export interface DerivedScenario extends ScenarioHeader, Partial<ScenarioBody> {
  /** Id of the parent scenario. */
  extends: string;
  /** Single values to change, applied in order after the top-level fields. */
  overrides?: ScenarioOverride[];
}

/** What a scenario file holds. */
export type Scenario = BaseScenario | DerivedScenario;

/** A scenario after `extends` and overrides are applied and defaults filled; what the simulator reads. */
export interface ResolvedScenario extends BaseScenario {
  replications: number;
  inflow: InflowStream[];
  parameters: { [name: string]: Quantity };
  observations: Observation[];
  ambitions: number[];
  verdicts: VerdictThresholds;
  /** Ids from the root scenario down to this one, e.g. ["lyngby-taarbaek-2015", "ltk-2015-lav-vaekst"]. */
  lineage: string[];
}

export const DEFAULT_REPLICATIONS = 1000;
export const DEFAULT_AMBITIONS: readonly number[] = [0.5, 0.7, 0.9];
export const DEFAULT_VERDICTS: Readonly<VerdictThresholds> = {
  safe: 0.9,
  realistic: 0.5,
  veryAmbitious: 0.2,
};
