import { describe, expect, it } from 'vitest';
import { committeeTable, type CommitteeRow } from '../../src/report/committee-table.ts';
import { targetGoalText } from '../../src/report/target-goal-text.ts';
import { targetRationale } from '../../src/report/target-rationale.ts';
import { fixtureResult, fixtureScenario } from './report-fixture.ts';
import { numbersIn, traceableNumbers, untraceable } from './traceable-numbers.ts';

const scenario = fixtureScenario();
const rows = committeeTable(fixtureResult(scenario), scenario, { ambition: 0.8 });
const row = (nr: string): CommitteeRow => {
  const found = rows.find((r) => r.nr === nr);
  if (!found) throw new Error(`no row ${nr}`);
  return found;
};

// Golden texts. The numbers are hand calculations from report-fixture.ts (see committee-table.test.ts): median
// 453.5 → 454, 90 % interval 442.25–475.5 → 442–476, P 4/10, SE √(0.024) = 15.5 points, the 0.8 level 463.6 → 464;
// the correlations 0.94 and −0.71 are Pearson's r of MACRO_DRAWS and SHARE_DRAWS with UNGE_DEC (numpy corrcoef:
// 0.9437, −0.7071).
describe('targetRationale and targetGoalText (golden text)', () => {
  it('writes the ≤ target in Danish with status, course, P(reach), proposal, drivers and the inconsistency', () => {
    expect(targetGoalText(row('1'), 'da')).toBe(
      'Unge under 30: højst 450 personer i december 2015, et fald på 10 % fra 500 personer i oktober 2015.',
    );
    expect(targetRationale(row('1'), 'da')).toBe(
      'Status: et fald på 5 % fra oktober 2015 til november 2015. ' +
        'I 10 simulerede forløb går tallet fra 500 personer i oktober 2015 til en median på 454 personer i ' +
        'december 2015 (90 %-interval 442–476). ' +
        'Sandsynligheden for at nå højst 450 personer er 40 % (standardfejl 15,5 procentpoint): meget ambitiøst. ' +
        'Med den valgte sikkerhed på 80 % foreslås niveauet højst 464 personer. ' +
        'Resultatet afhænger mest af ledighedens udvikling (antagelse, korrelation 0,94) og andel ' +
        'virksomhedsrettede tilbud (kilde, korrelation −0,71). ' +
        'Uoverensstemmelse i kilden: Målet angiver −11 %, men 500 → 450 er −10 %; niveauet 450 bruges.',
    );
  });

  it('writes the same target in English with English number formats', () => {
    expect(targetRationale(row('1'), 'en')).toBe(
      'Status: a fall of 5 % from October 2015 to November 2015. ' +
        'In 10 simulated runs the number goes from 500 persons in October 2015 to a median of 454 persons in ' +
        'December 2015 (90 % interval 442–476). ' +
        'The probability of reaching at most 450 persons is 40 % (standard error 15.5 percentage points): ' +
        'very ambitious. At the chosen certainty of 80 % the proposed level is at most 464 persons. ' +
        'The result depends most on the change in unemployment (assumption, correlation 0.94) and share of ' +
        'employer-based offers (source, correlation −0.71). ' +
        'Inconsistency in the source: The target states −11 %, but 500 → 450 is −10 %; the level 450 is used.',
    );
  });

  it('writes a per cent target in percentage points and keeps the level when P(reach) is below the ambition', () => {
    expect(targetGoalText(row('9'), 'da')).toBe(
      'Andel virksomhedsrettet: mindst 65 % i december 2015, en stigning på 5 procentpoint fra 60 % i oktober 2015.',
    );
    expect(targetRationale(row('9'), 'da')).toContain(
      'Sandsynligheden for at nå mindst 65 % er 60 % (standardfejl 15,5 procentpoint): ambitiøst og realistisk. ' +
        'Med den valgte sikkerhed på 80 % foreslås niveauet mindst 62 %.',
    );
  });

  it('says a level holds when P(reach) meets the ambition', () => {
    const atHalf = committeeTable(fixtureResult(scenario), scenario, { ambition: 0.5 });
    // andel ≥ 65 has P = 0.6 ≥ 0.5; the level at 0.5 is the core's median 65.5 → down to 65.
    expect(targetRationale(atHalf[3] as CommitteeRow, 'da')).toContain(
      'Niveauet holder med den valgte sikkerhed på 50 %; med 50 % sandsynlighed nås mindst 65 %.',
    );
  });

  it('proposes a level for a follow-only target and gives the reason for an unsimulated one', () => {
    expect(targetGoalText(row('2a'), 'da')).toBe(
      'Unge (følges): følges uden resultatniveau (udgangspunkt 500 personer i oktober 2015).',
    );
    expect(targetRationale(row('2a'), 'da')).toContain(
      'Målet følges uden resultatniveau. Status: et fald på 5 %',
    );
    expect(targetRationale(row('2a'), 'da')).toContain(
      'Med 80 % sandsynlighed bliver tallet højst 464 personer i december 2015.',
    );
    expect(targetGoalText(row('8'), 'da')).toBe('Samarbejdsgrad: resultatniveau ikke fastsat.');
    expect(targetRationale(row('8'), 'da')).toBe('Ikke simuleret. Kræver data om virksomheder.');
    expect(targetRationale(row('8'), 'en')).toBe('Not simulated. Needs data on firms.');
  });
});

describe('every number in the generated text traces to the input', () => {
  for (const lang of ['da', 'en'] as const) {
    for (const nr of ['1', '2a', '8', '9']) {
      it(`target ${nr} (${lang})`, () => {
        const r = row(nr);
        const text = `${targetGoalText(r, lang)} ${targetRationale(r, lang)}`;
        if (r.kind !== 'unsimulated') expect(numbersIn(text, lang).length).toBeGreaterThan(5);
        expect(untraceable(text, r, lang), text).toEqual([]);
      });
    }
  }

  it('the check catches a number that is not in the input', () => {
    const r = row('1');
    expect(untraceable('Niveauet er 457 personer, 15,5 procentpoint.', r, 'da')).toEqual([457]);
    expect(traceableNumbers(r, 'da')).toContain(500);
  });
});
