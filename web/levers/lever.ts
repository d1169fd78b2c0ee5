/**
 * A scenario lever: one number the user may change (the macro path, the employer-based share, an offer's effect,
 * an inflow, a reform parameter, replications, seed) and where the change goes — an override of the scenario at
 * a JSON pointer, as resolveScenario applies it, or the run's seed or replications. Each lever knows where its
 * default comes from (a source, or an assumption with its rationale), so the panel can show it.
 */
import type { Assumption, JsonValue, SourceReference } from '../../src/rules/rule-file.ts';
import { pointerSegments } from '../../src/scenario/resolve-scenario.ts';
import type { Quantity, ResolvedScenario } from '../../src/scenario/scenario.ts';
import type { LocalizedText } from '../view-model/target-row.ts';

/** The panel's groups, in the order shown. */
export const LEVER_GROUPS = [
  'macro',
  'activation',
  'effects',
  'inflow',
  'refugees',
  'reforms',
  'run',
] as const;
export type LeverGroup = (typeof LEVER_GROUPS)[number];

/**
 * How a lever's number reads: `change` a relative change (−0.15 → "−15 %"), `share` 0–1 as per cent, `factor`
 * ("× 1,2"), `perMonth` persons a month, `weeks`/`months`/`years`, `count` (replications), `seed` (no grouping).
 */
export type LeverFormat =
  'change' | 'share' | 'factor' | 'perMonth' | 'weeks' | 'months' | 'years' | 'count' | 'seed';

/** Where a lever's value goes. */
export type LeverTarget = { kind: 'override'; path: string } | { kind: 'seed' } | { kind: 'replications' };

export interface LeverSpec {
  /** Stable id, also used in the DOM, e.g. "macro-change", "reform-sygedagpengeReassessmentWeeks". */
  id: string;
  group: LeverGroup;
  label: LocalizedText;
  format: LeverFormat;
  /** A slider (range) or a number field. */
  control: 'range' | 'number';
  min: number;
  max: number;
  step: number;
  target: LeverTarget;
  /** The lever's value in a resolved scenario. */
  read(scenario: ResolvedScenario): number;
  /** The override value that sets the lever to `value` in `current` (override levers only). */
  write?(value: number, current: ResolvedScenario, userSource: Assumption): JsonValue;
  /** Where the default value comes from. */
  source: SourceReference | Assumption;
}

/** The value at a JSON pointer of a resolved scenario, or undefined when the path does not exist. */
export function valueAtPointer(scenario: ResolvedScenario, pointer: string): unknown {
  let node: unknown = scenario;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Array.isArray(node)
      ? node[Number(segment)]
      : Object.prototype.hasOwnProperty.call(node, segment)
        ? (node as Record<string, unknown>)[segment]
        : undefined;
  }
  return node;
}

/** The Quantity at a pointer; throws when the scenario has none there (the catalog only lists existing ones). */
export function quantityAt(scenario: ResolvedScenario, pointer: string): Quantity {
  const value = valueAtPointer(scenario, pointer);
  if (value === null || typeof value !== 'object' || typeof (value as Quantity).value !== 'number') {
    throw new Error(`The scenario has no quantity at ${pointer}.`);
  }
  return value as Quantity;
}

/** Rounds away binary noise (0.1 + 0.2) to the 9th decimal, so links and comparisons stay exact. */
export const clean = (value: number): number => Math.round(value * 1e9) / 1e9;

/** A Quantity as the JSON value of an override. */
export function quantityJson(quantity: Quantity): JsonValue {
  return JSON.parse(JSON.stringify(quantity)) as JsonValue;
}

/**
 * The Quantity with a new central value: an uncertainty range moves along with it (same distances below and
 * above) and is clamped to [lowest, highest], so the range always contains the value as drawQuantity requires.
 */
export function movedQuantity(
  quantity: Quantity,
  value: number,
  userSource: Assumption,
  lowest = Number.NEGATIVE_INFINITY,
  highest = Number.POSITIVE_INFINITY,
): Quantity {
  const moved: Quantity = { ...quantity, value: clean(value), source: userSource };
  const range = quantity.uncertainty;
  if (range) {
    moved.uncertainty = {
      ...range,
      low: clean(Math.max(lowest, Math.min(value, value - (quantity.value - range.low)))),
      high: clean(Math.min(highest, Math.max(value, value + (range.high - quantity.value)))),
    };
  }
  return moved;
}

/** The Quantity with its uncertainty set to value ± halfWidth (clamped), or removed for a half-width of 0. */
export function widenedQuantity(
  quantity: Quantity,
  halfWidth: number,
  userSource: Assumption,
  lowest = Number.NEGATIVE_INFINITY,
  highest = Number.POSITIVE_INFINITY,
): Quantity {
  const { uncertainty, ...rest } = quantity;
  if (!(halfWidth > 0)) return { ...rest, source: userSource };
  return {
    ...rest,
    source: userSource,
    uncertainty: {
      ...uncertainty,
      low: clean(Math.max(lowest, quantity.value - halfWidth)),
      high: clean(Math.min(highest, quantity.value + halfWidth)),
    },
  };
}

/** JSON with object keys sorted, so that equal values give equal text whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (key, inner: unknown) => {
    if (key === 'source') return undefined;
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const entries = Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries);
  });
}

/** Two override values equal but for their `source` (a user's value equal to the default is no change). */
export function sameButSource(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}
