import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../src/scenario/resolve-scenario.ts';
import type { BaseScenario, DerivedScenario, Scenario } from '../../src/scenario/scenario.ts';
import type { CohortSpec } from '../../src/cohort/cohort-spec.ts';

const assumption = { assumption: true as const, rationale: { da: 'test', en: 'test' } };

function baseScenario(): BaseScenario {
  return {
    id: 'base',
    title: { da: 'Basis', en: 'Base' },
    municipality: 'Testkommune',
    start: '2013-12',
    end: '2015-12',
    seed: 7,
    // The resolver treats the cohort as opaque JSON; its shape is the cohort package's.
    cohort: { note: 'opaque' } as unknown as CohortSpec,
    transitions: {
      kontanthjaelp: {
        exits: { selvforsoergelse: { value: 0.05, unit: 'probability/month', source: assumption } },
      },
    },
    macro: { unemploymentChange: { value: -0.15, unit: 'relative change', source: assumption } },
    targets: [
      {
        id: '6',
        indicator: 'kontant-og-uddannelseshjaelp',
        title: { da: 'Kontanthjælp', en: 'Cash benefit' },
        direction: 'atMost',
        baseline: { month: '2013-12', value: 813, source: { document: 'seed 000' } },
        relativeChange: -0.16,
        month: '2015-12',
      },
    ],
  };
}

function lookupOf(...scenarios: Scenario[]): (id: string) => Scenario | undefined {
  return (id) => scenarios.find((s) => s.id === id);
}

describe('resolveScenario', () => {
  it('fills the defaults of a scenario that extends nothing', () => {
    const resolved = resolveScenario(baseScenario());
    expect(resolved.replications).toBe(1000);
    expect(resolved.ambitions).toEqual([0.5, 0.7, 0.9]);
    expect(resolved.verdicts).toEqual({ safe: 0.9, realistic: 0.5, veryAmbitious: 0.2 });
    expect(resolved.inflow).toEqual([]);
    expect(resolved.lineage).toEqual(['base']);
  });

  it('lets a derived scenario replace top-level fields and set single values by path', () => {
    const child: DerivedScenario = {
      id: 'child',
      title: { da: 'Lav vækst', en: 'Low growth' },
      extends: 'base',
      seed: 99,
      overrides: [
        { path: '/macro/unemploymentChange/value', value: -0.05 },
        { path: '/transitions/kontanthjaelp/exits/selvforsoergelse/value', value: 0.04 },
        { path: '/targets/0/level', value: 700 },
        { path: '/targets/-', value: { id: 'x' } },
      ],
    };
    const resolved = resolveScenario(child, lookupOf(baseScenario()));
    expect(resolved.id).toBe('child');
    expect(resolved.seed).toBe(99);
    expect(resolved.start).toBe('2013-12');
    expect(resolved.macro.unemploymentChange.value).toBe(-0.05);
    expect(resolved.transitions.kontanthjaelp?.exits.selvforsoergelse?.value).toBe(0.04);
    expect(resolved.targets[0]?.level).toBe(700);
    expect(resolved.targets).toHaveLength(2);
    expect(resolved.lineage).toEqual(['base', 'child']);
  });

  it('applies a chain of three scenarios from the root down', () => {
    const middle: DerivedScenario = { id: 'middle', title: { da: 'm', en: 'm' }, extends: 'base', seed: 1 };
    const leaf: DerivedScenario = {
      id: 'leaf',
      title: { da: 'l', en: 'l' },
      extends: 'middle',
      overrides: [{ path: '/seed', value: 2 }],
    };
    const resolved = resolveScenario(leaf, lookupOf(baseScenario(), middle));
    expect(resolved.seed).toBe(2);
    expect(resolved.lineage).toEqual(['base', 'middle', 'leaf']);
  });

  it('never mutates its inputs, and the result shares no objects with them', () => {
    const base = baseScenario();
    const child: DerivedScenario = {
      id: 'child',
      title: { da: 'c', en: 'c' },
      extends: 'base',
      overrides: [{ path: '/macro/unemploymentChange/value', value: -0.3 }],
    };
    const before = JSON.stringify([base, child]);
    const resolved = resolveScenario(child, lookupOf(base));
    expect(JSON.stringify([base, child])).toBe(before);
    resolved.macro.unemploymentChange.value = 123;
    resolved.targets.push(resolved.targets[0]!);
    expect(JSON.stringify([base, child])).toBe(before);
  });

  it('names the missing parent', () => {
    const child: DerivedScenario = { id: 'child', title: { da: 'c', en: 'c' }, extends: 'nowhere' };
    expect(() => resolveScenario(child, lookupOf())).toThrow(
      /"child" extends "nowhere", which was not found/,
    );
  });

  it('refuses a cycle of extends and shows it', () => {
    const a: DerivedScenario = { id: 'a', title: { da: 'a', en: 'a' }, extends: 'b' };
    const b: DerivedScenario = { id: 'b', title: { da: 'b', en: 'b' }, extends: 'a' };
    expect(() => resolveScenario(a, lookupOf(a, b))).toThrow(/a → b → a/);
  });

  it('refuses an override path whose parent does not exist, naming the scenario and the path', () => {
    const child: DerivedScenario = {
      id: 'child',
      title: { da: 'c', en: 'c' },
      extends: 'base',
      overrides: [{ path: '/makro/unemploymentChange/value', value: 0 }],
    };
    expect(() => resolveScenario(child, lookupOf(baseScenario()))).toThrow(
      /child: overrides\[0\]: path "\/makro\/unemploymentChange\/value" does not exist .*"\/makro"/,
    );
  });

  it('refuses an array index beyond the array', () => {
    const child: DerivedScenario = {
      id: 'child',
      title: { da: 'c', en: 'c' },
      extends: 'base',
      overrides: [{ path: '/targets/3', value: {} }],
    };
    expect(() => resolveScenario(child, lookupOf(baseScenario()))).toThrow(/"3" .* is not an index/);
  });

  it('removes a field or an array element with "remove": true, and a missing one quietly', () => {
    const base = {
      ...baseScenario(),
      activation: { employerBasedShare: { value: 0.6, unit: 'share', source: assumption } },
    };
    const child: DerivedScenario = {
      id: 'child',
      title: { da: 'Barn', en: 'Child' },
      extends: 'base',
      overrides: [
        { path: '/activation', remove: true },
        { path: '/targets/0', remove: true },
        { path: '/costs', remove: true },
      ],
    };
    const resolved = resolveScenario(child, lookupOf(base));
    expect('activation' in resolved).toBe(false);
    expect(resolved.targets).toEqual([]);
    expect(base.activation.employerBasedShare.value).toBe(0.6);
  });

  it('refuses an override with both a value and "remove", or with neither', () => {
    const derived = (override: DerivedScenario['overrides']): DerivedScenario => ({
      id: 'child',
      title: { da: 'Barn', en: 'Child' },
      extends: 'base',
      overrides: override,
    });
    expect(() =>
      resolveScenario(derived([{ path: '/seed', value: 1, remove: true }]), lookupOf(baseScenario())),
    ).toThrow(/child: overrides\[0\]: give either "value" .* or "remove": true, not both/);
    expect(() => resolveScenario(derived([{ path: '/seed' }]), lookupOf(baseScenario()))).toThrow(
      /not neither/,
    );
  });

  it('names a required field that no scenario of the chain gives', () => {
    const { macro: _macro, ...withoutMacro } = baseScenario();
    expect(() => resolveScenario(withoutMacro as BaseScenario)).toThrow(/"base" has no "macro"/);
  });
});
