/**
 * The labels the Data view's mapping editor shows: those of the dimension the mapping knows best (as mapTable
 * picks it), else — when it knows none — the dimension with the most distinct labels (up to a limit), so that a
 * user can map a table the defaults do not cover. And the one-label edit the editor makes.
 */
import { foldLabel } from '../../src/io/fold-label.ts';
import {
  formatTarget,
  type LabelMapping,
  lookupLabel,
  type MappingTarget,
} from '../../src/io/label-mapping.ts';
import { type LongTable, MEASURE_DIMENSION } from '../../src/io/long-table.ts';
import { MAALBAR_DIMENSION } from '../../src/io/map-table.ts';
import type { State } from '../../src/rules/facts.ts';

/** One label found in the table and what the mapping makes of it (undefined: unknown). */
export interface LabelRow {
  label: string;
  target: MappingTarget | undefined;
  /** "ydelse:a-dagpenge", "indicator:…", "ignore" or "" (unknown): the editor's select value. */
  value: string;
}

/** A dimension with more labels than this is not offered for mapping (it is not a list of ydelser). */
const MAX_LABELS = 200;

/** @example mappingLabels(table, DEFAULT_LABEL_MAPPING) // { dimension: "Ydelsesgrupper", labels: [...] } */
export function mappingLabels(
  table: LongTable,
  mapping: LabelMapping,
): { dimension?: string; labels: LabelRow[] } {
  const candidates = table.dimensions.filter((d) => d !== MAALBAR_DIMENSION);
  let best: { dimension: string; hits: number; labels: string[] } | undefined;
  let widest: { dimension: string; labels: string[] } | undefined;
  for (const dimension of candidates) {
    const labels = [...new Set(table.rows.map((row) => row.keys[dimension] ?? ''))];
    let hits = 0;
    for (const label of labels) {
      const target = lookupLabel(mapping, label);
      if (target && target.kind !== 'ignore') hits++;
    }
    if (hits > 0 && (!best || hits > best.hits)) best = { dimension, hits, labels };
    const fits = labels.length > 1 && labels.length <= MAX_LABELS && dimension !== MEASURE_DIMENSION;
    if (fits && (!widest || labels.length > widest.labels.length)) widest = { dimension, labels };
  }
  const chosen = best ?? widest;
  if (!chosen) return { labels: [] };
  return {
    dimension: chosen.dimension,
    labels: chosen.labels.map((label) => {
      const target = lookupLabel(mapping, label);
      return { label, target, value: selectValue(target) };
    }),
  };
}

/** The select value of a target: "ydelse:…", "indicator:…", "ignore" or "" for unknown. */
export function selectValue(target: MappingTarget | undefined): string {
  return target?.kind === 'ignore' ? 'ignore' : formatTarget(target);
}

/**
 * The mapping with `label` meaning `value` (a select value; "" forgets the label, also in its " mv."-less form).
 *
 * @example withLabel(DEFAULT_LABEL_MAPPING, "Efterløn", "ydelse:pension").ydelser["Efterløn"] // "pension"
 */
export function withLabel(mapping: LabelMapping, label: string, value: string): LabelMapping {
  const folded = foldLabel(label);
  const same = new Set([folded, folded.replace(/ mv\.?$/, '')]);
  const keep = <T>(entries: { readonly [label: string]: T }): { [label: string]: T } =>
    Object.fromEntries(Object.entries(entries).filter(([each]) => !same.has(foldLabel(each))));
  const next = {
    ydelser: keep(mapping.ydelser),
    indicators: keep(mapping.indicators),
    ignore: mapping.ignore.filter((each) => !same.has(foldLabel(each))),
  };
  const colon = value.indexOf(':');
  const kind = colon < 0 ? value : value.slice(0, colon);
  const id = value.slice(colon + 1);
  if (kind === 'ignore') next.ignore.push(label);
  else if (kind === 'ydelse') next.ydelser[label] = id as State;
  else if (kind === 'indicator') next.indicators[label] = id;
  return next;
}

/** The mapping as a file readLabelMapping reads back (complete, so it replaces the defaults). */
export function mappingFile(mapping: LabelMapping): string {
  const file = {
    ydelser: mapping.ydelser,
    indicators: mapping.indicators,
    ignore: mapping.ignore,
    replaceDefaults: true,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
