/**
 * The fan of one target of the core's MonteCarloResult, as the report and the compare view draw it: the
 * indicator's fan (view-model/indicator-fan.ts: quantile bands, mean, target line, observed points with short
 * labels, since the table beside the chart gives months and notes).
 *
 * @example renderFanChart(svg, resultFanData(result, '1', 'da') ?? fallback, { title })
 */
import type { FanChartData } from '../../charts/fan-chart-data.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { MonteCarloResult } from '../../../src/sim/monte-carlo-result.ts';
import { indicatorFan } from '../../view-model/indicator-fan.ts';

/** The fan of target `targetId`, or undefined when it was not simulated. */
export function resultFanData(
  result: MonteCarloResult,
  targetId: string,
  locale: Locale,
): FanChartData | undefined {
  const target = result.targets.find((candidate) => candidate.id === targetId);
  if (!target?.simulated || target.indicator === null) return undefined;
  return indicatorFan(result, target.indicator, target, locale, 'short');
}
