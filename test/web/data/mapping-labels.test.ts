import { describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_MAPPING } from '../../../src/io/default-label-mapping.ts';
import { lookupLabel } from '../../../src/io/label-mapping.ts';
import type { LongTable } from '../../../src/io/long-table.ts';
import { readLabelMapping } from '../../../src/io/read-label-mapping.ts';
import { mappingFile, mappingLabels, withLabel } from '../../../web/import/mapping-labels.ts';

const period = { kind: 'month', start: '2015-12' } as const;
const table: LongTable = {
  dimensions: ['Område', 'Ydelsesgrupper'],
  rows: ['A-dagpenge mv.', 'Kontanthjælp mv.', 'Efterløn', 'I alt'].map((label) => ({
    keys: { Område: 'Lyngby-Taarbæk', Ydelsesgrupper: label },
    period,
    value: 10,
  })),
};

describe('mappingLabels', () => {
  it('lists the labels of the dimension the mapping knows best, with their targets (unknown ones empty)', () => {
    const { dimension, labels } = mappingLabels(table, DEFAULT_LABEL_MAPPING);
    expect(dimension).toBe('Ydelsesgrupper');
    // Targets from src/io/default-label-mapping.json ("A-dagpenge" → a-dagpenge, "I alt" ignored, no "Efterløn").
    expect(labels.map((row) => [row.label, row.value])).toEqual([
      ['A-dagpenge mv.', 'ydelse:a-dagpenge'],
      ['Kontanthjælp mv.', 'ydelse:kontanthjaelp'],
      ['Efterløn', ''],
      ['I alt', 'ignore'],
    ]);
  });

  it('offers the widest dimension when the mapping knows no label, so a user can map it', () => {
    const unknown: LongTable = {
      dimensions: ['Kommune', 'Gruppe'],
      rows: ['x', 'y', 'z'].map((label) => ({ keys: { Kommune: 'K', Gruppe: label }, period, value: 1 })),
    };
    const { dimension, labels } = mappingLabels(unknown, DEFAULT_LABEL_MAPPING);
    expect(dimension).toBe('Gruppe');
    expect(labels.every((row) => row.value === '')).toBe(true);
  });
});

describe('withLabel', () => {
  it('maps, re-maps and forgets one label (also its " mv."-less entry)', () => {
    const mapped = withLabel(DEFAULT_LABEL_MAPPING, 'Efterløn', 'ydelse:pension');
    expect(lookupLabel(mapped, 'Efterløn')).toEqual({ kind: 'ydelse', id: 'pension' });
    const indicator = withLabel(mapped, 'Efterløn', 'indicator:langvarige-forloeb');
    expect(lookupLabel(indicator, 'Efterløn')).toEqual({ kind: 'indicator', id: 'langvarige-forloeb' });
    const forgotten = withLabel(DEFAULT_LABEL_MAPPING, 'A-dagpenge mv.', '');
    expect(lookupLabel(forgotten, 'A-dagpenge mv.')).toBeUndefined();
    expect(lookupLabel(DEFAULT_LABEL_MAPPING, 'A-dagpenge mv.')).toEqual({
      kind: 'ydelse',
      id: 'a-dagpenge',
    });
  });

  it('writes a file that readLabelMapping reads back to the same mapping', () => {
    const edited = withLabel(DEFAULT_LABEL_MAPPING, 'Efterløn', 'ydelse:pension');
    const read = readLabelMapping(mappingFile(edited), { file: 'mapping.json' });
    expect(read.errors).toEqual([]);
    expect(read.mapping).toEqual(edited);
  });
});
