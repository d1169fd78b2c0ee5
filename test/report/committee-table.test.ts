import { describe, expect, it } from 'vitest';
import { cautiousLevel, committeeTable } from '../../src/report/committee-table.ts';
import { fixtureResult, fixtureScenario } from './report-fixture.ts';

// Expected values are hand calculations from the replication values in report-fixture.ts (type-7 quantiles:
// h = (R − 1)·p, interpolate between the sorted values at ⌊h⌋ and ⌈h⌉).
describe('committeeTable', () => {
  const scenario = fixtureScenario();
  const result = fixtureResult(scenario);
  const rows = committeeTable(result, scenario, { ambition: 0.8 });

  it('has one row per target in the plan order, with the annex number and the kind of row', () => {
    expect(rows.map((row) => [row.nr, row.kind])).toEqual([
      ['1', 'simulated'],
      ['2a', 'followOnly'],
      ['8', 'unsimulated'],
      ['9', 'simulated'],
    ]);
  });

  it('gives P(reach) with its standard error, the verdict and the 5/50/95 % quantiles of a ≤ target', () => {
    const row = rows[0];
    // unge ≤ 450: 440, 445, 448, 450 of 10 reach → 0.4; SE √(0.4·0.6/10) = 0.1549; median (452 + 455)/2.
    expect(row?.pReach).toBe(0.4);
    expect(row?.pReachSE).toBeCloseTo(0.154919, 6);
    expect(row?.verdict?.id).toBe('veryAmbitious');
    expect(row?.median).toBe(453.5);
    expect(row?.low).toBeCloseTo(442.25, 9); // h = 0.45: 440 + 0.45·5
    expect(row?.high).toBeCloseTo(475.5, 9); // h = 8.55: 470 + 0.55·10
    expect(row?.baseline).toEqual({
      month: '2015-10',
      value: 500,
      source: { document: 'Seed 000', section: 'bilag, mål 1' },
    });
    expect(row?.observations.map((o) => o.month)).toEqual(['2015-11']);
  });

  it('computes the level at an ambition the core did not summarise from the raw values, rounded cautiously', () => {
    // Ambitions in the result are 0.5 and 0.9 only. 0.8 on unge (≤): h = 7.2 → 462 + 0.2·8 = 463.6 → up to 464.
    expect(rows[0]?.proposedLevelExact).toBeCloseTo(463.6, 9);
    expect(rows[0]?.proposedLevel).toBe(464);
    // andel (≥) at 0.8 is the 0.2-quantile: h = 1.8 → 62 + 0.8·1 = 62.8 → down to 62.
    expect(rows[3]?.proposedLevelExact).toBeCloseTo(62.8, 9);
    expect(rows[3]?.proposedLevel).toBe(62);
    expect(rows[3]?.unit).toBe('percent');
  });

  it('uses the core’s level when the ambition is one it summarised', () => {
    const at90 = committeeTable(result, scenario, { ambition: 0.9 });
    // The core's levelAt["0.9"] for unge: h = 8.1 → 470 + 0.1·10 = 471.
    expect(at90[0]?.proposedLevelExact).toBe(result.targets[0]?.levelAt?.['0.9']);
    expect(at90[0]?.proposedLevel).toBe(471);
  });

  it('keeps the follow-only target’s proposal and the unsimulated target’s reason', () => {
    expect(rows[1]?.level).toBeUndefined();
    expect(rows[1]?.pReach).toBeUndefined();
    expect(rows[1]?.proposedLevel).toBe(464);
    expect(rows[2]?.reason?.da).toBe('Kræver data om virksomheder.');
    expect(rows[2]?.median).toBeUndefined();
  });

  it('labels the strongest drivers and says whether each is an assumption', () => {
    expect(rows[0]?.drivers.map((d) => [d.path, d.label.da, d.assumption])).toEqual([
      ['/macro/unemploymentChange', 'ledighedens udvikling', true],
      ['/activation/employerBasedShare', 'andel virksomhedsrettede tilbud', false],
    ]);
    expect(rows[0]?.drivers[0]?.correlation).toBe(result.targets[0]?.drivers?.[0]?.correlation);
  });

  it('carries the source inconsistency note of the target', () => {
    expect(rows[0]?.notes.map((note) => note.kind)).toEqual(['relativeChangeMismatch']);
  });

  it('refuses an ambition outside (0, 1)', () => {
    expect(() => committeeTable(result, scenario, { ambition: 80 })).toThrow(/between 0 and 1/);
    expect(() => committeeTable(result, scenario, { ambition: 0 })).toThrow(/between 0 and 1/);
  });

  it('does not change the result or the scenario', () => {
    const before = JSON.stringify([scenario, result.targets]);
    committeeTable(result, scenario, { ambition: 0.7 });
    expect(JSON.stringify([scenario, result.targets])).toBe(before);
  });
});

describe('cautiousLevel', () => {
  it('rounds up for ≤ targets and down for ≥ targets, ignoring binary noise', () => {
    expect(cautiousLevel(447.3, 'atMost')).toBe(448);
    expect(cautiousLevel(68.40000000000003, 'atMost')).toBe(69);
    expect(cautiousLevel(434.0000000000001, 'atMost')).toBe(434);
    expect(cautiousLevel(65.6, 'atLeast')).toBe(65);
    expect(cautiousLevel(62.99999999999999, 'atLeast')).toBe(63);
  });
});
