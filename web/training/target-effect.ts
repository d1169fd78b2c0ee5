/**
 * The effect of a rule edit on the targets: per target of the original run, P(reach) with the original rules,
 * with the edited rules, and the difference (edited − original, in probability units).
 */
import type { LocalText } from '../../src/rules/facts.ts';
import type { MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';

export interface TargetEffectRow {
  id: string;
  title: LocalText;
  /** P(reach) with the original rules; undefined when the target has no level or is not simulated. */
  before: number | undefined;
  /** P(reach) with the edit. */
  after: number | undefined;
  /** after − before, when both are known. */
  difference: number | undefined;
}

/** `targetEffect(baseline, edited)` → one row per target of `baseline`, in its order. */
export function targetEffect(before: MonteCarloResult, after: MonteCarloResult): TargetEffectRow[] {
  const edited = new Map(after.targets.map((target) => [target.id, target]));
  return before.targets.map((target) => {
    const other = edited.get(target.id);
    const a = target.pReach;
    const b = other?.pReach;
    return {
      id: target.id,
      title: target.title,
      before: a,
      after: b,
      difference: a !== undefined && b !== undefined ? b - a : undefined,
    };
  });
}
