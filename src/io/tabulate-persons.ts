/**
 * Counts of persons from person-level data: one row per month and combination of fact values (by default per
 * ydelse), the table `maalbar import` prints for a person file and calibration reads. Only combinations that
 * occur are counted; pass the table through suppressSmallCells before anyone sees it.
 */
import type { FactName } from '../rules/facts.ts';
import type { Month } from '../time/month.ts';
import type { ImportedPerson } from './import-persons.ts';
import type { LongRow, LongTable } from './long-table.ts';

export interface TabulateOptions {
  /** Facts to count by, in this order. @default ["ydelse"] */
  by?: readonly FactName[];
  /** The month of persons without one (a file without a month column). */
  month?: Month;
}

/**
 * @example tabulatePersons(persons, { month: "2015-12" }).rows[0]
 *   // { keys: { ydelse: "a-dagpenge" }, period: { kind: "month", start: "2015-12" }, value: 12 }
 * Throws a RangeError when a person has no month and none is given (the caller checks first).
 */
export function tabulatePersons(
  persons: readonly ImportedPerson[],
  options: TabulateOptions = {},
): LongTable {
  const by = options.by ?? ['ydelse'];
  const counts = new Map<string, { month: Month; values: string[]; count: number }>();
  for (const person of persons) {
    const month = person.month ?? options.month;
    if (month === undefined)
      throw new RangeError('tabulatePersons: a person has no month and no month was given');
    const values = by.map((fact) => String(person.facts[fact]));
    const key = JSON.stringify([month, values]);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { month, values, count: 1 });
  }
  // By month, then by the values in text order, so the output does not depend on the file's row order.
  const entries = [...counts.values()].sort(
    (a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0) || compareLists(a.values, b.values),
  );
  const rows = entries.map(({ month, values, count }): LongRow => {
    const keys: LongRow['keys'] = {};
    by.forEach((fact, index) => (keys[fact] = values[index] ?? ''));
    return { keys, period: { kind: 'month', start: month }, value: count };
  });
  return { dimensions: [...by], rows };
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < a.length; index++) {
    const x = a[index] ?? '';
    const y = b[index] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
