/**
 * Same numbers everywhere: the Lyngby-Taarbæk 2015 scenario with the repository's rules, at its seed and 40
 * replications, gives byte-identical results in Chromium (a small page bundled with esbuild runs the core, with
 * the generated kernel and with the eval-free interpreter a strict CSP forces) and in Node (monteCarlo in this
 * process, and the built CLI on 2 worker threads). Compared are the JSON `maalbar run --format json` prints and
 * every bit of every replication's raw values (base64 of the Float64Arrays).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activeIndicators } from '../../src/cli/commands/run.ts';
import { formatJson, runOutput } from '../../src/cli/format-run-output.ts';
import { expandJsonPaths, readTextFiles } from '../../src/cli/read-json-files.ts';
import { loadRuleSet, type RuleSetSource } from '../../src/rules/load-rule-set.ts';
import { resolveScenario } from '../../src/scenario/resolve-scenario.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import { encodeFloat64 } from '../../src/sim/float64-base64.ts';
import { monteCarlo } from '../../src/sim/monte-carlo.ts';
import type { MonteCarloResult } from '../../src/sim/monte-carlo-result.ts';
import { prepareModel } from '../../src/sim/prepare-model.ts';
import { buildCli, runCli } from '../cli/run-cli.ts';
import { type AppPage } from './browser-harness.ts';
import { openTestPage, type TestPage } from './test-page.ts';

const SCENARIO_PATH = 'scenarios/lyngby-taarbaek-2015.json';
const REPLICATIONS = 40;

/** What each side computes: the CLI's JSON text and the raw values of every replication as base64. */
interface RunBytes {
  json: string;
  raw: string[];
}

/** The page runs the same core functions on the same texts and returns the same two strings. */
const ENTRY = `
import { loadRuleSet } from ${JSON.stringify(resolve('src/rules/load-rule-set.ts'))};
import { resolveScenario } from ${JSON.stringify(resolve('src/scenario/resolve-scenario.ts'))};
import { prepareModel } from ${JSON.stringify(resolve('src/sim/prepare-model.ts'))};
import { monteCarlo } from ${JSON.stringify(resolve('src/sim/monte-carlo.ts'))};
import { encodeFloat64 } from ${JSON.stringify(resolve('src/sim/float64-base64.ts'))};
import { formatJson, runOutput } from ${JSON.stringify(resolve('src/cli/format-run-output.ts'))};

function run(files, scenarioText, replications, codegen) {
  const { ruleSet, errors } = loadRuleSet(files);
  if (!ruleSet) throw new Error('rules: ' + errors.map((e) => e.message).join('; '));
  const scenario = { ...resolveScenario(JSON.parse(scenarioText)), replications };
  const model = prepareModel(scenario, ruleSet, { codegen });
  const result = monteCarlo(model, { replications });
  // The CLI's activeIndicators (src/cli/commands/run.ts), which imports Node modules and so is not bundled.
  const active = new Set();
  for (const set of model.schedule.ruleSets)
    for (const rule of set.rules) if (rule.event.type === 'indicator') active.add(rule.event.params.indicator);
  const raw = [...result.raw.indicators, result.raw.costs ?? new Float64Array(0), result.raw.states, result.raw.parameters];
  return { json: formatJson(runOutput(result, active)), raw: raw.map(encodeFloat64), kernel: codegen };
}
Object.assign(window, { maalbarDeterminism: { run } });
document.body.dataset.ready = 'true';
`;

function rawBytes(result: MonteCarloResult): string[] {
  const { raw } = result;
  return [...raw.indicators, raw.costs ?? new Float64Array(0), raw.states, raw.parameters].map(encodeFloat64);
}

let testPage: TestPage | undefined;
let app: AppPage;
let files: RuleSetSource[];
const scenarioText = readFileSync(SCENARIO_PATH, 'utf8');

describe('the same numbers in Node and in Chromium', () => {
  beforeAll(async () => {
    // The rule files in the order the CLI reads them, so that every side builds the same rule set.
    const read = await readTextFiles(await expandJsonPaths(['rules/']));
    expect(read.errors).toEqual([]);
    files = read.files;
    buildCli();
    testPage = await openTestPage('determinism', ENTRY);
    app = testPage.app;
  }, 180_000);

  afterAll(async () => {
    await testPage?.close();
  });

  test('Chromium (generated and interpreted kernel), Node in-process and the CLI on 2 workers give the same bytes', async () => {
    const { ruleSet } = loadRuleSet(files);
    if (!ruleSet) throw new Error('the repository rules do not load');
    const scenario = { ...resolveScenario(JSON.parse(scenarioText) as Scenario), replications: REPLICATIONS };
    const model = prepareModel(scenario, ruleSet);
    const result = monteCarlo(model, { replications: REPLICATIONS });
    const node: RunBytes = {
      json: formatJson(runOutput(result, activeIndicators(model))),
      raw: rawBytes(result),
    };

    // The built CLI, as a user runs it, on 2 worker threads.
    const cli = runCli([
      'run',
      SCENARIO_PATH,
      '--replications',
      `${REPLICATIONS}`,
      '--format',
      'json',
      '--workers',
      '2',
    ]);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toBe(node.json);

    const browser = await app.page.evaluate(
      ([ruleFiles, text, replications]) => {
        type Hooks = {
          run(f: unknown, t: string, r: number, codegen: boolean): { json: string; raw: string[] };
        };
        const hooks = (window as unknown as { maalbarDeterminism: Hooks }).maalbarDeterminism;
        return [true, false].map((codegen) => hooks.run(ruleFiles, text, replications, codegen));
      },
      [files, scenarioText, REPLICATIONS] as const,
    );
    expect(app.consoleErrors).toEqual([]);
    for (const side of browser) {
      expect(side.json).toBe(node.json);
      expect(side.raw).toEqual(node.raw);
    }
    // The comparison is not vacuous: 40 replications of 25 months with values that vary between replications.
    const output = JSON.parse(node.json) as { replications: number; seed: number; indicators: object };
    expect(output).toMatchObject({ replications: REPLICATIONS, seed: 20150224 });
    expect(Object.keys(output.indicators).length).toBeGreaterThan(5);
    const unge = result.indicators.find((i) => i.id === 'unge-under-30')?.values ?? new Float64Array(0);
    expect(unge.length).toBe(REPLICATIONS * 25);
    expect(unge[24]).not.toBe(unge[25 + 24]);
  }, 180_000);
});
