/**
 * Several tables from one file (the datasets of a JSON-stat bundle, the tables of a Jobindsats response) → one
 * long table, with a dimension first that names the part each row came from.
 */
import type { LongTable } from './long-table.ts';

export interface NamedTable {
  /** The part's name: its title, else its name or number in the file. */
  name: string;
  table: LongTable;
}

/**
 * One table: a single part is returned as it is; several get `partDimension` first and the union of their
 * dimensions after it (a dimension a part lacks is "" in its rows).
 */
export function mergeTables(parts: readonly NamedTable[], partDimension: string): LongTable {
  const only = parts[0];
  if (parts.length === 1 && only) return only.table;
  const dimensions = [partDimension];
  for (const { table } of parts) {
    for (const dimension of table.dimensions) if (!dimensions.includes(dimension)) dimensions.push(dimension);
  }
  const rows = parts.flatMap(({ name, table }) =>
    table.rows.map((row) => {
      // No prototype: a dimension named "__proto__" or "constructor" stays an ordinary key (fuzz-found).
      const keys: { [dimension: string]: string } = Object.create(null) as { [dimension: string]: string };
      for (const dimension of dimensions) {
        keys[dimension] = Object.hasOwn(row.keys, dimension) ? (row.keys[dimension] ?? '') : '';
      }
      keys[partDimension] = name;
      return { ...row, keys };
    }),
  );
  return { dimensions, rows };
}
