/**
 * Small-cell discretion: a count derived from person-level data that is below a threshold could point at a
 * person, so it is never shown or exported as the number — the cell keeps its place with value null and status
 * "suppressed". Zero counts are below the threshold too (an empty cell says "nobody", which can also identify).
 */
import { type LongTable, SUPPRESSED_STATUS } from './long-table.ts';

/** Counts below this are suppressed unless a setting says otherwise (Danish statistics' usual "fewer than 3"). */
export const DEFAULT_SUPPRESSION_THRESHOLD = 3;

/**
 * A copy of the table with every value below `threshold` suppressed, and how many were. Threshold 0 suppresses
 * nothing. Throws a RangeError for a threshold that is not a whole number ≥ 0.
 *
 * @example suppressSmallCells(table).table.rows.find((row) => row.status === "suppressed")?.value // null
 */
export function suppressSmallCells(
  table: LongTable,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): { table: LongTable; suppressed: number } {
  if (!Number.isSafeInteger(threshold) || threshold < 0) {
    throw new RangeError(`The suppression threshold must be a whole number ≥ 0, not ${threshold}`);
  }
  let suppressed = 0;
  const rows = table.rows.map((row) => {
    if (row.value === null || row.value >= threshold) return row;
    suppressed++;
    return { ...row, value: null, status: SUPPRESSED_STATUS };
  });
  return { table: { ...table, rows }, suppressed };
}
