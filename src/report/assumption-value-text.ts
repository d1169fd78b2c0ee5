/**
 * An assumption's value and range in words for the report's list: shares and changes as per cent, monthly
 * probabilities as per cent a month, kroner with "kr.", factors with "×". Units this file does not know are
 * written after the number as the scenario gives them.
 */
import type { Lang } from '../messages.ts';
import type { AssumptionEntry } from './assumption-list.ts';
import { reportFormat, type ReportFormat } from './report-format.ts';

type Writer = (value: number, format: ReportFormat) => string;

const perMonth = (lang: Lang) => (lang === 'da' ? 'pr. måned' : 'per month');

const WRITERS: { readonly [unit: string]: Writer } = {
  share: (v, f) => f.percent(v, 1),
  'relative change': (v, f) => f.percent(v, 1),
  'probability/month': (v, f) => `${f.percent(v, 2)} ${perMonth(f.lang)}`,
  'persons/month': (v, f) => `${f.number(v, 1)} ${perMonth(f.lang)}`,
  persons: (v, f) => f.value(v, 'persons'),
  'kr/month': (v, f) =>
    f.lang === 'da' ? `${f.number(v)} kr. ${perMonth('da')}` : `DKK ${f.number(v)} ${perMonth('en')}`,
  factor: (v, f) => `× ${f.number(v, 2)}`,
  elasticity: (v, f) => f.number(v, 2),
  months: (v, f) => `${f.number(v, 1)} ${f.lang === 'da' ? 'måneder' : 'months'}`,
  years: (v, f) => `${f.number(v, 1)} ${f.lang === 'da' ? 'år' : 'years'}`,
  weeks: (v, f) => `${f.number(v, 1)} ${f.lang === 'da' ? 'uger' : 'weeks'}`,
  indicator: (v, f) => f.number(v, 1),
  value: (v, f) => f.number(v, 1),
};

/**
 * @example assumptionValueText({ value: 0.71, unit: 'share', uncertainty: { low: 0.6, high: 0.8 }, … }, 'da')
 *   → { value: "71 %", range: "60 % – 80 %" }
 */
export function assumptionValueText(
  entry: Pick<AssumptionEntry, 'value' | 'unit' | 'uncertainty'>,
  lang: Lang,
): { value: string; range: string | undefined } {
  const format = reportFormat(lang);
  const write: Writer = WRITERS[entry.unit] ?? ((v, f) => `${f.number(v, 4)} ${entry.unit}`);
  const range = entry.uncertainty
    ? `${write(entry.uncertainty.low, format)} – ${write(entry.uncertainty.high, format)}`
    : undefined;
  return { value: write(entry.value, format), range };
}
