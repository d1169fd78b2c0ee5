import { describe, expect, it } from 'vitest';
import { importJobindsats } from '../../src/io/import-jobindsats.ts';
import { fixture, printed } from './fixture-files.ts';

describe('importJobindsats', () => {
  const { table, errors, warnings } = importJobindsats(fixture('jobindsats-y30r21.json'), {
    file: 'y30r21.json',
  });

  it('makes one row per data row and measurement, named in a "measure" dimension', () => {
    expect([...errors, ...warnings]).toEqual([]);
    expect(table?.title).toBe('y30r21');
    expect(table?.dimensions).toEqual(['Område', 'Ydelsesgrupper', 'measure']);
    // 6 data rows × 2 measurements.
    expect(table?.rows).toHaveLength(12);
    expect(table?.rows[0]).toEqual({
      keys: { Område: 'Lyngby-Taarbæk', Ydelsesgrupper: 'A-dagpenge mv.', measure: 'Fuldtidspersoner' },
      period: { kind: 'month', start: '2013-12' },
      value: 1024,
    });
  });

  it('reads numbers given as Danish text ("1.024" is 1024, "2,9" is 2.9) and ".." as missing', () => {
    expect(table?.rows.slice(0, 2).map((row) => row.value)).toEqual([1024, 2.9]);
    expect(table?.rows.slice(-2).map((row) => [row.value, row.status])).toEqual([
      [null, '..'],
      [null, '..'],
    ]);
  });

  it('accepts JSON numbers and null, key names in any case, and columns without names (roles from the values)', () => {
    const response = [
      {
        variables: ['Område', 'Periode', 'Ydelse', 'Antal'],
        data: [
          ['Lyngby-Taarbæk', '2015M12', 'Fleksjob', 321],
          ['Lyngby-Taarbæk', '2015M12', 'Ledighedsydelse', null],
        ],
      },
    ];
    const result = importJobindsats(JSON.stringify(response));
    expect(result.errors).toEqual([]);
    expect(result.table?.dimensions).toEqual(['Område', 'Ydelse', 'measure']);
    expect(result.table?.rows.map((row) => [row.keys['Ydelse'], row.value, row.status])).toEqual([
      ['Fleksjob', 321, undefined],
      ['Ledighedsydelse', null, 'missing'],
    ]);
  });

  it('reports every broken row of a response at its JSON pointer', () => {
    const broken = importJobindsats(fixture('broken-jobindsats.json'), { file: 'broken.json' });
    expect(broken.table).toBeUndefined();
    expect(printed(broken.errors)).toEqual([
      'broken.json:11:7 /0/Data/1: the row has 3 values, but there are 4 variables',
      'broken.json:12:57 /0/Data/2/3: "4O2" is not a number — write numbers as 1.234,5 or 1234.5; a missing value as .. or -',
    ]);
  });

  it('says what Jobindsats answered when the answer is a message instead of data', () => {
    // What the API returns for a wrong or expired key.
    const answer = importJobindsats('{"Forkert nøgle eller nøglen er udløbet.": ""}', { file: 'svar.json' });
    expect(printed(answer.errors)).toEqual([
      'svar.json:1:1: Jobindsats answered with a message instead of data: "Forkert nøgle eller nøglen er udløbet." — Jobindsats API v2 answers [{"Variables": [...], "Data": [[...], ...]}]',
    ]);
  });

  it('needs a period variable', () => {
    const noPeriod = importJobindsats(
      '[{"Variables": [{"Name": "area"}, {"Name": "m"}], "Data": [["x", "1"]]}]',
    );
    expect(noPeriod.errors.map((error) => [error.pointer, error.message, error.hint])).toEqual([
      ['/0/Variables', 'no time dimension found', 'the table needs the variable "period"'],
    ]);
  });
});
