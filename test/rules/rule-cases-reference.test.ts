/**
 * The repository's rule data, tested like code: every named case of every rule file runs through
 * json-rules-engine (the reference semantics) and must fire, or not, with exactly the event params the case
 * expects. The expected values are the rule authors' readings of the sources cited in each file's meta.
 */
import { DEFAULT_OPERATORS } from '../../src/rules/compile/engine-operators.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRuleSet } from '../../src/rules/build-rule-set.ts';
import { DEFAULT_PERSON } from '../../src/rules/default-person.ts';
import {
  EMPLOYER_BASED_OFFERS,
  FACT_NAMES,
  SUPPORT_STATES,
  encodeFactValue,
  isFactName,
  parameterNameOf,
} from '../../src/rules/facts.ts';
import { createReferenceEngine, parameterValues, runReference } from '../../src/rules/reference-engine.ts';
import type { ParameterValues } from '../../src/rules/reference-engine.ts';
import type { ConditionFile, RuleFile } from '../../src/rules/rule-file.ts';
import { monthIndex } from '../../src/time/month.ts';
import {
  INDICATOR_IDS,
  INDICATOR_IDS_2015,
  INDICATOR_IDS_2017,
  indicatorIdOfTarget,
  readRepoConditionFiles,
  readRepoRuleFiles,
} from './repo-rule-files.ts';

const ruleFiles = readRepoRuleFiles();
const conditionFiles = readRepoConditionFiles();
const conditions: ConditionFile[] = conditionFiles.map(({ file }) => file);
const conditionsByName = new Map(conditions.map((condition) => [condition.name, condition.conditions]));

const OPERATORS: readonly string[] = DEFAULT_OPERATORS;

type Json = unknown;

/** Calls `visit` on every object inside a JSON value, depth first. */
function walk(value: Json, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (value !== null && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    visit(node);
    for (const child of Object.values(node)) walk(child, visit);
  }
}

/** The rule's conditions and every shared condition they reference, transitively. */
function conditionTrees(rule: RuleFile): Json[] {
  const trees: Json[] = [rule.conditions];
  const seen = new Set<string>();
  for (let i = 0; i < trees.length; i++) {
    walk(trees[i], (node) => {
      const name = node['condition'];
      if (typeof name !== 'string' || seen.has(name)) return;
      seen.add(name);
      const shared = conditionsByName.get(name);
      if (shared === undefined) throw new Error(`${rule.name} refers to an unknown condition "${name}"`);
      trees.push(shared);
    });
  }
  return trees;
}

/** Names of the parameters referenced as {"fact": "param:<name>"} in a JSON value. */
function parameterReferences(value: Json): string[] {
  const names: string[] = [];
  walk(value, (node) => {
    const fact = node['fact'];
    const parameter = typeof fact === 'string' ? parameterNameOf(fact) : undefined;
    if (parameter !== undefined) names.push(parameter);
  });
  return names;
}

/**
 * json-rules-engine's replaceFactsInEventParams resolves {"fact": …} only in the top-level keys of event params
 * (RuleResult.resolveEventParams), so the nested shares of a visitation event come back as references. The
 * simulator resolves them at any depth; this does the same so that cases state resolved values.
 */
function resolveNestedParameters(value: Json, parameters: ParameterValues): Json {
  if (Array.isArray(value)) return value.map((item) => resolveNestedParameters(item, parameters));
  if (value === null || typeof value !== 'object') return value;
  const node = value as Record<string, unknown>;
  const fact = node['fact'];
  const parameter = typeof fact === 'string' ? parameterNameOf(fact) : undefined;
  if (parameter !== undefined) {
    const resolved = parameters[parameter];
    if (resolved === undefined) throw new Error(`No value for parameter "${parameter}"`);
    return resolved;
  }
  return Object.fromEntries(
    Object.entries(node).map(([key, child]) => [key, resolveNestedParameters(child, parameters)]),
  );
}

