import { describe, expect, it } from 'vitest';
import { importJsonStat } from '../../src/io/import-json-stat.ts';
import { fixture, printed } from './fixture-files.ts';

const month = (start: string) => ({ kind: 'month', start });

describe('importJsonStat: Danmarks Statistik JSON-stat 1.x ({"dataset": …})', () => {
  const { table, errors, warnings } = importJsonStat(fixture('dst-auk01-jsonstat1.json'), {
    file: 'auk01.json',
  });

  it('imports every cell without a problem, the time dimension as the period', () => {
    expect([...errors, ...warnings]).toEqual([]);
    expect(table?.dimensions).toEqual(['OMRÅDE', 'YDELSESTYPE', 'ContentsCode']);
    expect(table?.title).toBe(
      'Fuldtidsmodtagere af arbejdsmarkedsrelaterede ydelser efter område, ydelsestype og tid',
    );
    expect(table?.rows).toHaveLength(12);
  });

  it('walks the cube in row-major order (the last dimension fastest), with labels as keys', () => {
    // value[3] is YDELSESTYPE position 1 (LY), Tid position 0 (2013M12): 91, the seed's ledighedsydelse baseline.
    expect(table?.rows[3]).toEqual({
      keys: { OMRÅDE: 'Lyngby-Taarbæk', YDELSESTYPE: 'Ledighedsydelse', ContentsCode: 'Fuldtidsmodtagere' },
      period: month('2013-12'),
      value: 91,
    });
    expect(table?.rows.map((row) => row.value)).toEqual([
      598,
      552,
      547,
      91,
      69,
      67,
      24,
      null,
      47,
      402,
      371,
      368,
    ]);
  });

  it('keeps the status of a flagged cell', () => {
    expect(table?.rows[7]).toMatchObject({ value: null, status: '..', period: month('2014-10') });
    expect(table?.rows.filter((row) => row.status !== undefined)).toHaveLength(1);
  });
});

describe('importJsonStat: JSON-stat 2.0', () => {
  it('reads index as an array or an object, a sparse value object, and per-cell status; absent cells are left out', () => {
    const { table, errors } = importJsonStat(fixture('jsonstat2-dataset.json'));
    expect(errors).toEqual([]);
    expect(table?.dimensions).toEqual(['ydelse', 'alder']);
    // 3 × 2 × 2 = 12 cells; the value object gives 0–9.
    expect(table?.rows).toHaveLength(10);
    expect(table?.rows[0]).toEqual({
      keys: { ydelse: 'A-dagpenge mv.', alder: '16-29 år' },
      period: { kind: 'quarter', start: '2013-10' },
      value: 120,
    });
    expect(table?.rows[6]).toMatchObject({ value: 2, status: 'e' });
    expect(table?.rows[7]).toMatchObject({ value: null, status: '..' });
  });

  it('gives one status string to every cell', () => {
    const dataset = {
      version: '2.0',
      class: 'dataset',
      id: ['tid'],
      size: [2],
      dimension: { tid: { category: { index: ['2015M11', '2015M12'] } } },
      value: [1, 2],
      status: 'p',
    };
    expect(importJsonStat(JSON.stringify(dataset)).table?.rows.map((row) => row.status)).toEqual(['p', 'p']);
  });

  it('finds the time dimension by name, or by categories that are all periods, without a role', () => {
    const dataset = (timeId: string, codes: string[]) => ({
      class: 'dataset',
      id: ['x', timeId],
      size: [1, codes.length],
      dimension: { x: { category: { label: { a: 'A' } } }, [timeId]: { category: { index: codes } } },
      value: codes.map((_, index) => index),
    });
    const byName = importJsonStat(JSON.stringify(dataset('Tid', ['2015K4'])));
    const byCodes = importJsonStat(JSON.stringify(dataset('quando', ['2014', '2015'])));
    expect(byName.table?.rows.map((row) => [row.keys, row.period])).toEqual([
      [{ x: 'A' }, { kind: 'quarter', start: '2015-10' }],
    ]);
    expect(byCodes.table?.rows.map((row) => row.period.start)).toEqual(['2014-01', '2015-01']);
  });

  it('imports the embedded datasets of a collection, with a "dataset" dimension', () => {
    const dataset = (label: string, value: number) => ({
      class: 'dataset',
      label,
      id: ['tid'],
      size: [1],
      dimension: { tid: { category: { index: ['2015M12'] } } },
      value: [value],
    });
    const collection = {
      version: '2.0',
      class: 'collection',
      link: {
        item: [
          dataset('Fleksjob', 10),
          dataset('Ledighedsydelse', 68),
          { class: 'dataset', href: 'https://x/3' },
        ],
      },
    };
    const { table, warnings } = importJsonStat(JSON.stringify(collection, null, 1), { file: 'c.json' });
    expect(table?.dimensions).toEqual(['dataset']);
    expect(table?.rows.map((row) => [row.keys['dataset'], row.value])).toEqual([
      ['Fleksjob', 10],
      ['Ledighedsydelse', 68],
    ]);
    expect(warnings.map((warning) => warning.pointer)).toEqual(['/link/item/2']);
  });
});

