/**
 * A compiled kernel with its output rows sorted by what the simulator does with them: indicator rows per
 * indicator and role, and the reform events (transition, offer, hazard, refusion, visitation) with their
 * parameters resolved to numbers and states to codes.
 */
import type { CompiledRuleSet, ResolvedEvent } from '../rules/compiled-rule-set.ts';
import { OFFERS, STATES, VISITATIONS } from '../rules/facts.ts';
import type { NumberOrParameter } from '../rules/rule-file.ts';
import type { IndicatorDefinition } from './indicator-layout.ts';

/** Offer codes of `require`/`allow` beyond the offer types: any employer-based offer, or any offer. */
export const OFFER_EMPLOYER_BASED = -1;
export const OFFER_ANY = -2;

export interface TransitionAction {
  row: number;
  to: number;
  probability: number;
  /** State code, or −1 to stay. */
  otherwise: number;
}
export interface HazardAction {
  row: number;
  to: number;
  factor: number;
  /** State code, or −1 when the removed probability is dropped. */
  redirectTo: number;
}
export interface OfferAction {
  row: number;
  action: 'require' | 'allow' | 'end';
  /** An OFFERS code, OFFER_EMPLOYER_BASED or OFFER_ANY. */
  offer: number;
}
export interface RefusionAction {
  row: number;
  rate: number;
}
export interface VisitationAction {
  row: number;
  /** Cumulative shares by VISITATIONS code (last entry 1). */
  cumulative: Float64Array;
}

export interface EvaluationPlan {
  readonly kernel: CompiledRuleSet;
  readonly rowCount: number;
  /** Per indicator of the layout, the kernel rows of each role (empty when no rule of it is in effect). */
  readonly indicatorRows: readonly { count: number[]; numerator: number[]; denominator: number[] }[];
  readonly transitions: readonly TransitionAction[];
  readonly hazards: readonly HazardAction[];
  readonly offers: readonly OfferAction[];
  readonly refusions: readonly RefusionAction[];
  readonly visitations: readonly VisitationAction[];
}

function numberOf(value: NumberOrParameter | undefined, fallback: number, where: string): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number') return value;
  throw new Error(`${where}: the kernel left the parameter ${value.fact} unresolved.`);
}

/**
 * The plan of a kernel. `events` (default the kernel's own) lets a kernel compiled for other values of the
 * parameters that only events use serve this replication's values without compiling again.
 */
export function evaluationPlan(
  kernel: CompiledRuleSet,
  layout: readonly IndicatorDefinition[],
  events: readonly ResolvedEvent[] = kernel.events,
): EvaluationPlan {
  const rowOf = new Map(kernel.ruleNames.map((name, row) => [name, row] as const));
  const rowsOf = (names: readonly string[]): number[] =>
    names.flatMap((name) => {
      const row = rowOf.get(name);
      return row === undefined ? [] : [row];
    });
  const indicatorRows = layout.map((definition) => ({
    count: rowsOf(definition.rules.count),
    numerator: rowsOf(definition.rules.numerator),
    denominator: rowsOf(definition.rules.denominator),
  }));
  const plan = {
    kernel,
    rowCount: kernel.ruleNames.length,
    indicatorRows,
    transitions: [] as TransitionAction[],
    hazards: [] as HazardAction[],
    offers: [] as OfferAction[],
    refusions: [] as RefusionAction[],
    visitations: [] as VisitationAction[],
  };
  events.forEach((event, row) => {
    const where = `Rule "${kernel.ruleNames[row] ?? row}"`;
    switch (event.type) {
      case 'indicator':
        return;
      case 'transition':
        plan.transitions.push({
          row,
          to: STATES.indexOf(event.params.to),
          probability: numberOf(event.params.probability, 1, where),
          otherwise: event.params.otherwise === undefined ? -1 : STATES.indexOf(event.params.otherwise),
        });
        return;
      case 'hazard':
        plan.hazards.push({
          row,
          to: STATES.indexOf(event.params.to),
          factor: numberOf(event.params.factor, 1, where),
          redirectTo: event.params.redirectTo === undefined ? -1 : STATES.indexOf(event.params.redirectTo),
        });
        return;
      case 'offer': {
        const offer = event.params.offer;
        plan.offers.push({
          row,
          action: event.params.action,
          offer:
            offer === 'virksomhedsrettet'
              ? OFFER_EMPLOYER_BASED
              : offer === 'any'
                ? OFFER_ANY
                : OFFERS.indexOf(offer),
        });
        return;
      }
      case 'refusion':
        plan.refusions.push({ row, rate: numberOf(event.params.rate, 0, where) });
        return;
      case 'visitation': {
        const shares = VISITATIONS.map((v) => numberOf(event.params.shares[v], 0, where));
        const total = shares.reduce((a, b) => a + b, 0);
        if (!(total > 0))
          throw new Error(`${where}: the visitation shares sum to ${total}; they must sum to 1.`);
        let sum = 0;
        const cumulative = Float64Array.from(shares, (share) => (sum += share / total));
        cumulative[cumulative.length - 1] = 1;
        plan.visitations.push({ row, cumulative });
        return;
      }
    }
  });
  return plan;
}
