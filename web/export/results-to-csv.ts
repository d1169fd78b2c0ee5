/**
 * The results as one CSV table with a header row: a row per target (its indicator's distribution at the
 * target month, P(reach) with its standard error, the verdict, the level reachable at each ambition), then a
 * row per indicator and month (mean and quantiles over the replications), then the municipality's net cost per
 * month when the scenario has a cost model. Empty cells where a column does not apply. Danish files use ";" and
 * a decimal comma, English "," and a point (see csv-dialect.ts). Values are the core's, unrounded.
 *
 * @example download(csvBlob(resultsToCsv(result, 'da')), 'lyngby-taarbaek-2015-resultater.csv')
 */
import type { Locale } from '../i18n/locales.ts';
import type { MonteCarloResult, SeriesSummary } from '../../src/sim/monte-carlo-result.ts';
import { SUMMARY_PROBABILITIES } from '../../src/targets/summarise.ts';
import { CSV_DIALECTS, csvText, type CsvValue } from './csv-dialect.ts';

const HEADERS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  da: {
    section: 'afsnit',
    id: 'id',
    indicator: 'indikator',
    title: 'titel',
    month: 'måned',
    direction: 'retning',
    baseline: 'udgangspunkt',
    level: 'niveau',
    pReach: 'sandsynlighed',
    pReachSE: 'standardfejl',
    verdict: 'vurdering',
    mean: 'gennemsnit',
    quantile: 'fraktil {p} %',
    levelAt: 'niveau ved {p} %',
    unit: 'enhed',
    notes: 'bemærkninger',
  },
  en: {
    section: 'section',
    id: 'id',
    indicator: 'indicator',
    title: 'title',
    month: 'month',
    direction: 'direction',
    baseline: 'baseline',
    level: 'level',
    pReach: 'probability',
    pReachSE: 'standard error',
    verdict: 'verdict',
    mean: 'mean',
    quantile: 'quantile {p} %',
    levelAt: 'level at {p} %',
    unit: 'unit',
    notes: 'notes',
  },
};

const WORDS = {
  da: {
    target: 'mål',
    indicator: 'indikator',
    cost: 'udgift',
    atMost: 'højst',
    atLeast: 'mindst',
    persons: 'personer',
    percent: 'procent',
    kroner: 'kr.',
    netCost: 'nettoudgift',
  },
  en: {
    target: 'target',
    indicator: 'indicator',
    cost: 'cost',
    atMost: 'at most',
    atLeast: 'at least',
    persons: 'persons',
    percent: 'per cent',
    kroner: 'DKK',
    netCost: 'net cost',
  },
} as const;

/** "2,5" / "2.5": a probability as the per cent in a header. */
const percentLabel = (p: number, locale: Locale): string =>
  String(Math.round(p * 1000) / 10).replace('.', CSV_DIALECTS[locale].decimal);

export function resultsToCsv(result: MonteCarloResult, locale: Locale): string {
  const header = HEADERS[locale];
  const words = WORDS[locale];
  const ambitions = result.context.ambitions;
  const quantileKeys = SUMMARY_PROBABILITIES.map(String);
  const rows: CsvValue[][] = [
    [
      header['section'],
      header['id'],
      header['indicator'],
      header['title'],
      header['month'],
      header['direction'],
      header['baseline'],
      header['level'],
      header['pReach'],
      header['pReachSE'],
      header['verdict'],
      header['mean'],
      ...SUMMARY_PROBABILITIES.map((p) => (header['quantile'] ?? '').replace('{p}', percentLabel(p, locale))),
      ...ambitions.map((p) => (header['levelAt'] ?? '').replace('{p}', percentLabel(p, locale))),
      header['unit'],
      header['notes'],
    ].map((cell) => cell ?? ''),
  ];
  const unitOf = (indicator: string | null): string =>
    result.indicators.find((i) => i.id === indicator)?.kind === 'ratio' ? words.percent : words.persons;
  const blank = (count: number): undefined[] => new Array<undefined>(count).fill(undefined);

  for (const target of result.targets) {
    const notes = [target.reason, ...target.notes.map((note) => note.text)]
      .filter((text) => text !== undefined)
      .map((text) => text[locale])
      .join(' ');
    rows.push([
      words.target,
      target.id,
      target.indicator ?? '',
      target.title[locale],
      target.month,
      words[target.direction],
      target.baseline.value,
      target.level,
      target.pReach,
      target.pReachSE,
      target.verdict?.label[locale] ?? '',
      target.distribution?.mean,
      ...quantileKeys.map((key) => target.distribution?.quantiles[key]),
      ...ambitions.map((p) => target.levelAt?.[String(p)]),
      unitOf(target.indicator),
      notes,
    ]);
  }
  const seriesRows = (section: string, id: string, unit: string, series: SeriesSummary): void => {
    result.context.months.forEach((month, t) => {
      rows.push([
        section,
        id,
        section === words.indicator ? id : '',
        '',
        month,
        ...blank(6),
        series.mean[t],
        ...quantileKeys.map((key) => series.quantiles[key]?.[t]),
        ...blank(ambitions.length),
        unit,
        '',
      ]);
    });
  };
  for (const indicator of result.indicators) {
    seriesRows(words.indicator, indicator.id, unitOf(indicator.id), indicator);
  }
  if (result.costs) seriesRows(words.cost, words.netCost, words.kroner, result.costs);
  return csvText(rows, CSV_DIALECTS[locale]);
}
