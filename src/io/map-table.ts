/**
 * Applying a label mapping to an imported table: the dimension whose labels the mapping knows best (the
 * ydelse or indicator dimension, e.g. "Ydelsesgrupper") is mapped, and each row gets a "maalbar" key with the
 * target ("ydelse:a-dagpenge", "indicator:langtidsledige", or "" for a total or an unknown label).
 */
import { formatTarget, type LabelMapping, lookupLabel } from './label-mapping.ts';
import type { LongTable } from './long-table.ts';

/** The dimension a mapped table gains. */
export const MAALBAR_DIMENSION = 'maalbar';

export interface MappedTable {
  table: LongTable;
  /** The dimension that was mapped; undefined when no dimension has a label the mapping knows. */
  dimension?: string;
  /** Labels of that dimension that the mapping does not know (neither mapped nor ignored), in table order. */
  unmapped: string[];
}

/**
 * @example mapTable(jobindsatsTable, DEFAULT_LABEL_MAPPING).table.rows[0]?.keys.maalbar // "ydelse:a-dagpenge"
 */
export function mapTable(table: LongTable, mapping: LabelMapping): MappedTable {
  let best: { dimension: string; hits: number } | undefined;
  for (const dimension of table.dimensions) {
    const labels = new Set(table.rows.map((row) => row.keys[dimension] ?? ''));
    let hits = 0;
    for (const label of labels) {
      const target = lookupLabel(mapping, label);
      if (target && target.kind !== 'ignore') hits++;
    }
    if (hits > 0 && (!best || hits > best.hits)) best = { dimension, hits };
  }
  if (!best) return { table, unmapped: [] };
  const { dimension } = best;
  const unmapped: string[] = [];
  const rows = table.rows.map((row) => {
    const label = row.keys[dimension] ?? '';
    const target = lookupLabel(mapping, label);
    if (!target && !unmapped.includes(label)) unmapped.push(label);
    return { ...row, keys: { ...row.keys, [MAALBAR_DIMENSION]: formatTarget(target) } };
  });
  const dimensions = table.dimensions.includes(MAALBAR_DIMENSION)
    ? table.dimensions
    : [...table.dimensions, MAALBAR_DIMENSION];
  return { table: { ...table, dimensions, rows }, dimension, unmapped };
}
