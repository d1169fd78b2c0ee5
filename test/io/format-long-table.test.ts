import { describe, expect, it } from 'vitest';
import { formatLongTableCsv, formatLongTableJson } from '../../src/io/format-long-table.ts';
import { importCsvTable } from '../../src/io/import-csv-table.ts';
import { importData } from '../../src/io/import-data.ts';
import { fixture } from './fixture-files.ts';
import type { LongTable } from '../../src/io/long-table.ts';

const table: LongTable = {
  title: 'AUK01',
  dimensions: ['område', 'ydelse'],
  rows: [
    {
      keys: { område: 'Lyngby-Taarbæk', ydelse: 'Kontanthjælp, jobparat' },
      period: { kind: 'month', start: '2015-12' },
      value: 1234.5,
    },
    {
      keys: { område: 'Lyngby-Taarbæk', ydelse: 'Sygedagpenge "mv."' },
      period: { kind: 'quarter', start: '2015-10' },
      value: null,
      status: '..',
    },
  ],
};

describe('formatLongTableCsv', () => {
  it('writes one row per cell: dimensions, period code, value with "." decimals, status; quoting where needed', () => {
    expect(formatLongTableCsv(table)).toBe(
      [
        'område,ydelse,period,value,status',
        'Lyngby-Taarbæk,"Kontanthjælp, jobparat",2015-12,1234.5,',
        'Lyngby-Taarbæk,"Sygedagpenge ""mv.""",2015Q4,,..',
        '',
      ].join('\n'),
    );
  });

  it('is read back by the CSV importer (periods, values and statuses)', () => {
    const back = importCsvTable(formatLongTableCsv(table));
    expect(back.errors).toEqual([]);
    expect(back.table?.rows.map((row) => [row.keys['ydelse'], row.period, row.value, row.status])).toEqual(
      table.rows.map((row) => [row.keys['ydelse'], row.period, row.value, row.status]),
    );
  });
});

describe('an exported table imported again', () => {
  it('is the table that was exported (Målbar’s own CSV reads back as itself)', () => {
    const imported = importData(fixture('jobindsats-y30r21.json')).table;
    if (!imported) throw new Error('the fixture did not import');
    const again = importData(formatLongTableCsv(imported), { format: 'csv' });
    expect(again.errors).toEqual([]);
    expect(again.table).toEqual({ dimensions: imported.dimensions, rows: imported.rows });
  });
});

describe('formatLongTableJson', () => {
  it('parses back to the same table, one row a line', () => {
    const text = formatLongTableJson(table);
    expect(JSON.parse(text)).toEqual(table);
    expect(text.split('\n')).toHaveLength(5);
    expect(JSON.parse(formatLongTableJson({ dimensions: [], rows: [] }))).toEqual({
      dimensions: [],
      rows: [],
    });
  });
});
