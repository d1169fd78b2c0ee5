/**
 * `maalbar run <scenario>`: simulates a scenario many times and prints, per target, P(reach), the levels
 * reachable with 50/70/90 % and the verdict — a table in Danish by default, or JSON/CSV. Replications run on
 * worker_threads in slices; the output is byte-identical for any number of workers and contains no timing.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, MESSAGES } from '../../messages.ts';
import type { Lang } from '../../messages.ts';
import { loadRuleSet } from '../../rules/load-rule-set.ts';
import type { LocatedError } from '../../rules/located-error.ts';
import { parseJsonText } from '../../rules/parse-json-text.ts';
import type { RuleSet } from '../../rules/rule-file.ts';
import { resolveScenario } from '../../scenario/resolve-scenario.ts';
import type { ResolvedScenario, Scenario } from '../../scenario/scenario.ts';
import { monteCarlo } from '../../sim/monte-carlo.ts';
import type { MonteCarloResult } from '../../sim/monte-carlo-result.ts';
import { prepareModel, type PreparedModel } from '../../sim/prepare-model.ts';
import { choiceOption, parseCommandArgs, stringOption } from '../command-args.ts';
import {
  formatIndicatorsCsv,
  formatJson,
  formatTable,
  formatTargetsCsv,
  ratioIndicators,
  runOutput,
} from '../format-run-output.ts';
import { printLocatedErrors } from '../print-errors.ts';
import { createProgressBar } from '../progress-bar.ts';
import { CliError, expandJsonPaths, readTextFile, readTextFiles } from '../read-json-files.ts';
import { defaultWorkerCount, monteCarloInWorkers } from '../worker-pool.ts';
import type { Command } from './command.ts';

const USAGE = `maalbar run <scenario.json> [options]

Simulates the scenario and prints each target's P(reach), the levels reached with 50/70/90 % probability and
the verdict. Scenarios named in "extends" are read from the scenario's folder. The same seed gives the same
bytes, whatever the number of workers.

Options:
  --replications <n>    Monte Carlo replications (default: the scenario's, else 1000)
  --seed <s>            seed, a whole number 0–4294967295 (default: the scenario's)
  --workers <w>         worker threads (default min(2, cores))
  --format <f>          table (default), json or csv (the targets; --out also writes the indicators)
  --out <dir>           also write <id>.json, <id>-targets.csv and <id>-indicators.csv to this folder
  --rules <dir>         rule files (default: the rules/ folder of Målbar)
  --lang da|en          language of the table and messages (default da)`;

const FORMATS = ['table', 'json', 'csv'] as const;

/** Texts of this command that messages.ts does not have. */
const TEXT = {
  progress: { da: 'Simulerer', en: 'Simulating' },
  notSeed: (value: string) => ({
    da: `--seed skal være et helt tal fra 0 til 4294967295, ikke "${value}"`,
    en: `--seed must be a whole number from 0 to 4294967295, not "${value}"`,
  }),
  missingScenario: {
    da: 'angiv en scenariefil: maalbar run <scenarie.json>',
    en: 'give a scenario file: maalbar run <scenario.json>',
  },
  badScenario: (path: string) => ({
    da: `${path} kan ikke læses som scenarie`,
    en: `${path} cannot be read as a scenario`,
  }),
  wrote: (path: string) => ({ da: `skrev ${path}`, en: `wrote ${path}` }),
};

/** The rules/ folder of the package: ../../rules from dist/cli/ (the bundle) and from src/cli/commands/ one more. */
export function defaultRulesDirectory(): string {
  const candidates = ['../../rules/', '../../../rules/'].map((relative) =>
    fileURLToPath(new URL(relative, import.meta.url)),
  );
  return candidates.find((path) => existsSync(join(path, 'indicators'))) ?? candidates[0] ?? 'rules';
}

function wholeNumber(
  lang: Lang,
  option: string,
  text: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new CliError(
      option === '--seed' ? TEXT.notSeed(text)[lang] : MESSAGES.notPositiveWholeNumber(option, text)[lang],
    );
  }
  return value;
}

/** Reads a scenario file: syntax errors are printed located (file:line:column) and stop the command. */
async function readScenarioFile(path: string, lang: Lang): Promise<Scenario> {
  if (!existsSync(path)) throw new CliError(MESSAGES.pathNotFound(path)[lang]);
  const file = await readTextFile(path, lang);
  const errors: LocatedError[] = [];
  let value: unknown;
  if ('text' in file) {
    const parsed = parseJsonText(file.text);
    value = parsed.value;
    for (const problem of parsed.problems) {
      const error: LocatedError = {
        file: path,
        ...problem.position,
        pointer: '',
        message: problem.message[lang],
        severity: 'error',
      };
      if (problem.hint) error.hint = problem.hint[lang];
      errors.push(error);
    }
  } else {
    errors.push(file);
  }
  if (errors.length > 0 || value === null || typeof value !== 'object' || Array.isArray(value)) {
    printLocatedErrors(errors, (line) => console.error(line), lang);
    throw new CliError(TEXT.badScenario(path)[lang]);
  }
  return value as Scenario;
}

