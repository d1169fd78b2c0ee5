import { describe, expect, it } from 'vitest';
import { compareTable } from '../../src/report/compare-table.ts';
import { fixtureResult, fixtureScenario } from './report-fixture.ts';

describe('compareTable', () => {
  const scenarioA = fixtureScenario();
  // B: target 1 asks for ≤ 460 instead of 450, and target 2a is dropped; its result is the same values.
  const scenarioB = fixtureScenario();
  scenarioB.targets = scenarioB.targets
    .filter((t) => t.id !== '2a')
    .map((t) => (t.id === '1' ? { ...t, level: 460 } : t));
  const a = { result: fixtureResult(scenarioA), scenario: scenarioA };
  const b = { result: fixtureResult(scenarioB), scenario: scenarioB };
  const rows = compareTable(a, b, { ambition: 0.8 });

  it('pairs targets by number, keeping a target only A has', () => {
    expect(rows.map((row) => [row.nr, row.a !== undefined, row.b !== undefined])).toEqual([
      ['1', true, true],
      ['2a', true, false],
      ['8', true, true],
      ['9', true, true],
    ]);
  });

  it('gives the differences B − A in P(reach) and in the proposed level', () => {
    // unge ≤ 450 is reached in 4 of 10 replications, ≤ 460 in 7 (440 445 448 450 452 455 460): +0.3.
    expect(rows[0]?.pReachDifference).toBeCloseTo(0.3, 12);
    // The proposed level depends on the values, not on the stated level: the same 464 in both.
    expect(rows[0]?.proposedLevelDifference).toBe(0);
    expect(rows[1]?.pReachDifference).toBeUndefined();
    expect(rows[2]?.pReachDifference).toBeUndefined();
    expect(rows[3]?.pReachDifference).toBe(0);
  });

  it('adds the targets only B has at the end', () => {
    const reversed = compareTable(b, a, { ambition: 0.8 });
    expect(reversed.map((row) => row.nr)).toEqual(['1', '8', '9', '2a']);
    expect(reversed[3]?.a).toBeUndefined();
  });
});
