import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportLog } from '../../src/io/import-log.ts';
import { cellReference, CSV_SEPARATORS, readCsv, sniffSeparator } from '../../src/io/read-csv.ts';

function read(text: string, separator?: ';' | ',' | '\t') {
  const log = new ImportLog({ file: 'x.csv' });
  const result = readCsv(text, log, separator);
  return {
    ...result,
    texts: result.records.map((record) => record.fields.map((field) => field.text)),
    ...log.result(),
  };
}

/** RFC 4180 writing, quoting every field that needs it (the inverse the reader must undo). */
function writeCsv(rows: string[][], separator: string): string {
  const field = (text: string): string =>
    text.includes(separator) || /["\r\n]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
  return rows.map((row) => row.map(field).join(separator)).join('\r\n');
}

describe('sniffSeparator', () => {
  it('picks the separator that splits most lines the same way, ignoring separators inside quotes', () => {
    expect(sniffSeparator('"Titel, med komma"\nA;B;C\n1;"2,5";3\n')).toBe(';');
    expect(sniffSeparator('a,b,c\n1,2,3\n')).toBe(',');
    expect(sniffSeparator('a\tb\n"x;y"\t2\n')).toBe('\t');
  });

  it('prefers ; when lines agree equally (Danish exports)', () => {
    expect(sniffSeparator('a;b,c\n')).toBe(';');
  });
});

describe('readCsv', () => {
  it('reads quoted fields with doubled quotes, separators and line breaks inside, and CRLF/LF/CR line ends', () => {
    const { texts, errors, warnings } = read('a;"b ""c"";d"\r\n"multi\nline";x\r3;4\n');
    expect(texts).toEqual([
      ['a', 'b "c";d'],
      ['multi\nline', 'x'],
      ['3', '4'],
    ]);
    expect([...errors, ...warnings]).toEqual([]);
  });

  it('skips blank lines but counts them in row numbers, as a spreadsheet shows the file', () => {
    const { records } = read('a;b\n\n1;2\n');
    expect(records.map((record) => [record.row, record.line])).toEqual([
      [1, 1],
      [3, 3],
    ]);
  });

  it('keeps each field’s line and column, also after a multi-line field', () => {
    const { records } = read('x;"1\n2";y\nz;w\n');
    expect(records.map((record) => record.fields.map((field) => [field.line, field.column]))).toEqual([
      [
        [1, 1],
        [1, 3],
        [2, 4],
      ],
      [
        [3, 1],
        [3, 3],
      ],
    ]);
  });

  it('reports an unclosed quote at the quote that opens the field', () => {
    const { errors } = read('a;b\n1;"2\n3;4\n');
    expect(errors.map((error) => [error.line, error.column, error.pointer, error.message])).toEqual([
      [2, 3, 'B2', 'the quote that opens this field is never closed'],
    ]);
  });

  it('warns about text after a closing quote and keeps it in the field', () => {
    const { texts, warnings } = read('"12"x;3\n');
    expect(texts).toEqual([['12x', '3']]);
    expect(warnings.map((warning) => [warning.line, warning.column, warning.pointer])).toEqual([
      [1, 5, 'A1'],
    ]);
  });

  it('gives trailing separators their empty fields', () => {
    expect(read('"titel";;\n').texts).toEqual([['titel', '', '']]);
  });

  it('reads back what an RFC 4180 writer wrote, for any cells', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'æ', ' ', ';', ',', '\t', '"', '\n', '\r', '1', '.'),
    });
    const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(rows, fc.constantFrom(...CSV_SEPARATORS), (table, separator) => {
        const { texts, errors } = read(writeCsv(table, separator), separator);
        expect(errors).toEqual([]);
        expect(texts).toEqual(table);
      }),
      { numRuns: 500 },
    );
  });
});

describe('cellReference', () => {
  it('names cells as spreadsheets do', () => {
    expect([
      cellReference(0, 1),
      cellReference(2, 5),
      cellReference(25, 9),
      cellReference(26, 2),
      cellReference(701, 3),
    ]).toEqual(['A1', 'C5', 'Z9', 'AA2', 'ZZ3']);
  });
});