/** The scenario with its `extends` chain resolved from sibling files (<folder>/<id>.json). */
async function loadScenario(path: string, lang: Lang): Promise<ResolvedScenario> {
  const scenario = await readScenarioFile(path, lang);
  const folder = dirname(path);
  const parents = new Map<string, Scenario>();
  for (let current: Scenario = scenario; 'extends' in current && typeof current.extends === 'string';) {
    const parentPath = join(folder, `${current.extends}.json`);
    if (parents.has(current.extends) || !existsSync(parentPath)) break;
    const parent = await readScenarioFile(parentPath, lang);
    parents.set(current.extends, parent);
    current = parent;
  }
  return resolveScenario(scenario, (id) => parents.get(id));
}

/** Loads and validates the rule files under a folder; located errors are printed and stop the command. */
async function loadRules(directory: string, lang: Lang): Promise<RuleSet> {
  const { files, errors: readErrors } = await readTextFiles(await expandJsonPaths([directory], lang), lang);
  const { ruleSet, errors } = loadRuleSet(files, { lang });
  printLocatedErrors([...readErrors, ...errors], (line) => console.error(line), lang, 20);
  if (!ruleSet || readErrors.length > 0) {
    const count = [...readErrors, ...errors].filter((error) => error.severity === 'error').length;
    throw new CliError(MESSAGES.validateSummary(files.length, count, errors.length - count)[lang]);
  }
  if (ruleSet.rules.length === 0) throw new CliError(MESSAGES.noRules()[lang]);
  return ruleSet;
}

/** Indicators that some rule counts in some month of the run. */
function activeIndicators(model: PreparedModel): Set<string> {
  const active = new Set<string>();
  for (const set of model.schedule.ruleSets) {
    for (const rule of set.rules)
      if (rule.event.type === 'indicator') active.add(rule.event.params.indicator);
  }
  return active;
}

/** Runs the replications in this thread (one worker) or on worker threads, with a progress bar on a terminal. */
async function simulate(
  model: PreparedModel,
  replications: number,
  workers: number,
  lang: Lang,
): Promise<MonteCarloResult> {
  const bar = createProgressBar(replications, { label: TEXT.progress[lang] });
  try {
    if (workers <= 1) return monteCarlo(model, { replications, onProgress: (done) => bar.update(done) });
    return await monteCarloInWorkers({
      scenario: model.scenario,
      ruleSet: model.ruleSet,
      replications,
      workers,
      onProgress: (done) => bar.update(done),
    });
  } finally {
    bar.finish();
  }
}

async function runScenario(argv: string[]): Promise<number> {
  const args = parseCommandArgs(
    argv,
    {
      replications: { type: 'string' },
      seed: { type: 'string' },
      workers: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      rules: { type: 'string' },
      lang: { type: 'string' },
    },
    USAGE,
    true,
  );
  if (typeof args === 'number') return args;
  const lang = choiceOption(args, 'lang', LANGS, 'da');
  const format = choiceOption(args, 'format', FORMATS, 'table');
  const path = args.positionals[0];
  if (path === undefined || args.positionals.length > 1) {
    console.error(`${TEXT.missingScenario[lang]}\n\n${USAGE}`);
    return 2;
  }
  const replicationsOption = wholeNumber(
    lang,
    '--replications',
    stringOption(args, 'replications'),
    1,
    10_000_000,
  );
  const seed = wholeNumber(lang, '--seed', stringOption(args, 'seed'), 0, 4_294_967_295);
  const workers =
    wholeNumber(lang, '--workers', stringOption(args, 'workers'), 1, 256) ?? defaultWorkerCount();

  const resolved = await loadScenario(path, lang);
  const scenario: ResolvedScenario = {
    ...resolved,
    seed: seed ?? resolved.seed,
    replications: replicationsOption ?? resolved.replications,
  };
  const ruleSet = await loadRules(stringOption(args, 'rules') ?? defaultRulesDirectory(), lang);
  const model = prepareModel(scenario, ruleSet);
  const result = await simulate(model, scenario.replications, workers, lang);

  const output = runOutput(result, activeIndicators(model));
  const tableOptions = { title: scenario.title, ratios: ratioIndicators(result) };
  const printed =
    format === 'json'
      ? formatJson(output)
      : format === 'csv'
        ? formatTargetsCsv(output, lang)
        : formatTable(output, tableOptions, lang);
  process.stdout.write(printed);

  const outDirectory = stringOption(args, 'out');
  if (outDirectory !== undefined) {
    await mkdir(outDirectory, { recursive: true });
    const stem = join(outDirectory, scenario.id || basename(path, '.json'));
    const files: [string, string][] = [
      [`${stem}.json`, formatJson(output)],
      [`${stem}-targets.csv`, formatTargetsCsv(output, lang)],
      [`${stem}-indicators.csv`, formatIndicatorsCsv(output, lang)],
    ];
    for (const [file, text] of files) {
      await writeFile(file, text);
      console.error(TEXT.wrote(file)[lang]);
    }
  }
  return 0;
}

export const run: Command = {
  summary: 'simulate a scenario: P(reach) per target, proposed levels and verdicts',
  run: runScenario,
};
