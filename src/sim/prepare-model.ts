/**
 * Everything a run does once, before any replication: the month-0 cohort, the indicator layout, which rules are
 * in effect in which month, the index of the scenario's Quantities, and a cache of compiled kernels (one per
 * distinct set of rules in effect and parameter values).
 */
import type { Cohort } from '../cohort/cohort.ts';
import type { SyntheticCohortReport } from '../cohort/synthetic-cohort.ts';
import { compileRuleSet } from '../rules/compile-rule-set.ts';
import { parameterNameOf, STATES, type FactName } from '../rules/facts.ts';
import type { CompiledRuleSet } from '../rules/compiled-rule-set.ts';
import { resolveEvent } from '../rules/compile/resolve-event.ts';
import type { ParameterValues } from '../rules/reference-engine.ts';
import type { RuleSet } from '../rules/rule-file.ts';
import { indexQuantities, type QuantityIndex } from '../scenario/quantity.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { checkParameterNames, scenarioParameters } from '../scenario/scenario-parameters.ts';
import { monthsBetween, type Month } from '../time/month.ts';
import { evaluationPlan, type EvaluationPlan } from './evaluation-plan.ts';
import { indicatorLayout, type IndicatorDefinition } from './indicator-layout.ts';
import { eventStates, WITHOUT_OFFER } from './event-states.ts';
import { factsRead } from './facts-read.ts';
import { quietStates } from './quiet-states.ts';
import { RESTING_FACTS } from './resting.ts';
import { ruleSchedule, type RuleSchedule } from './rule-schedule.ts';
import { scenarioCohort } from './scenario-cohort.ts';

/** Plans kept in PreparedModel.plans before it is emptied (a plan is cheap to rebuild from a cached kernel). */
const MAX_CACHED_PLANS = 512;

export interface PrepareOptions {
  /** A month-0 cohort to use instead of the synthetic one from the scenario's cohort spec (tests, imports). */
  cohort?: Cohort;
  /** Passed to compileRuleSet: false forces the eval-free kernel (a page without 'unsafe-eval'). */
  codegen?: boolean;
  /**
   * Compiled kernels to reuse and add to: the `kernels` of an earlier model of the same rule set, start, end
   * and codegen (a lever change that keeps these recompiles nothing). Kept below MAX_SHARED_KERNELS entries.
   */
  kernels?: Map<string, CompiledRuleSet>;
}

/** Kernels kept in a shared map before it is emptied (each lever value of a condition parameter adds one). */
const MAX_SHARED_KERNELS = 64;

export interface PreparedModel {
  readonly scenario: ResolvedScenario;
  readonly ruleSet: RuleSet;
  /** Months simulated after month 0 (start → end); every series has months + 1 entries. */
  readonly months: number;
  /** "YYYY-MM" of month t = 0…months. */
  readonly monthLabels: readonly Month[];
  readonly indicators: readonly IndicatorDefinition[];
  /**
   * Per indicator, the count assumed for each month before month 0 of a window indicator (its target's
   * baseline / window, so that month 0 shows the baseline); NaN when no target gives one (month 0's own
   * count is used) and for stocks.
   */
  readonly windowSeeds: Float64Array;
  readonly schedule: RuleSchedule;
  readonly quantities: QuantityIndex;
  /** Hazard redirections of the rule set (state codes): a transition pair is kept for each. */
  readonly redirects: readonly { from: number; to: number }[];
  /** The month-0 cohort (never changed: each replication steps a copy). */
  readonly cohort: Cohort;
  /** How well the synthetic cohort meets the spec; null when a cohort was given. */
  readonly cohortReport: SyntheticCohortReport | null;
  /**
   * Per rule set of the schedule, the parameters its conditions read (directly or through shared conditions):
   * only these need a new kernel when their values change; parameters of event params do not.
   */
  readonly conditionParameters: readonly (readonly string[])[];
  /**
   * 1 for each state code in which no rule of the run can fire for a person without an offer or visitation
   * (quietStates with RESTING_FACTS): persons who can only be there from now on need no stepping (resting.ts).
   */
  readonly quiet: Uint8Array;
  /** Per state code, the kinds of reform event that may fire there (eventStates bits): for anyone, and for a
   * person without an offer. */
  readonly eventStates: Uint8Array;
  readonly eventStatesWithoutOffer: Uint8Array;
  /** The facts some rule of the run reads (factsRead); the step may leave the others behind (month-step.ts). */
  readonly factsRead: ReadonlySet<FactName>;
  /**
   * 1 where month t runs the rules and rule-parameter defaults of month t − 1, so that a replication can keep
   * last month's plan (its drawn parameter values are the same in every month).
   */
  readonly samePlanAsPrevious: Uint8Array;
  /** Compiled kernels by rule set and condition-parameter values (filled on first use). */
  readonly kernels: Map<string, CompiledRuleSet>;
  /** Plans by rule set and all parameter values (filled on first use). */
  readonly plans: Map<string, EvaluationPlan>;
  readonly codegen: boolean;
}

/**
 * `prepareModel(resolveScenario(file, lookup), ruleSet)` → the model monteCarlo and simulateReplication run.
 * Throws a located error for a target whose indicator no rule feeds or an unknown scenario parameter.
 */
