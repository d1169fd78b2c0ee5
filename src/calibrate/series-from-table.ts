/**
 * Observed series from an imported, mapped long table (importData's `table`, whose rows carry a "maalbar" key
 * such as "ydelse:kontanthjaelp" or "indicator:langtidsledige"). One series per mapped target and combination
 * of the other dimensions' values; only monthly periods with a number are used (a quarter or year figure is an
 * average or a sum the monthly model cannot compare without knowing which), the rest is counted in a warning.
 * Shares ("Andel af befolkningen (pct.)") are not fitted to a ydelse, which the model simulates as a count.
 */
import { MAALBAR_DIMENSION } from '../io/map-table.ts';
import type { LongTable } from '../io/long-table.ts';
import { STATES, type LocalText, type State } from '../rules/facts.ts';
import type { ObservedSeries, SeriesTarget } from './calibration-types.ts';

/** A measure that is a share, not a count ("Andel af befolkningen (pct.)", "Procent", "%"). */
const SHARE_MEASURE = /\bpct\b|procent|percent|\bandel\b|%/i;

function parseTarget(key: string): SeriesTarget | undefined {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const id = key.slice(colon + 1);
  if (kind === 'indicator' && id !== '') return { kind: 'indicator', id };
  if (kind === 'ydelse' && (STATES as readonly string[]).includes(id))
    return { kind: 'state', id: id as State };
  return undefined;
}

/**
 * `seriesFromTable(result.table, "jobindsats.json")` → the table's monthly series, ids like
 * "ydelse:kontanthjaelp" (or "ydelse:kontanthjaelp [Område=Lyngby-Taarbæk]" when other dimensions vary).
 */
export function seriesFromTable(
  table: LongTable,
  source: string,
): { series: ObservedSeries[]; warnings: LocalText[] } {
  const warnings: LocalText[] = [];
  const others = table.dimensions.filter((d) => d !== MAALBAR_DIMENSION);
  // The dimension that was mapped carries the label; it is the same for every row of a target, so only the
  // dimensions whose values vary within a target name separate series.
  const groups = new Map<string, { target: SeriesTarget; keys: string[]; points: Map<string, number> }>();
  let notMonthly = 0;
  let missing = 0;
  const shares = new Set<string>();
  for (const row of table.rows) {
    const target = parseTarget(row.keys[MAALBAR_DIMENSION] ?? '');
    if (!target) continue;
    // A ydelse is simulated as a count of persons: a share of the population cannot be fitted to it.
    const share =
      target.kind === 'state'
        ? others.map((d) => row.keys[d] ?? '').find((v) => SHARE_MEASURE.test(v))
        : undefined;
    if (share !== undefined) {
      shares.add(share);
      continue;
    }
    if (row.period.kind !== 'month') {
      notMonthly++;
      continue;
    }
    if (row.value === null || !Number.isFinite(row.value)) {
      missing++;
      continue;
    }
    const keys = others.map((d) => `${d}=${row.keys[d] ?? ''}`);
    const groupKey = `${target.kind}:${target.id}|${keys.join('|')}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = { target, keys, points: new Map() };
      groups.set(groupKey, group);
    }
    group.points.set(row.period.start, (group.points.get(row.period.start) ?? 0) + row.value);
  }
  const list = [...groups.values()];
  const varying = others.filter((_, i) => {
    const seen = new Map<string, string>();
    return list.some((group) => {
      const name = `${group.target.kind}:${group.target.id}`;
      const value = group.keys[i] ?? '';
      const before = seen.get(name);
      seen.set(name, value);
      return before !== undefined && before !== value;
    });
  });
  const series = list.map((group): ObservedSeries => {
    const label = varying.map((d) => group.keys[others.indexOf(d)] ?? '').join(', ');
    const name = `${group.target.kind === 'state' ? 'ydelse' : 'indicator'}:${group.target.id}`;
    return {
      id: label === '' ? name : `${name} [${label}]`,
      target: group.target,
      points: [...group.points]
        .map(([month, value]) => ({ month, value }))
        .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0)),
      source,
    };
  });
  if (notMonthly > 0) {
    warnings.push({
      da: `${source}: ${notMonthly} tal for kvartaler eller år er ikke brugt (kalibreringen sammenligner måneder).`,
      en: `${source}: ${notMonthly} figures for quarters or years are not used (calibration compares months).`,
    });
  }
  if (missing > 0) {
    warnings.push({
      da: `${source}: ${missing} celler uden tal (manglende eller diskretioneret) er ikke brugt.`,
      en: `${source}: ${missing} cells without a number (missing or suppressed) are not used.`,
    });
  }
  if (shares.size > 0) {
    const names = [...shares].map((name) => `"${name}"`).join(', ');
    warnings.push({
      da: `${source}: ${names} er andele, ikke antal personer; de er ikke brugt til ydelserne (modellen tæller personer).`,
      en: `${source}: ${names} are shares, not counts of persons; they are not used for the ydelser (the model counts persons).`,
    });
  }
  if (varying.length > 0) {
    warnings.push({
      da: `${source}: flere serier for samme ydelse/indikator (${varying.join(', ')} varierer); alle tilpasses — vælg én, hvis de måler det samme på forskellig vis.`,
      en: `${source}: several series for the same ydelse/indicator (${varying.join(', ')} vary); all are fitted — keep one if they measure the same thing differently.`,
    });
  }
  return { series, warnings };
}
