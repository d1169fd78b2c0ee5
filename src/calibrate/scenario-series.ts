/**
 * The observed series a scenario carries itself: each simulated target's baseline and the interim
 * observations. An observation given as a relative change is turned into a value with the figure of the same
 * indicator at its reference month (a baseline or another observation), so that every point is in the
 * indicator's unit; one that has no such figure is left out with a warning.
 */
import type { LocalText } from '../rules/facts.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import type { Month } from '../time/month.ts';
import type { ObservedPoint, ObservedSeries } from './calibration-types.ts';

/** The source name of series taken from the scenario. */
export const SCENARIO_SOURCE = 'scenario';

/** `scenarioSeries(resolved)` → one series per indicator with a baseline or an observation, in scenario order. */
export function scenarioSeries(scenario: ResolvedScenario): {
  series: ObservedSeries[];
  warnings: LocalText[];
} {
  const warnings: LocalText[] = [];
  const points = new Map<string, Map<Month, number>>();
  const add = (indicator: string, month: Month, value: number): void => {
    let byMonth = points.get(indicator);
    if (!byMonth) {
      byMonth = new Map();
      points.set(indicator, byMonth);
    }
    if (!byMonth.has(month)) byMonth.set(month, value);
  };
  const baselineMonth = new Map<string, Month>();
  for (const target of scenario.targets) {
    if (target.simulated === false || target.indicator === null) continue;
    add(target.indicator, target.baseline.month, target.baseline.value);
    if (!baselineMonth.has(target.indicator)) baselineMonth.set(target.indicator, target.baseline.month);
  }
  for (const observation of scenario.observations) {
    if (observation.value !== undefined) add(observation.indicator, observation.month, observation.value);
  }
  scenario.observations.forEach((observation, i) => {
    if (observation.value !== undefined || observation.relativeChange === undefined) return;
    const since = observation.since ?? baselineMonth.get(observation.indicator);
    const reference = since === undefined ? undefined : points.get(observation.indicator)?.get(since);
    if (reference === undefined) {
      warnings.push({
        da: `/observations/${i} (${observation.indicator}, ${observation.month}) er en relativ ændring uden en kendt værdi i referencemåneden; den er udeladt.`,
        en: `/observations/${i} (${observation.indicator}, ${observation.month}) is a relative change without a known value at its reference month; it is left out.`,
      });
      return;
    }
    add(observation.indicator, observation.month, reference * (1 + observation.relativeChange));
  });
  const series = [...points].map(([indicator, byMonth]): ObservedSeries => {
    const sorted: ObservedPoint[] = [...byMonth]
      .map(([month, value]) => ({ month, value }))
      .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
    return {
      id: `indicator:${indicator}`,
      target: { kind: 'indicator', id: indicator },
      points: sorted,
      source: SCENARIO_SOURCE,
    };
  });
  return { series, warnings };
}
