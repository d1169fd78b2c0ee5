/**
 * The simulated values of an observed series' target at one month, one per replication, read from a Monte
 * Carlo result's compact arrays: an indicator's values, or the number of persons in a state.
 */
import { STATES } from '../rules/facts.ts';
import type { MonteCarloResult } from '../sim/monte-carlo-result.ts';
import type { SeriesTarget } from './calibration-types.ts';

/** True when a run (a prepared model or its result) has the target (a state always; an indicator only when a rule of the run counts it). */
export function hasTarget(
  run: { readonly indicators: readonly { id: string }[] },
  target: SeriesTarget,
): boolean {
  return target.kind === 'state' || run.indicators.some((indicator) => indicator.id === target.id);
}

/** `seriesSamples(result, {kind: "state", id: "kontanthjaelp"}, 12)` → persons on kontanthjælp in month 12 per replication. */
export function seriesSamples(result: MonteCarloResult, target: SeriesTarget, t: number): Float64Array {
  const months = result.context.months.length;
  const count = result.raw.to - result.raw.from;
  if (!(Number.isInteger(t) && t >= 0 && t < months)) {
    throw new RangeError(`Month ${t} is outside the run (0–${months - 1}).`);
  }
  const samples = new Float64Array(count);
  if (target.kind === 'state') {
    const s = STATES.indexOf(target.id);
    for (let i = 0; i < count; i++)
      samples[i] = result.raw.states[(i * STATES.length + s) * months + t] ?? NaN;
    return samples;
  }
  const indicator = result.indicators.find((candidate) => candidate.id === target.id);
  if (!indicator) throw new Error(`No rule of the run counts indicator "${target.id}".`);
  for (let i = 0; i < count; i++) samples[i] = indicator.values[i * months + t] ?? NaN;
  return samples;
}
