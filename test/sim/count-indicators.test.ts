import { describe, expect, it } from 'vitest';
import { countFired, WindowSums } from '../../src/sim/count-indicators.ts';
import { indicatorLayout } from '../../src/sim/indicator-layout.ts';
import { monteCarlo } from '../../src/sim/monte-carlo.ts';
import { prepareModel } from '../../src/sim/prepare-model.ts';
import { ASSUMED, countState, q, rule, ruleSetOf, smallScenario } from './small-model.ts';

describe('countFired', () => {
  it('sums one row and counts persons for whom any of several rows fired', () => {
    // Two rows over 4 persons: row 0 = 1 1 0 0, row 1 = 0 1 1 0.
    const fired = Uint8Array.from([1, 1, 0, 0, 0, 1, 1, 0]);
    expect(countFired(fired, 4, [0])).toBe(2);
    expect(countFired(fired, 4, [0, 1])).toBe(3);
    expect(countFired(fired, 4, [])).toBe(0);
  });

  it('counts four persons at a time on a padded stride exactly as one at a time', () => {
    // 3 rows over 1,001 persons with a stride of 1,004 (padding 0), random bytes: the word path (stride % 4 = 0)
    // against the byte path on the same data copied to an unpadded layout.
    const count = 1001;
    const stride = 1004;
    const padded = new Uint8Array(3 * stride);
    const plain = new Uint8Array(3 * count);
    let x = 12345;
    for (let row = 0; row < 3; row++) {
      for (let i = 0; i < count; i++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        const bit = x >>> 31;
        padded[row * stride + i] = bit;
        plain[row * count + i] = bit;
      }
    }
    for (const rows of [[0], [2], [0, 1], [0, 1, 2]]) {
      const expected = countFired(plain, count, rows);
      expect(expected).toBeGreaterThan(0);
      expect(countFired(padded, count, rows, stride)).toBe(expected);
    }
  });
});

describe('WindowSums', () => {
  it('starts from the seed per month and rolls the window forward', () => {
    const sums = new WindowSums([3]);
    expect(sums.start(0, 2)).toBe(6); // months −2, −1, 0 at 2 each
    expect(sums.push(0, 1, 5)).toBe(9); // drops one seeded month
    expect(sums.push(0, 2, 0)).toBe(7);
    expect(sums.push(0, 3, 1)).toBe(6); // months 1–3: 5 + 0 + 1
  });
});

describe('indicatorLayout', () => {
  it('refuses an indicator that mixes count and ratio roles', () => {
    const a = countState('x', 'kontanthjaelp');
    const b = rule('b', { all: [] }, { type: 'indicator', params: { indicator: 'x', role: 'numerator' } });
    expect(() => indicatorLayout(ruleSetOf(a, b))).toThrow(/either counted or a ratio/);
  });

  it('refuses a ratio without a denominator', () => {
    const b = rule('b', { all: [] }, { type: 'indicator', params: { indicator: 'x', role: 'numerator' } });
    expect(() => indicatorLayout(ruleSetOf(b))).toThrow(/lacks a denominator/);
  });
});

describe('window indicators in a run', () => {
  it('show the target baseline at month 0 and then the rolling sum of simulated flows', () => {
    // Everyone leaves kontanthjælp for self-support in month 1 (probability 1); the flow "entered
    // self-support" is 10 in month 1 and 0 after. With a 12-month baseline of 24 (2 a month), month 1 holds
    // 11 seeded months (22) + 10 = 32, and month 12 holds only simulated months: 10.
    const entered = rule(
      'tilgang',
      {
        all: [
          { fact: 'ydelse', operator: 'equal', value: 'selvforsoergelse' },
          { fact: 'enteredYdelseThisMonth', operator: 'equal', value: true },
        ],
      },
      { type: 'indicator', params: { indicator: 'tilgang', window: 12 } },
    );
    const scenario = smallScenario(
      10,
      13,
      { kontanthjaelp: { exits: { selvforsoergelse: q(1) } } },
      {
        targets: [
          {
            id: '3',
            indicator: 'tilgang',
            title: { da: 't', en: 't' },
            direction: 'atMost',
            baseline: { month: '2013-12', value: 24, source: ASSUMED },
            level: 20,
            month: '2014-12',
          },
        ],
      },
    );
    const result = monteCarlo(prepareModel(scenario, ruleSetOf(entered)), { replications: 2 });
    const mean = result.indicators[0]!.mean;
    expect(mean[0]).toBe(24);
    expect(mean[1]).toBe(32);
    expect(mean[12]).toBe(10);
    expect(mean[13]).toBe(0);
    expect(result.targets[0]!.pReach).toBe(1);
  });
});