describe('importJsonStat: broken files get the exact located error', () => {
  it('a period code that is not a period (DST 1.x)', () => {
    const { table, errors } = importJsonStat(fixture('broken-dst.json'), { file: 'broken-dst.json' });
    expect(table).toBeUndefined();
    expect(printed(errors)).toEqual([
      'broken-dst.json:10:48 /dataset/dimension/Tid/category/index/2014M13: "2014M13" is not a period — write periods as 2015M12, 2015K4, 2015Q4, 2015 or "december 2015"',
    ]);
  });

  it('a dimension with fewer categories than its size (2.0)', () => {
    const { errors } = importJsonStat(fixture('broken-jsonstat2.json'), { file: 'broken-jsonstat2.json' });
    expect(printed(errors)).toEqual([
      'broken-jsonstat2.json:8:7 /dimension/ydelse/category: dimension "ydelse" has 2 categories, but "size" says 3',
    ]);
  });

  it('a value list of the wrong length, and a value that is not a number', () => {
    const base = {
      class: 'dataset',
      id: ['tid'],
      size: [2],
      dimension: { tid: { category: { index: ['2015', '2016'] } } },
    };
    const short = importJsonStat(JSON.stringify({ ...base, value: [1] }));
    const pretty = JSON.stringify({ ...base, value: [1, '2'] }, null, 2);
    const text = importJsonStat(pretty);
    // The line of the string "2" in the pretty-printed text.
    const line = pretty.slice(0, pretty.indexOf('"2"')).split('\n').length;
    expect(short.errors.map((error) => [error.pointer, error.message])).toEqual([
      ['/value', '"value" has 1 values, but the dimension sizes give 2 cells'],
    ]);
    expect(text.errors.map((error) => [error.pointer, error.line, error.message])).toEqual([
      ['/value/1', line, 'a value must be a number or null, not "2"'],
    ]);
  });

  it('JSON syntax, in Danish on request', () => {
    const { errors } = importJsonStat('{"dataset": {"value": [1, 2,]}}', { file: 'x.json', lang: 'da' });
    expect(printed(errors)).toEqual([
      'x.json:1:29: ugyldig JSON: værdi forventet — fjern kommaet før } eller ] (JSON tillader ikke et afsluttende komma)',
    ]);
  });

  it('JSON that is not JSON-stat', () => {
    expect(printed(importJsonStat('[1, 2]', { file: 'x.json' }).errors)).toEqual([
      'x.json:1:1: not JSON-stat: no dataset (an object with "dimension" and "value") found — download the table as JSON-stat from Statistikbanken, or pick another format with --format',
    ]);
  });
});
