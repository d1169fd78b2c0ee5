/**
 * A long table as text for export: CSV (one row per cell — the dimension values, the period code, the value and
 * the status; RFC 4180 quoting, "." as decimal mark so any program reads it) or JSON (the LongTable itself, one
 * row a line).
 */
import type { LongTable } from './long-table.ts';
import { formatPeriod } from './parse-period.ts';

function csvField(text: string, separator: string): string {
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * @example formatLongTableCsv(table) // "Ydelsesgrupper,period,value,status\nA-dagpenge mv.,2013-12,1024,\n"
 */
export function formatLongTableCsv(table: LongTable, separator: ',' | ';' | '\t' = ','): string {
  const line = (fields: string[]): string =>
    fields.map((field) => csvField(field, separator)).join(separator);
  const lines = [line([...table.dimensions, 'period', 'value', 'status'])];
  for (const row of table.rows) {
    lines.push(
      line([
        ...table.dimensions.map((dimension) => row.keys[dimension] ?? ''),
        formatPeriod(row.period),
        row.value === null ? '' : String(row.value),
        row.status ?? '',
      ]),
    );
  }
  return lines.join('\n') + '\n';
}

/** The table as JSON that parses back to an equal LongTable; one row per line so that diffs stay readable. */
export function formatLongTableJson(table: LongTable): string {
  const head = JSON.stringify({
    ...(table.title === undefined ? {} : { title: table.title }),
    dimensions: table.dimensions,
  });
  const rows = table.rows.map((row) => JSON.stringify(row)).join(',\n');
  return `${head.slice(0, -1)},"rows":[${rows === '' ? '' : '\n' + rows + '\n'}]}\n`;
}
