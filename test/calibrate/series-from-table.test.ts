import { describe, expect, it } from 'vitest';
import { seriesFromTable } from '../../src/calibrate/series-from-table.ts';
import type { LongTable } from '../../src/io/long-table.ts';

const row = (
  label: string,
  maalbar: string,
  start: string,
  value: number | null,
  kind: 'month' | 'quarter' = 'month',
) => ({
  keys: { Ydelse: label, maalbar },
  period: { kind, start },
  value,
});

describe('seriesFromTable', () => {
  it('makes one monthly series per mapped ydelse or indicator and skips totals, quarters and missing cells', () => {
    const table: LongTable = {
      dimensions: ['Ydelse', 'maalbar'],
      rows: [
        row('Kontanthjælp', 'ydelse:kontanthjaelp', '2014-02', 810),
        row('Kontanthjælp', 'ydelse:kontanthjaelp', '2014-01', 800),
        row('Langtidsledige', 'indicator:langtidsledige', '2014-01', 140),
        row('I alt', '', '2014-01', 5000),
        row('Kontanthjælp', 'ydelse:kontanthjaelp', '2014-04', 790, 'quarter'),
        row('Kontanthjælp', 'ydelse:kontanthjaelp', '2014-03', null),
      ],
    };
    const { series, warnings } = seriesFromTable(table, 'export.csv');
    expect(series).toEqual([
      {
        id: 'ydelse:kontanthjaelp',
        target: { kind: 'state', id: 'kontanthjaelp' },
        points: [
          { month: '2014-01', value: 800 },
          { month: '2014-02', value: 810 },
        ],
        source: 'export.csv',
      },
      {
        id: 'indicator:langtidsledige',
        target: { kind: 'indicator', id: 'langtidsledige' },
        points: [{ month: '2014-01', value: 140 }],
        source: 'export.csv',
      },
    ]);
    expect(warnings.map((w) => w.en)).toEqual([
      'export.csv: 1 figures for quarters or years are not used (calibration compares months).',
      'export.csv: 1 cells without a number (missing or suppressed) are not used.',
    ]);
  });

  it('leaves shares of the population out of the ydelser (counts of persons) but keeps them for an indicator', () => {
    const table: LongTable = {
      dimensions: ['Måling', 'maalbar'],
      rows: [
        ['Fuldtidspersoner', 'ydelse:kontanthjaelp', 800],
        ['Andel af befolkningen (pct.)', 'ydelse:kontanthjaelp', 2.4],
        ['Andel af befolkningen (pct.)', 'indicator:virksomhedsrettet-andel', 60],
      ].map(([measure, maalbar, value]) => ({
        keys: { Måling: String(measure), maalbar: String(maalbar) },
        period: { kind: 'month' as const, start: '2014-01' },
        value: Number(value),
      })),
    };
    const { series, warnings } = seriesFromTable(table, 'jobindsats.json');
    expect(series.map((s) => [s.id, s.points[0]?.value])).toEqual([
      ['ydelse:kontanthjaelp', 800],
      ['indicator:virksomhedsrettet-andel', 60],
    ]);
    expect(warnings.map((w) => w.en)).toEqual([
      'jobindsats.json: "Andel af befolkningen (pct.)" are shares, not counts of persons; they are not used for the ydelser (the model counts persons).',
    ]);
  });

  it('names series apart when another dimension varies within one target', () => {
    const table: LongTable = {
      dimensions: ['Område', 'Ydelse', 'maalbar'],
      rows: ['Lyngby', 'Gentofte'].map((area) => ({
        keys: { Område: area, Ydelse: 'Kontanthjælp', maalbar: 'ydelse:kontanthjaelp' },
        period: { kind: 'month' as const, start: '2014-01' },
        value: 1,
      })),
    };
    const { series, warnings } = seriesFromTable(table, 'x.json');
    expect(series.map((s) => s.id)).toEqual([
      'ydelse:kontanthjaelp [Område=Lyngby]',
      'ydelse:kontanthjaelp [Område=Gentofte]',
    ]);
    expect(warnings).toHaveLength(1);
  });
});
