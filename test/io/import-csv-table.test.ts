import { describe, expect, it } from 'vitest';
import { importCsvTable } from '../../src/io/import-csv-table.ts';
import { WINDOWS_1252_EXPORT, WINDOWS_1252_EXPORT_TEXT } from '../fixtures/io/windows-1252-export.ts';
import { fixture, printed } from './fixture-files.ts';

const month = (start: string) => ({ kind: 'month', start });

/** The cells of the Windows-1252 fixture as [series, period, value, status], read off the file by hand. */
const EXPECTED_CELLS = [
  ['Kontanthjælp', '2013-12', 598, undefined],
  ['Kontanthjælp', '2014-10', 552, undefined],
  ['Kontanthjælp', '2014-11', 547, undefined],
  ['Sygedagpenge', '2013-12', 1402.5, undefined],
  ['Sygedagpenge', '2014-10', 1371, undefined],
  ['Sygedagpenge', '2014-11', null, '..'],
  ['Førtidspension', '2013-12', 2105, undefined],
  ['Førtidspension', '2014-10', 2098, undefined],
  ['Førtidspension', '2014-11', null, '-'],
];

const cells = (
  rows: {
    keys: { [name: string]: string };
    period: { start: string };
    value: number | null;
    status?: string;
  }[],
) => rows.map((row) => [row.keys['column B'], row.period.start, row.value, row.status]);

describe('importCsvTable: a Statistikbanken export saved by Danish Excel (Windows-1252, ;, decimal commas)', () => {
  const { table, errors, warnings } = importCsvTable(WINDOWS_1252_EXPORT, { file: 'auk01.csv' });

  it('reads the wide layout: the title, empty stub cells filled from above, thousand dots and decimal commas', () => {
    expect(errors).toEqual([]);
    expect(table?.title).toBe('AUK01: Fuldtidsmodtagere efter område, ydelsestype og tid');
    expect(table?.dimensions).toEqual(['column A', 'column B']);
    expect(table?.rows.every((row) => row.keys['column A'] === 'Lyngby-Taarbæk')).toBe(true);
    expect(cells(table?.rows ?? [])).toEqual(EXPECTED_CELLS);
  });

  it('warns that it read Windows-1252 and that it skipped the source note', () => {
    expect(printed(warnings)).toEqual([
      'auk01.csv:1:36: warning: byte 0xE5 is not UTF-8; the file is read as Windows-1252 — check æ, ø and å in the result, or save the file as UTF-8',
      'auk01.csv:6:1 A6: warning: the row is a note, not data, and is skipped',
    ]);
  });

  it('gives the same table for the same text in UTF-8 with a BOM, without the encoding warning', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(WINDOWS_1252_EXPORT_TEXT)]);
    const again = importCsvTable(utf8, { file: 'auk01.csv' });
    expect(again.table).toEqual(table);
    expect(again.warnings.map((warning) => warning.line)).toEqual([6]);
  });
});

describe('importCsvTable: long layouts', () => {
  it('reads Statistikbanken’s bulk CSV (a TID column, INDHOLD last) with a measure dimension', () => {
    const text =
      'OMRÅDE;YDELSESTYPE;TID;INDHOLD\nLyngby-Taarbæk;Ledighedsydelse;2013M12;91\nLyngby-Taarbæk;Ledighedsydelse;2014M11;67\n';
    const { table, errors } = importCsvTable(text);
    expect(errors).toEqual([]);
    expect(table?.dimensions).toEqual(['OMRÅDE', 'YDELSESTYPE', 'measure']);
    expect(table?.rows).toEqual([
      {
        keys: { OMRÅDE: 'Lyngby-Taarbæk', YDELSESTYPE: 'Ledighedsydelse', measure: 'INDHOLD' },
        period: month('2013-12'),
        value: 91,
      },
      {
        keys: { OMRÅDE: 'Lyngby-Taarbæk', YDELSESTYPE: 'Ledighedsydelse', measure: 'INDHOLD' },
        period: month('2014-11'),
        value: 67,
      },
    ]);
  });

  it('reads a ,-separated export with "." decimals and several numeric columns at the right end', () => {
    const text = 'Periode,Ydelse,Fuldtidspersoner,Andel\n"december 2015",Fleksjob,"1,204",2.5\n';
    const { table, errors } = importCsvTable(text);
    expect(errors).toEqual([]);
    expect(table?.rows.map((row) => [row.keys['measure'], row.period.start, row.value])).toEqual([
      ['Fuldtidspersoner', '2015-12', 1204],
      ['Andel', '2015-12', 2.5],
    ]);
  });

  it('ignores an empty column from trailing separators', () => {
    const { table } = importCsvTable(';2015M11;2015M12;\nFleksjob;10;11;\n');
    expect(table?.dimensions).toEqual(['column A']);
    expect(table?.rows.map((row) => row.value)).toEqual([10, 11]);
  });

  it('reads a tab-separated UTF-16 export (Excel’s "Unicode text")', () => {
    const text = 'Tid\tYdelse\tAntal\n2015K4\tRevalidering\t12\n';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]),
    ]);
    const { table } = importCsvTable(utf16);
    expect(table?.rows).toEqual([
      {
        keys: { Ydelse: 'Revalidering', measure: 'Antal' },
        period: { kind: 'quarter', start: '2015-10' },
        value: 12,
      },
    ]);
  });
});

describe('importCsvTable: a broken export gets the exact located errors', () => {
  it('a bad number, a bad period, and an unclosed quote that swallows the rest of the row', () => {
    const { table, errors } = importCsvTable(fixture('broken-export.csv'), { file: 'broken-export.csv' });
    expect(table).toBeUndefined();
    expect(printed(errors)).toEqual([
      'broken-export.csv:3:37 D3: "54x7" is not a number — write numbers as 1.234,5 or 1234.5; a missing value as .. or -',
      'broken-export.csv:4:29 C4: "2014M13" is not a period — write periods as 2015M12, 2015K4, 2015Q4, 2015 or "december 2015"',
      'broken-export.csv:5:1 A5: the row has 2 cells, but the header row has 4',
      'broken-export.csv:5:16 B5: the quote that opens this field is never closed — close the field with " and write "" for a quote inside it',
    ]);
  });

  it('a file without a period column or a header row', () => {
    expect(printed(importCsvTable('Ydelse;Antal\nFleksjob;3\n', { file: 'a.csv' }).errors)).toEqual([
      'a.csv:1:1 A1: no time dimension found — expected a header row of periods (2013M12;2014M10…) or a column "Tid"/"Periode" and number columns at the end',
    ]);
    expect(importCsvTable('just one cell\n', { file: 'b.csv' }).errors.map((error) => error.message)).toEqual(
      ['no header row (a row with at least two filled cells)'],
    );
  });
});
