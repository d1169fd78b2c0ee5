import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../web/import/import-protocol.ts';
import { fastText, runImport } from '../../../web/import/run-import.ts';
import { fixture } from '../../io/fixture-files.ts';
import { personCsvParts } from './million-rows.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const hooks = (progress: ImportProgress[], cancelAfter = Infinity) => ({
  onProgress: (step: ImportProgress) => progress.push(step),
  cancelled: () => progress.filter((step) => step.phase === 'rows').length >= cancelAfter,
  pause: () => Promise.resolve(),
  now: () => 0,
});

describe('runImport', () => {
  it('reads a person file a chunk at a time, reporting progress after each', async () => {
    const progress: ImportProgress[] = [];
    const bytes = encode([...personCsvParts(25)].join(''));
    const result = await runImport(bytes, 'p.csv', { chunkRows: 10 }, hooks(progress));
    expect(progress.map((step) => `${step.phase}:${step.rows}`)).toEqual([
      'decode:0',
      'rows:10',
      'rows:20',
      'rows:25',
    ]);
    expect(result?.format).toBe('persons');
    expect(result?.cohort?.count).toBe(25);
    expect(result?.month).toBe('2015-12');
    // 25 persons over 6 ydelser (personRow cycles them): 5+4+4+4+4+4; none below 3, so nothing is suppressed.
    expect(result?.table?.rows.map((row) => row.value)).toEqual([5, 4, 4, 4, 4, 4]);
    expect(result?.suppressBelow).toBe(3);
  });

  it('stops between chunks when cancelled and returns nothing', async () => {
    const progress: ImportProgress[] = [];
    const bytes = encode([...personCsvParts(100)].join(''));
    const result = await runImport(bytes, 'p.csv', { chunkRows: 10 }, hooks(progress, 2));
    expect(result).toBeUndefined();
    expect(progress.filter((step) => step.phase === 'rows')).toHaveLength(2);
  });

  it('maps an aggregate table and keeps its located errors for a broken file', async () => {
    const good = await runImport(fixture('jobindsats-y30r21.json'), 'y30r21.json', {}, hooks([]));
    expect(good?.format).toBe('jobindsats');
    expect(good?.table?.dimensions).toContain('maalbar');
    const broken = await runImport(
      fixture('broken-persons.csv'),
      'broken-persons.csv',
      { lang: 'da' },
      hooks([]),
    );
    expect(broken?.table).toBeUndefined();
    expect(broken?.errors[1]).toMatchObject({
      file: 'broken-persons.csv',
      line: 2,
      column: 13,
      pointer: 'C2',
    });
    expect(broken?.errors[1]?.message).toContain('"age"');
  });
});

describe('fastText', () => {
  it('decodes valid UTF-8 without its byte-order mark and leaves other bytes to the core decoder', () => {
    expect(fastText(new Uint8Array([0xef, 0xbb, 0xbf, 0x6b, 0xc3, 0xb8, 0x6e]))).toBe('køn');
    const windows1252 = new Uint8Array([0x6b, 0xf8, 0x6e]);
    expect(fastText(windows1252)).toBe(windows1252);
  });
});
