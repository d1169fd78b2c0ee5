/**
 * What `maalbar run` prints: the run output object (the JSON format documented in scenarios/README.md) built
 * from a Monte Carlo result, and its three renderings — a table for reading (Danish by default), JSON, and CSV
 * (Danish CSV uses ";" and decimal commas, as Danish spreadsheets expect). Nothing here depends on time, so the
 * same result always gives the same bytes.
 */
import type { LocalText } from '../rules/facts.ts';
import type { Lang } from '../messages.ts';
import type { MonteCarloResult, TargetResult } from '../sim/monte-carlo-result.ts';
import type { Month } from '../time/month.ts';

/** Quantiles the output reports, keyed as JSON writes them. */
export const OUTPUT_QUANTILES = ['0.05', '0.1', '0.25', '0.5', '0.75', '0.9', '0.95'] as const;

type Quantiles = { [p in (typeof OUTPUT_QUANTILES)[number]]?: number };

/** One target in the output. Numbers are null where the model has none (not simulated, no level). */
export interface TargetOutput {
  id: string;
  indicator: string | null;
  title: LocalText;
  direction: 'atMost' | 'atLeast';
  /** The level to reach; null when the plan gives none (see levelAt). */
  level: number | null;
  month: Month;
  baseline: { month: Month; value: number } | null;
  simulated: boolean;
  /** Why the target is not simulated (only when `simulated` is false). */
  reason?: LocalText;
  pReach: number | null;
  /** Monte Carlo standard error of pReach, sqrt(p(1 − p)/R). */
  pReachSE: number | null;
  /** The indicator's distribution at the target month. */
  quantiles: Quantiles | null;
  /** The level reachable with each ambition probability ("0.5", "0.7", "0.9"). */
  levelAt: { [p: string]: number } | null;
  verdict: ({ id: string } & LocalText) | null;
}

/** One indicator series: mean and quantiles per month. */
export interface IndicatorOutput {
  months: Month[];
  mean: number[];
  quantiles: { [p: string]: number[] };
}

/** The object `maalbar run --format json` prints. */
export interface RunOutput {
  scenario: string;
  seed: number;
  replications: number;
  targets: TargetOutput[];
  indicators: { [id: string]: IndicatorOutput };
}

/** Rounds to `digits` decimals (and −0 to 0) so the output is readable and stable. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

const VALUE_DIGITS = 3;

function targetOutput(target: TargetResult): TargetOutput {
  const simulated = target.simulated && target.distribution !== undefined;
  const quantiles: Quantiles = {};
  for (const p of OUTPUT_QUANTILES) {
    const value = target.distribution?.quantiles[p];
    if (value !== undefined) quantiles[p] = roundTo(value, VALUE_DIGITS);
  }
  const levelAt = target.levelAt
    ? Object.fromEntries(Object.entries(target.levelAt).map(([p, v]) => [p, roundTo(v, VALUE_DIGITS)]))
    : null;
  return {
    id: target.id,
    indicator: target.indicator,
    title: target.title,
    direction: target.direction,
    level: target.level ?? null,
    month: target.month,
    baseline: target.simulated || target.indicator !== null ? target.baseline : null,
    simulated,
    ...(simulated ? {} : { reason: target.reason ?? { da: 'Ikke simuleret.', en: 'Not simulated.' } }),
    pReach: target.pReach ?? null,
    pReachSE: target.pReachSE === undefined ? null : roundTo(target.pReachSE, 4),
    quantiles: simulated ? quantiles : null,
    levelAt: simulated ? levelAt : null,
    verdict: target.verdict ? { id: target.verdict.id, ...target.verdict.label } : null,
  };
}

/**
 * The run output of a result. `indicators` holds the indicators that some rule counts during the run (`active`)
 * or that a target or observation names, in the rule set's order.
 */
