/**
 * Every scenario file is data tested like code: it validates against the JSON Schema generated from the
 * Scenario type (in memory, from src/scenario/scenario.ts), resolves its `extends` chain without changing any
 * input, prepares with the repository's rules, and gives every number a source or an explained assumption.
 */
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSchemas } from '../../scripts/generate-schemas.ts';
import { isQuantity } from '../../src/scenario/quantity.ts';
import { resolveScenario } from '../../src/scenario/resolve-scenario.ts';
import { prepareModel } from '../../src/sim/prepare-model.ts';
import { loadRepoRuleSet } from '../rules/repo-rule-files.ts';
import { readRepoScenarioFiles, repoScenarioLookup } from './repo-scenario-files.ts';

const files = readRepoScenarioFiles();

/** Every object under `node` with its JSON pointer. */
function walk(node: unknown, path = ''): { path: string; value: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => walk(child, `${path}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  const value = node as Record<string, unknown>;
  return [{ path, value }, ...Object.entries(value).flatMap(([key, child]) => walk(child, `${path}/${key}`))];
}

describe('scenario files', () => {
  let validate: ReturnType<Ajv['compile']>;
  beforeAll(() => {
    const output = 'scenarios/scenario.schema.json';
    const text = generateSchemas([{ source: 'src/scenario/scenario.ts', type: 'Scenario', output }]).get(
      output,
    );
    validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(text ?? '{}') as object);
  });

  it('finds the Lyngby-Taarbæk 2015 and 2017 scenarios', () => {
    expect(files.map((file) => file.path)).toEqual(
      expect.arrayContaining(['scenarios/lyngby-taarbaek-2015.json', 'scenarios/lyngby-taarbaek-2017.json']),
    );
  });

  it.each(files)('$path validates against the schema generated from the Scenario type', ({ scenario }) => {
    const valid = validate(scenario);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(files)('$path is named by its id', ({ path, scenario }) => {
    expect(path).toBe(`scenarios/${scenario.id}.json`);
  });

  it.each(files)('$path resolves without changing the file or its parents', ({ scenario }) => {
    const before = JSON.stringify(files.map((file) => file.scenario));
    const resolved = resolveScenario(scenario, repoScenarioLookup());
    expect(resolved.id).toBe(scenario.id);
    expect(JSON.stringify(files.map((file) => file.scenario))).toBe(before);
  });

  it.each(files)(
    '$path prepares with the repository rules (every indicator and parameter exists)',
    ({ scenario }) => {
      const model = prepareModel(resolveScenario(scenario, repoScenarioLookup()), loadRepoRuleSet());
      expect(model.cohortReport?.persons).toBe(model.scenario.cohort.total);
      expect(model.cohortReport?.ipf.converged).toBe(true);
    },
  );

  it.each(files)(
    '$path gives every number a source or an assumption with a Danish and English rationale',
    ({ scenario }) => {
      const sourced = walk(scenario).filter(({ value }) => 'source' in value);
      expect(sourced.length).toBeGreaterThan(10);
      for (const { path, value } of sourced) {
        const source = value['source'] as Record<string, unknown>;
        if (source['assumption'] === true) {
          const rationale = source['rationale'] as { da?: string; en?: string };
          expect(rationale.da?.length ?? 0, `${path}/source/rationale/da`).toBeGreaterThan(20);
          expect(rationale.en?.length ?? 0, `${path}/source/rationale/en`).toBeGreaterThan(20);
        } else {
          expect(String(source['document']), `${path}/source/document`).toMatch(/^Seed 00[01]: /);
          expect(String(source['section'] ?? '').length, `${path}/source/section`).toBeGreaterThan(5);
        }
      }
      // Quantities are the numbers of the model; each of them is among the sourced objects above.
      const quantities = walk(scenario).filter(({ value }) => isQuantity(value));
      expect(quantities.every(({ value }) => 'source' in value)).toBe(true);
    },
  );

  it.each(files)('$path keeps every uncertain Quantity’s value inside its range', ({ scenario }) => {
    for (const { path, value } of walk(scenario).filter(({ value: v }) => isQuantity(v))) {
      const range = value['uncertainty'] as { low: number; high: number } | undefined;
      if (!range) continue;
      expect(range.low, path).toBeLessThanOrEqual(value['value'] as number);
      expect(value['value'] as number, path).toBeLessThanOrEqual(range.high);
    }
  });
});
