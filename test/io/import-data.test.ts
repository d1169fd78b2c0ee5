import { describe, expect, it } from 'vitest';
import { importData } from '../../src/io/import-data.ts';
import { WINDOWS_1252_EXPORT } from '../fixtures/io/windows-1252-export.ts';
import { fixture, printed } from './fixture-files.ts';

describe('importData', () => {
  it('detects the format, imports and maps the labels to Målbar’s ydelser', () => {
    const result = importData(fixture('jobindsats-y30r21.json'), { file: 'y30r21.json' });
    expect(result.format).toBe('jobindsats');
    expect(result.table?.dimensions.at(-1)).toBe('maalbar');
    expect(new Set(result.table?.rows.map((row) => row.keys['maalbar']))).toEqual(
      new Set(['ydelse:a-dagpenge', 'ydelse:kontanthjaelp', 'ydelse:sygedagpenge']),
    );
    expect(result.suppressed).toBe(0);
  });

  it('warns about labels the mapping does not know', () => {
    const text = 'Tid;Ydelse;Antal\n2015M12;Kontanthjælp;10\n2015M12;Efterløn;5\n';
    expect(printed(importData(text, { file: 't.csv' }).warnings)).toEqual([
      't.csv:1:1: warning: 1 label(s) in "Ydelse" match no ydelse or indicator: "Efterløn" — add them to a mapping file (see docs/data-import.md) and pass it with --mapping',
    ]);
  });

  it('always suppresses counts below 3 from person-level data, and gives their target', () => {
    const result = importData(fixture('persons.csv'), { file: 'persons.csv' });
    expect(result.format).toBe('persons');
    expect(result.persons?.cohort?.count).toBe(7);
    // November: kontanthjælp p04, p05, p07 (3, shown); December adds p08 (4). Every other cell has 1 or 2 persons.
    expect(
      result.table?.rows
        .filter((row) => row.value !== null)
        .map((row) => [row.period.start, row.keys['maalbar'], row.value]),
    ).toEqual([
      ['2015-11', 'ydelse:kontanthjaelp', 3],
      ['2015-12', 'ydelse:kontanthjaelp', 4],
    ]);
    expect(result.suppressed).toBe(6);
    expect(result.table?.rows.every((row) => row.value !== null || row.status === 'suppressed')).toBe(true);
  });

  it('takes the threshold as a setting for person data, and suppresses aggregate tables only when asked', () => {
    expect(importData(fixture('persons.csv'), { suppressBelow: 5 }).suppressed).toBe(8);
    expect(importData(WINDOWS_1252_EXPORT).suppressed).toBe(0);
    expect(importData(WINDOWS_1252_EXPORT, { suppressBelow: 600 }).suppressed).toBe(3);
  });

  it('needs a month for the counts of a person file without a month column', () => {
    const text = 'id;ydelse;age\n1;fleksjob;50\n';
    expect(printed(importData(text, { file: 'p.csv', missing: 'impute-default' }).errors)).toEqual([
      'p.csv:1:1: the file has no "month" column, so its counts have no month — add a month column, or pass --month YYYY-MM',
    ]);
    expect(importData(text, { missing: 'impute-default', month: '2015-12' }).table?.rows).toEqual([
      {
        keys: { ydelse: 'fleksjob', maalbar: 'ydelse:fleksjob' },
        period: { kind: 'month', start: '2015-12' },
        value: null,
        status: 'suppressed',
      },
    ]);
  });

  it('uses the format it is told', () => {
    const result = importData(fixture('persons.csv'), { format: 'jsonstat', file: 'persons.csv' });
    expect(result.format).toBe('jsonstat');
    expect(result.errors[0]?.message).toMatch(/^invalid JSON/);
  });
});