export function runOutput(result: MonteCarloResult, active: ReadonlySet<string>): RunOutput {
  const { context } = result;
  const named = new Set<string>([
    ...context.targets.flatMap((t) => (t.indicator === null ? [] : [t.indicator])),
    ...context.observations.map((o) => o.indicator),
  ]);
  const indicators: { [id: string]: IndicatorOutput } = {};
  for (const indicator of result.indicators) {
    if (!active.has(indicator.id) && !named.has(indicator.id)) continue;
    const quantiles: { [p: string]: number[] } = {};
    for (const p of OUTPUT_QUANTILES) {
      quantiles[p] = (indicator.quantiles[p] ?? []).map((v) => roundTo(v, VALUE_DIGITS));
    }
    indicators[indicator.id] = {
      months: [...context.months],
      mean: indicator.mean.map((v) => roundTo(v, VALUE_DIGITS)),
      quantiles,
    };
  }
  return {
    scenario: context.scenario,
    seed: context.seed,
    replications: context.replications,
    targets: result.targets.map(targetOutput),
    indicators,
  };
}

/** The output as JSON text (two-space indentation, a final newline). */
export function formatJson(output: RunOutput): string {
  return `${JSON.stringify(output, null, 2)}\n`;
}

// —— Words of the table and CSV ——

const WORDS = {
  target: { da: 'Mål', en: 'Target' },
  title: { da: 'Indikator', en: 'Indicator' },
  baseline: { da: 'Basis', en: 'Baseline' },
  level: { da: 'Niveau', en: 'Level' },
  month: { da: 'Måned', en: 'Month' },
  pReach: { da: 'P(nå)', en: 'P(reach)' },
  levelAt: { da: 'Niveau nået med 50/70/90 %', en: 'Level reached with 50/70/90 %' },
  verdict: { da: 'Vurdering', en: 'Verdict' },
  notSimulated: { da: 'ikke simuleret', en: 'not simulated' },
  proposed: { da: 'foreslås', en: 'proposed' },
  replications: { da: 'replikationer', en: 'replications' },
} as const satisfies { [key: string]: LocalText };

/** A number for reading: Danish or English separators, `minimumDigits` to `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 1, minimumDigits = 0): string {
  return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: minimumDigits,
  })
    .format(value)
    .replace('-', '−');
}

/** What the table needs besides the output: the scenario's title and which indicators are ratios (per cent). */
export interface TableOptions {
  title: LocalText;
  ratios: ReadonlySet<string>;
  /** Lines after the notes on unsimulated targets (baselineWarnings). */
  warnings?: readonly string[];
}

/**
 * One line per target whose baseline the model contradicts at the baseline month (the core's baselineMismatch
 * note): its P(reach) starts from another place than the plan's, so the user must know before reading it.
 */
export function baselineWarnings(result: MonteCarloResult, lang: Lang): string[] {
  return result.targets.flatMap((target) =>
    target.notes
      .filter((note) => note.kind === 'baselineMismatch')
      .map((note) => `${WORDS.target[lang]} ${target.id}: ${note.text[lang]}`),
  );
}

/** The ids of the ratio indicators (shown with "%") of a result. */
export function ratioIndicators(result: MonteCarloResult): Set<string> {
  return new Set(result.indicators.filter((i) => i.kind === 'ratio').map((i) => i.id));
}

