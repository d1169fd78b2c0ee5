// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/scenario.ts';
import ltk2015 from '../../../scenarios/lyngby-taarbaek-2015.json' with { type: 'json' };
import { MemoryScenarioStore } from '../../../web/storage/memory-scenario-store.ts';
import { ScenarioLibrary } from '../../../web/storage/scenario-library.ts';
import { scenario } from './storage-fixture.ts';

const now = () => new Date(Date.UTC(2015, 0, 27));

describe('ScenarioLibrary', () => {
  it('saves under a trimmed, free name and refuses an empty or taken one', async () => {
    const library = new ScenarioLibrary(new MemoryScenarioStore(), now);
    const saved = await library.saveAs(' Basis ', scenario('a'));
    expect(saved).toMatchObject({
      kind: 'saved',
      record: { name: 'Basis', savedAt: '2015-01-27T00:00:00.000Z' },
    });
    expect(await library.saveAs('  ', scenario('a'))).toEqual({ kind: 'empty' });
    const duplicate = await library.saveAs('BASIS', scenario('b'));
    expect(duplicate.kind === 'duplicate' && duplicate.existing.name).toBe('Basis');
    expect(library.records).toHaveLength(1);
  });

  it('saves over a record keeping its name, and renames only to a free name', async () => {
    const library = new ScenarioLibrary(new MemoryScenarioStore(), now);
    const first = await library.saveAs('Basis', scenario('a', 1));
    await library.saveAs('Anden', scenario('b', 2));
    if (first.kind !== 'saved') throw new Error('saved');
    await library.saveOver(first.record.id, scenario('a', 9));
    expect(library.records.map((r) => [r.name, r.scenario.seed])).toEqual([
      ['Anden', 2],
      ['Basis', 9],
    ]);
    expect((await library.rename(first.record.id, 'anden')).kind).toBe('duplicate');
    expect((await library.rename(first.record.id, 'Tredje')).kind).toBe('saved');
    expect(library.records.map((r) => r.name)).toEqual(['Anden', 'Tredje']);
    await library.delete(first.record.id);
    expect(library.records.map((r) => r.name)).toEqual(['Anden']);
  });

  it('imports a derived scenario under a free version of its title', async () => {
    const library = new ScenarioLibrary(new MemoryScenarioStore(), now);
    await library.saveAs('Lav vækst', scenario('x'));
    const text = JSON.stringify({
      id: 'lav',
      title: { da: 'Lav vækst', en: 'Low' },
      extends: 'lyngby-taarbaek-2015',
    });
    const outcome = await library.importText('lav.json', text, [ltk2015 as unknown as Scenario], 'da');
    expect(outcome.kind === 'imported' && outcome.record.name).toBe('Lav vækst (2)');
    const missingParent = await library.importText('lav.json', text, [], 'da');
    expect(missingParent.kind).toBe('invalid');
    expect(missingParent.kind === 'invalid' && missingParent.errors[0]?.message).toMatch(
      /lyngby-taarbaek-2015/,
    );
  });
});
