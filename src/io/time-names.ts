/**
 * What sources call their time dimension or column: Statistikbanken "Tid"/"TID", Jobindsats "Periode"/"period",
 * JSON-stat producers "time", "year", "month"… Compared case-insensitively, with Danish letters folded.
 */
import { foldLabel } from './fold-label.ts';

const TIME_NAMES = new Set([
  'tid',
  'time',
  'period',
  'periode',
  'perioder',
  'aar',
  'year',
  'maaned',
  'month',
  'kvartal',
  'quarter',
  'dato',
  'date',
]);

/** True for a dimension or column name that means time: `isTimeName("TID")`, `isTimeName("Måned")`. */
export function isTimeName(name: string): boolean {
  return TIME_NAMES.has(foldLabel(name));
}