describe('repository rule files', () => {
  it('has rule and condition files to test', () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(30);
    expect(conditionFiles.length).toBeGreaterThanOrEqual(3);
  });

  it('assemble into one rule set: unique names, each parameter with one default and unit', () => {
    const ruleSet = buildRuleSet(
      ruleFiles.map(({ file }) => file),
      conditions,
    );
    expect(ruleSet.rules).toHaveLength(ruleFiles.length);
  });

  it('are named after their rule or condition, in kebab-case ASCII', () => {
    for (const { path, file } of [...ruleFiles, ...conditionFiles]) {
      expect(path.endsWith(`/${file.name}.json`), path).toBe(true);
      expect(file.name, path).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('point at the generated schemas', () => {
    for (const { path, file } of ruleFiles) expect(file.$schema, path).toBe('../rule.schema.json');
    for (const { path, file } of conditionFiles) expect(file.$schema, path).toBe('../condition.schema.json');
  });

  it('give every rule at least 3 cases, each expecting params when it fires', () => {
    for (const { path, file } of ruleFiles) {
      expect(file.cases.length, path).toBeGreaterThanOrEqual(3);
      for (const ruleCase of file.cases) {
        if (ruleCase.expect.fires) expect(ruleCase.expect.params, `${path}: ${ruleCase.name}`).toBeDefined();
      }
      expect(
        file.cases.some((ruleCase) => ruleCase.expect.fires),
        `${path} needs a case that fires`,
      ).toBe(true);
      expect(
        file.cases.some((ruleCase) => !ruleCase.expect.fires),
        `${path} needs a case that does not fire`,
      ).toBe(true);
    }
  });

  it('show every parameterised rule with a parameter override in at least one case', () => {
    for (const { path, file } of ruleFiles) {
      if (Object.keys(file.meta.parameters ?? {}).length === 0) continue;
      expect(
        file.cases.some((ruleCase) => Object.keys(ruleCase.parameters ?? {}).length > 0),
        path,
      ).toBe(true);
    }
  });

  it('are documented in rules/README.md: every fact, rule and parameter has a table row', () => {
    const readme = readFileSync(new URL('../../rules/README.md', import.meta.url), 'utf8');
    const rowNames = new Set([...readme.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((match) => match[1]));
    for (const fact of FACT_NAMES) expect(rowNames, `fact ${fact}`).toContain(fact);
    for (const { file } of ruleFiles) {
      expect(rowNames, `rule ${file.name}`).toContain(file.name);
      for (const name of Object.keys(file.meta.parameters ?? {}))
        expect(rowNames, `parameter ${name}`).toContain(name);
    }
  });

  it('use only vocabulary facts, parameters and the ten json-rules-engine operators', () => {
    for (const { path, file } of ruleFiles) {
      for (const tree of conditionTrees(file)) {
        walk(tree, (node) => {
          if (typeof node['operator'] !== 'string') return;
          const fact = node['fact'];
          expect(typeof fact === 'string' && isFactName(fact), `${path}: fact ${String(fact)}`).toBe(true);
          expect(OPERATORS, `${path}: operator`).toContain(node['operator']);
        });
      }
    }
  });

  it('declare every parameter they refer to, in conditions, shared conditions and event params', () => {
    for (const { path, file } of ruleFiles) {
      const declared = Object.keys(file.meta.parameters ?? {});
      const referenced = [...conditionTrees(file), file.event.params].flatMap(parameterReferences);
      for (const name of referenced) expect(declared, `${path} refers to param:${name}`).toContain(name);
      for (const name of declared) expect(referenced, `${path} declares unused ${name}`).toContain(name);
    }
  });

  it('give every parameter a source or an assumption with a rationale in both languages', () => {
    for (const { path, file } of ruleFiles) {
      for (const [name, parameter] of Object.entries(file.meta.parameters ?? {})) {
        const where = `${path}: ${name}`;
        expect(parameter.label.da.length, where).toBeGreaterThan(0);
        expect(parameter.label.en.length, where).toBeGreaterThan(0);
        expect(Number.isFinite(parameter.value), where).toBe(true);
        expect(parameter.unit.length, where).toBeGreaterThan(0);
        if ('assumption' in parameter.source) {
          expect(parameter.source.rationale.da.length, where).toBeGreaterThan(0);
          expect(parameter.source.rationale.en.length, where).toBeGreaterThan(0);
        } else {
          expect(parameter.source.document.length, where).toBeGreaterThan(0);
        }
      }
    }
  });

  it('state case facts that exist and hold valid values, and override only declared parameters', () => {
    for (const { path, file } of ruleFiles) {
      const declared = Object.keys(file.meta.parameters ?? {});
      for (const ruleCase of file.cases) {
        const where = `${path}: ${ruleCase.name}`;
        for (const [fact, value] of Object.entries(ruleCase.facts)) {
          expect(isFactName(fact), `${where}: fact ${fact}`).toBe(true);
          if (isFactName(fact)) expect(() => encodeFactValue(fact, value), where).not.toThrow();
        }
        for (const name of Object.keys(ruleCase.parameters ?? {})) expect(declared, where).toContain(name);
      }
    }
  });

  it('date every case within the rule’s effective period', () => {
    for (const { path, file } of ruleFiles) {
      const from = monthIndex(file.meta.effectiveFrom);
      const to = file.meta.effectiveTo === undefined ? Infinity : monthIndex(file.meta.effectiveTo);
      expect(from, path).toBeLessThanOrEqual(to);
      for (const ruleCase of file.cases) {
        const month = monthIndex(ruleCase.month ?? file.meta.effectiveFrom);
        expect(month >= from && month <= to, `${path}: ${ruleCase.name}`).toBe(true);
      }
    }
  });

  it('use only known indicator ids, matching the target in meta.target', () => {
    for (const { path, file } of ruleFiles) {
      if (file.event.type !== 'indicator') continue;
      expect(INDICATOR_IDS, path).toContain(file.event.params.indicator);
      expect(file.meta.target, `${path} needs meta.target`).toBeDefined();
      expect(indicatorIdOfTarget(file.meta.target ?? ''), path).toBe(file.event.params.indicator);
    }
  });

  it('measure every 2015 and 2017 target indicator, ratios with both a numerator and a denominator', () => {
    const indicatorEvents = ruleFiles.flatMap(({ file }) =>
      file.event.type === 'indicator' ? [file.event] : [],
    );
    for (const id of [...INDICATOR_IDS_2015, ...INDICATOR_IDS_2017]) {
      const roles = indicatorEvents
        .filter((event) => event.params.indicator === id)
        .map((event) => event.params.role ?? 'count')
        .sort();
      expect([['count'], ['denominator', 'numerator']], id).toContainEqual(roles);
    }
  });

  it('define on-public-support as exactly SUPPORT_STATES and employer-based-offer as EMPLOYER_BASED_OFFERS', () => {
    expect(conditionsByName.get('on-public-support')).toEqual({
      all: [{ fact: 'ydelse', operator: 'in', value: [...SUPPORT_STATES] }],
    });
    expect(conditionsByName.get('employer-based-offer')).toEqual({
      all: [{ fact: 'offer', operator: 'in', value: [...EMPLOYER_BASED_OFFERS] }],
    });
  });
});

describe('rule cases run through json-rules-engine', () => {
  for (const { file: rule } of ruleFiles) {
    // Just this rule and every shared condition: another rule can neither fire nor hide a mistake here.
    const ruleSet = buildRuleSet([rule], conditions);
    const engine = createReferenceEngine(ruleSet);
    for (const ruleCase of rule.cases) {
      it(`${rule.name}: ${ruleCase.name}`, async () => {
        const parameters = parameterValues(ruleSet, ruleCase.parameters);
        const result = await runReference(engine, { ...DEFAULT_PERSON, ...ruleCase.facts }, parameters);
        expect(result.fired).toEqual(ruleCase.expect.fires ? [rule.name] : []);
        if (ruleCase.expect.fires) {
          const [fired] = result.events;
          expect(fired?.event.type).toBe(rule.event.type);
          expect(resolveNestedParameters(fired?.event.params, parameters)).toEqual(ruleCase.expect.params);
        }
      });
    }
  }
});