export function prepareModel(
  scenario: ResolvedScenario,
  ruleSet: RuleSet,
  options: PrepareOptions = {},
): PreparedModel {
  const months = monthsBetween(scenario.start, scenario.end);
  if (months < 1) {
    throw new Error(
      `Scenario "${scenario.id}": /end (${scenario.end}) must be after /start (${scenario.start}).`,
    );
  }
  checkParameterNames(ruleSet, Object.keys(scenario.parameters));
  const indicators = indicatorLayout(ruleSet);
  scenario.targets.forEach((target, i) => {
    if (target.simulated === false || target.indicator === null) return;
    if (!indicators.some((d) => d.id === target.indicator)) {
      throw new Error(
        `Scenario "${scenario.id}" /targets/${i}/indicator: no rule counts indicator "${target.indicator}" ` +
          `(the rules count ${indicators.map((d) => d.id).join(', ') || 'none'}); ` +
          'fix the id, or mark the target "simulated": false with a reason.',
      );
    }
  });
  const windowSeeds = Float64Array.from(indicators, (definition) => {
    if (definition.window <= 1) return NaN;
    const target = scenario.targets.find((t) => t.indicator === definition.id);
    return target ? target.baseline.value / definition.window : NaN;
  });
  const redirects = ruleSet.rules.flatMap((rule) =>
    rule.event.type === 'hazard' && rule.event.params.redirectTo !== undefined
      ? [{ from: STATES.indexOf(rule.event.params.to), to: STATES.indexOf(rule.event.params.redirectTo) }]
      : [],
  );
  let cohort = options.cohort;
  let cohortReport: SyntheticCohortReport | null = null;
  if (!cohort) {
    const synthetic = scenarioCohort(scenario);
    cohort = synthetic.cohort;
    cohortReport = synthetic.report;
  }
  const schedule = ruleSchedule(ruleSet, scenario.start, months);
  const planKeys = schedule.monthLabels.map((month, t) => {
    const setIndex = schedule.setOfMonth[t] ?? 0;
    const set = schedule.ruleSets[setIndex];
    return `${setIndex}|${set ? Object.values(scenarioParameters(set, month)).join(',') : ''}`;
  });
  return {
    scenario,
    ruleSet,
    months,
    monthLabels: schedule.monthLabels,
    indicators,
    windowSeeds,
    schedule,
    quantities: indexQuantities(scenario),
    redirects,
    cohort,
    cohortReport,
    conditionParameters: schedule.ruleSets.map(conditionParameterNames),
    quiet: quietStates(ruleSet, RESTING_FACTS),
    eventStates: eventStates(ruleSet),
    eventStatesWithoutOffer: eventStates(ruleSet, WITHOUT_OFFER),
    factsRead: factsRead(ruleSet),
    samePlanAsPrevious: Uint8Array.from(planKeys, (key, t) => (t > 0 && key === planKeys[t - 1] ? 1 : 0)),
    kernels: sharedKernels(options.kernels),
    plans: new Map(),
    codegen: options.codegen ?? true,
  };
}

/** The plan of month t for a replication's drawn rule parameters (compiled once per distinct need, cached). */
export function planForMonth(model: PreparedModel, t: number, drawn: ParameterValues): EvaluationPlan {
  const setIndex = model.schedule.setOfMonth[t] ?? 0;
  const ruleSet = model.schedule.ruleSets[setIndex];
  const month = model.monthLabels[t];
  if (!ruleSet || month === undefined)
    throw new RangeError(`Month ${t} is outside the run (0–${model.months}).`);
  const parameters = scenarioParameters(ruleSet, month, drawn);
  const planKey = `${setIndex}|${Object.values(parameters).join(',')}`;
  let plan = model.plans.get(planKey);
  if (plan) return plan;
  const used = model.conditionParameters[setIndex] ?? [];
  const kernelKey = `${setIndex}|${used.map((name) => parameters[name]).join(',')}`;
  let kernel = model.kernels.get(kernelKey);
  if (!kernel) {
    kernel = compileRuleSet(ruleSet, { parameters, codegen: model.codegen });
    model.kernels.set(kernelKey, kernel);
  }
  const rules = new Map(ruleSet.rules.map((rule) => [rule.name, rule] as const));
  const events = kernel.ruleNames.map((name, row) => {
    const rule = rules.get(name);
    return rule ? resolveEvent(rule.event, parameters, name) : kernel.events[row];
  });
  plan = evaluationPlan(
    kernel,
    model.indicators,
    events.filter((event) => event !== undefined),
  );
  // Uncertain event parameters give each replication its own plans: keep the cache bounded.
  if (model.plans.size >= MAX_CACHED_PLANS) model.plans.clear();
  model.plans.set(planKey, plan);
  return plan;
}

function sharedKernels(kernels: Map<string, CompiledRuleSet> | undefined): Map<string, CompiledRuleSet> {
  if (!kernels) return new Map();
  if (kernels.size >= MAX_SHARED_KERNELS) kernels.clear();
  return kernels;
}

/** Names of the parameters that conditions of the rule set (or any shared condition) read. */
function conditionParameterNames(ruleSet: RuleSet): string[] {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'fact' && typeof value === 'string') {
          const name = parameterNameOf(value);
          if (name !== undefined) names.add(name);
        } else visit(value);
      }
    }
  };
  ruleSet.rules.forEach((rule) => visit(rule.conditions));
  visit(ruleSet.conditions);
  return [...names].sort();
}
