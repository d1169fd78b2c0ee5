import { describe, expect, test } from 'vitest';
import { checkFanChartData } from '../../../web/charts/fan-chart-data.ts';
import { DEMO_TARGET_ROWS } from '../../../web/view-model/demo-target-rows.ts';
import { localized } from '../../../web/view-model/target-row.ts';

// Expected baselines and levels are the seed's annex "Mål i Beskæftigelsesplan 2015" (DESIGN §2.1).
describe('demo target rows', () => {
  test('the annex rows in order, with the seed baselines and levels', () => {
    expect(DEMO_TARGET_ROWS.map((row) => row.nr)).toEqual([
      '1',
      '2',
      '2a',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    const levels = Object.fromEntries(DEMO_TARGET_ROWS.map((row) => [row.nr, row.target?.level]));
    expect(levels).toEqual({
      '1': 428,
      '2': 463,
      '2a': undefined,
      '3': 43,
      '4': 68,
      '5': 102,
      '6': 683,
      '7': 209,
      '8': undefined,
      '9': 0.65,
    });
    expect(DEMO_TARGET_ROWS.find((row) => row.nr === '1')?.baseline).toEqual({
      value: 535,
      month: '2013-12',
    });
  });

  test('every fan is well formed and P(reach) lies in 0–1', () => {
    for (const row of DEMO_TARGET_ROWS) {
      const fan = row.fan;
      if (fan) expect(() => checkFanChartData(fan)).not.toThrow();
      if (row.result.status === 'simulated') {
        expect(row.result.pReach).toBeGreaterThanOrEqual(0);
        expect(row.result.pReach).toBeLessThanOrEqual(1);
      }
    }
  });

  test('samarbejdsgrad is unsimulated with a reason, and the −11 % that is 14 % is flagged', () => {
    const eight = DEMO_TARGET_ROWS.find((row) => row.nr === '8');
    expect(eight?.result.status).toBe('unsimulated');
    const seven = DEMO_TARGET_ROWS.find((row) => row.nr === '7');
    expect(seven?.notes.map((note) => note.kind)).toEqual(['inconsistency']);
    expect(localized(seven?.notes[0]?.text ?? { da: '' }, 'da')).toContain('14 %');
  });

  test('localized falls back to Danish where no English text is given', () => {
    expect(localized({ da: 'Ressourceforløb' }, 'en')).toBe('Ressourceforløb');
    expect(localized({ da: 'Unge', en: 'Young people' }, 'en')).toBe('Young people');
  });
});
