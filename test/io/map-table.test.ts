import { describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_MAPPING } from '../../src/io/default-label-mapping.ts';
import type { LongTable } from '../../src/io/long-table.ts';
import { mapTable } from '../../src/io/map-table.ts';

const row = (area: string, group: string) => ({
  keys: { Område: area, Ydelsesgrupper: group },
  period: { kind: 'month' as const, start: '2015-12' },
  value: 1,
});

describe('mapTable', () => {
  const table: LongTable = {
    dimensions: ['Område', 'Ydelsesgrupper'],
    rows: [
      row('Lyngby-Taarbæk', 'A-dagpenge mv.'),
      row('Lyngby-Taarbæk', 'Ydelsesgrupper i alt'),
      row('Lyngby-Taarbæk', 'Efterløn'),
      row('Hele landet', 'Kontanthjælp mv.'),
    ],
  };

  it('maps the dimension whose labels the mapping knows, adding a "maalbar" key to every row', () => {
    const mapped = mapTable(table, DEFAULT_LABEL_MAPPING);
    expect(mapped.dimension).toBe('Ydelsesgrupper');
    expect(mapped.table.dimensions).toEqual(['Område', 'Ydelsesgrupper', 'maalbar']);
    expect(mapped.table.rows.map((each) => each.keys['maalbar'])).toEqual([
      'ydelse:a-dagpenge',
      '',
      '',
      'ydelse:kontanthjaelp',
    ]);
  });

  it('lists the labels it does not know (an ignored total is not among them)', () => {
    expect(mapTable(table, DEFAULT_LABEL_MAPPING).unmapped).toEqual(['Efterløn']);
  });

  it('leaves a table without known labels as it is', () => {
    const other: LongTable = {
      dimensions: ['x'],
      rows: [{ keys: { x: 'y' }, period: { kind: 'year', start: '2015-01' }, value: 2 }],
    };
    expect(mapTable(other, DEFAULT_LABEL_MAPPING)).toEqual({ table: other, unmapped: [] });
  });
});
