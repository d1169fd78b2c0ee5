import { describe, expect, test } from 'vitest';
import { levelAt } from '../../../src/targets/level-at.ts';
import { AMBITION_STEPS, targetRows, valuesAtMonth } from '../../../web/view-model/adapt-target-rows.ts';
import type { TargetRow } from '../../../web/view-model/target-row.ts';
import { FIXTURE_REPLICATIONS, referenceResult } from '../sim-fixture.ts';

const result = referenceResult();
const rows = targetRows(result, 'da');
const row = (id: string): TargetRow => {
  const found = rows.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('targetRows (MonteCarloResult → board rows)', () => {
  test('one row per target of the 2015 plan, in the annex order', () => {
    expect(rows.map((candidate) => candidate.nr)).toEqual([
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
  });

  test('P(reach), its standard error and the verdict are the core’s', () => {
    const core = result.targets[0];
    const first = row('1').result;
    if (first.status !== 'simulated' || !core) throw new Error('target 1 is simulated');
    expect(first.pReach).toBe(core.pReach);
    expect(first.pReachSE).toBe(core.pReachSE);
    expect(first.verdict).toBe(core.verdict?.id);
    expect(first.replications).toBe(FIXTURE_REPLICATIONS);
    expect(row('1').baseline).toEqual({ value: 535, month: '2013-12' });
    expect(row('1').target).toEqual({ level: 428, month: '2015-12', direction: 'atMost' });
  });

  test('the reachable levels are levelAt over the target month’s values, equal to the core’s where it has them', () => {
    const first = row('1').result;
    if (first.status !== 'simulated') throw new Error('target 1 is simulated');
    expect(first.reachable.map((level) => level.probability)).toEqual(AMBITION_STEPS);
    const values = valuesAtMonth(result, 'unge-under-30', '2015-12');
    expect(values).toHaveLength(FIXTURE_REPLICATIONS);
    for (const p of ['0.5', '0.7', '0.9']) {
      expect(first.reachable.find((level) => String(level.probability) === p)?.level).toBe(
        result.targets[0]?.levelAt?.[p],
      );
    }
    expect(first.reachable[9]?.level).toBe(levelAt(values ?? [], 'atMost', 0.95));
  });

  test('a target without a level is followed with proposed levels; one that cannot be simulated says why', () => {
    expect(row('2a').result.status).toBe('followOnly');
    expect(row('2a').target).toBeUndefined();
    const eight = row('8');
    expect(eight.result).toMatchObject({
      status: 'unsimulated',
      reason: { da: expect.stringContaining('virksomheder') },
    });
    expect(eight.baseline).toBeUndefined(); // the seed gives none ("X")
    expect(eight.fan).toBeUndefined();
  });

  test('the seed’s “−11 %” for 243 → 209 is flagged as an inconsistency, not hidden', () => {
    expect(row('7').notes).toContainEqual({
      kind: 'inconsistency',
      text: expect.objectContaining({ da: expect.stringContaining('−11 %') }),
    });
  });

  test('a baseline the model does not reproduce is flagged as such; the 2015 plan has none', () => {
    expect(rows.flatMap((r) => r.notes).filter((note) => note.text.da?.includes('basismåneden'))).toEqual([]);
    const first = result.targets[0];
    if (!first) throw new Error('no target');
    const note = {
      kind: 'baselineMismatch' as const,
      model: 535,
      baseline: 600,
      month: '2013-12',
      text: { da: 'Modellen giver 535 i basismåneden 2013-12, basis er 600', en: '…' },
    };
    const changed = {
      ...result,
      targets: [{ ...first, notes: [...first.notes, note] }, ...result.targets.slice(1)],
    };
    expect(targetRows(changed, 'da')[0]?.notes).toContainEqual({ kind: 'baseline', text: note.text });
  });

  test('a ratio indicator (target 9, per cent in the core) is a share for the board and charts', () => {
    const nine = row('9');
    expect(nine.unit).toBe('percent');
    expect(nine.target).toEqual({ level: 0.65, month: '2015-12', direction: 'atLeast' });
    expect(nine.baseline?.value).toBeCloseTo(0.6, 12);
    const median = result.indicators
      .find((i) => i.id === 'virksomhedsrettet-andel')
      ?.quantiles['0.5']?.at(-1);
    expect(nine.fan?.bands.p50.at(-1)).toBeCloseTo((median ?? NaN) / 100, 12);
  });

  test('the sparkline fan is the core’s quantiles with the observed statuses of the source', () => {
    const fan = row('1').fan;
    const core = result.indicators.find((indicator) => indicator.id === 'unge-under-30');
    expect(fan?.months).toEqual(result.context.months);
    expect(fan?.bands.p2_5).toEqual(core?.quantiles['0.025']);
    expect(fan?.bands.p97_5).toEqual(core?.quantiles['0.975']);
    expect(fan?.target).toEqual({ level: 428, month: '2015-12', direction: 'atMost' });
    // Seed 000: −15 % from Dec 2013 (535) to Oct 2014 → 454.75.
    expect(fan?.observed).toEqual([
      { month: '2013-12', value: 535, label: 'Udgangspunkt dec. 2013' },
      { month: '2014-10', value: 454.75, label: 'Status okt. 2014' },
    ]);
  });
});