function levelText(target: TargetOutput, lang: Lang, ratio: boolean): string {
  if (target.level === null) return target.simulated ? WORDS.proposed[lang] : '—';
  const sign = target.direction === 'atMost' ? '≤' : '≥';
  return `${sign} ${formatNumber(target.level, lang)}${ratio ? ' %' : ''}`;
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** The table `maalbar run` prints by default: one line per target, then the notes on unsimulated targets. */
export function formatTable(output: RunOutput, options: TableOptions, lang: Lang): string {
  const isRatio = (target: TargetOutput): boolean =>
    target.indicator !== null && options.ratios.has(target.indicator);
  const header = [
    WORDS.target[lang],
    WORDS.title[lang],
    WORDS.baseline[lang],
    WORDS.level[lang],
    WORDS.month[lang],
    WORDS.pReach[lang],
    WORDS.levelAt[lang],
    WORDS.verdict[lang],
  ];
  const rows = output.targets.map((target) => {
    const unit = isRatio(target) ? ' %' : '';
    const baseline = target.baseline
      ? `${formatNumber(target.baseline.value, lang)}${unit} (${target.baseline.month})`
      : '—';
    const p =
      target.pReach === null || target.pReachSE === null
        ? '—'
        : `${formatNumber(target.pReach, lang, 2, 2)} ± ${formatNumber(target.pReachSE, lang, 2, 2)}`;
    const levels = target.levelAt
      ? Object.values(target.levelAt)
          .map((v) => formatNumber(v, lang, isRatio(target) ? 1 : 0))
          .join(' / ')
      : '—';
    const verdict = target.simulated ? (target.verdict?.[lang] ?? '—') : WORDS.notSimulated[lang];
    return [
      target.id,
      cut(target.title[lang], 44),
      baseline,
      levelText(target, lang, isRatio(target)),
      target.month,
      p,
      levels,
      verdict,
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  const lines = [
    `${options.title[lang]} — ${formatNumber(output.replications, lang, 0)} ${WORDS.replications[lang]}, seed ${output.seed}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ];
  const reasons = output.targets.filter((t) => !t.simulated && t.reason);
  if (reasons.length > 0)
    lines.push('', ...reasons.map((t) => `${WORDS.target[lang]} ${t.id}: ${t.reason?.[lang]}`));
  if (options.warnings && options.warnings.length > 0) lines.push('', ...options.warnings);
  return `${lines.join('\n')}\n`;
}

/** A CSV field: quoted when it holds the separator, a quote or a line break. */
function csvField(value: string, separator: string): string {
  return value.includes(separator) || value.includes('"') || value.includes('\n') || value.includes('\r')
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/**
 * A text cell (an id, a title, a verdict) that a spreadsheet would run as a formula (=, +, -, @, tab or carriage
 * return first) gets a leading apostrophe, as OWASP advises against CSV injection. Numbers are never prefixed.
 */
function csvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A number in CSV: plain digits, decimal comma in Danish; empty for null. */
function csvNumber(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return lang === 'da' ? text.replace('.', ',') : text;
}

/** The targets as CSV: one row per target (";" and decimal commas in Danish, "," and points in English). */
export function formatTargetsCsv(output: RunOutput, lang: Lang): string {
  const separator = lang === 'da' ? ';' : ',';
  const header = [
    ...'id indicator title direction baseline_month baseline level month simulated p_reach p_reach_se'.split(
      ' ',
    ),
    ...OUTPUT_QUANTILES.map((p) => `q${p}`),
    ...'level_at_0.5 level_at_0.7 level_at_0.9 verdict'.split(' '),
  ];
  const rows = output.targets.map((t) => [
    csvText(t.id),
    csvText(t.indicator ?? ''),
    csvText(t.title[lang]),
    t.direction,
    t.baseline?.month ?? '',
    csvNumber(t.baseline?.value, lang),
    csvNumber(t.level, lang),
    t.month,
    String(t.simulated),
    csvNumber(t.pReach, lang),
    csvNumber(t.pReachSE, lang),
    ...OUTPUT_QUANTILES.map((p) => csvNumber(t.quantiles?.[p], lang)),
    ...['0.5', '0.7', '0.9'].map((p) => csvNumber(t.levelAt?.[p], lang)),
    csvText(t.simulated ? (t.verdict?.[lang] ?? '') : ''),
  ]);
  return `${[header, ...rows].map((row) => row.map((f) => csvField(f, separator)).join(separator)).join('\n')}\n`;
}

/** The indicator series as CSV in long form: one row per indicator and month. */
export function formatIndicatorsCsv(output: RunOutput, lang: Lang): string {
  const separator = lang === 'da' ? ';' : ',';
  const lines = [['indicator', 'month', 'mean', ...OUTPUT_QUANTILES.map((p) => `q${p}`)].join(separator)];
  for (const [id, series] of Object.entries(output.indicators)) {
    series.months.forEach((month, t) => {
      const cells = [
        csvText(id),
        month,
        csvNumber(series.mean[t], lang),
        ...OUTPUT_QUANTILES.map((p) => csvNumber(series.quantiles[p]?.[t], lang)),
      ];
      lines.push(cells.map((f) => csvField(f, separator)).join(separator));
    });
  }
  return `${lines.join('\n')}\n`;
}
