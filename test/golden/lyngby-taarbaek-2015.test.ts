/**
 * Golden output: the Lyngby-Taarbæk 2015 scenario at seed 20150224 with 100 replications, rounded, equals the
 * committed file. A failure means the model, the rules or the scenario changed the numbers: check the change,
 * then update the file on purpose with `npx tsx scripts/update-golden.ts` and commit it with the change.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_FILE, goldenOutput } from './golden-output.ts';

describe('golden output of lyngby-taarbaek-2015', () => {
  it('equals the committed rounded output at seed 20150224 with 100 replications', () => {
    const committed: unknown = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8'));
    expect(goldenOutput()).toEqual(committed);
  });

  it('keeps the seed’s baselines in month 0 of the committed file', () => {
    const committed = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as ReturnType<typeof goldenOutput>;
    // Seed 000 annex: 535, 813, 243, 91, 146 persons in December 2013.
    expect(committed.indicators['unge-under-30']?.['2013-12']).toBe(535);
    expect(committed.indicators['kontant-og-uddannelseshjaelp']?.['2013-12']).toBe(813);
    expect(committed.indicators['ledige-akademikere']?.['2013-12']).toBe(243);
    expect(committed.indicators['ledighedsydelse']?.['2013-12']).toBe(91);
    expect(committed.indicators['langtidsledige']?.['2013-12']).toBe(146);
  });
});
