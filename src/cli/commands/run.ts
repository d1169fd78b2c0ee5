/**
 * `maalbar run <scenario>`: simulates a scenario many times and prints, per target, P(reach), the levels
 * reachable with 50/70/90 % and the verdict — a table in Danish by default, or JSON/CSV. Replications run on
 * worker_threads in slices; the output is byte-identical for any number of workers and contains no timing.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, MESSAGES } from '../../messages.ts';
import type { Lang } from '../../messages.ts';
import type { ResolvedScenario } from '../../scenario/scenario.ts';
import { contentFingerprint } from '../../sim/content-fingerprint.ts';
import { monteCarlo } from '../../sim/monte-carlo.ts';
import type { MonteCarloResult } from '../../sim/monte-carlo-result.ts';
import { prepareModel, type PreparedModel } from '../../sim/prepare-model.ts';
import { createSliceFile, formatSliceFile } from '../../sim/slice-file.ts';
import type { LocalText } from '../../rules/facts.ts';
import { choiceOption, parseCommandArgs, stringOption } from '../command-args.ts';
import {
  formatIndicatorsCsv,
  formatJson,
  baselineWarnings,
  formatTable,
  formatTargetsCsv,
  ratioIndicators,
  runOutput,
} from '../format-run-output.ts';
import { loadRulesFromPaths } from '../load-rules-from-paths.ts';
import { loadScenarioFile } from '../load-scenario-file.ts';
import { createProgressBar } from '../progress-bar.ts';
import { CliError } from '../read-json-files.ts';
import { defaultWorkerCount, monteCarloInWorkers } from '../worker-pool.ts';
import type { Command } from './command.ts';

const USAGE = `maalbar run <scenario.json> [options]

Simulates the scenario and prints each target's P(reach), the levels reached with 50/70/90 % probability and
the verdict. Scenarios named in "extends" are read from the scenario's folder. The same seed gives the same
bytes, whatever the number of workers.

Options:
  --replications <n>    Monte Carlo replications (default: the scenario's, else 1000)
  --replications <A-B>  only replications A … B−1 (0-based, B excluded: 0-250 and 250-500 meet) of the R;
                        writes a slice file (to stdout, or into --out) for "maalbar merge"
  --total <R>           with A-B: the replications of the whole study (default: the scenario's)
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
  wrote: (path: string) => ({ da: `skrev ${path}`, en: `wrote ${path}` }),
  badRange: (text: string) => ({
    da: `--replications ${text}: skriv et antal (1000) eller et område A-B med A < B (0-250 kører replikation 0 … 249)`,
    en: `--replications ${text}: give a count (1000) or a range A-B with A < B (0-250 runs replications 0 … 249)`,
  }),
  rangeBeyondTotal: (text: string, total: number) => ({
    da: `--replications ${text} går ud over de ${total} replikationer i alt; B må højst være ${total} (eller sæt --total)`,
    en: `--replications ${text} goes beyond the ${total} replications in all; B is at most ${total} (or set --total)`,
  }),
  totalWithoutRange: {
    da: '--total hører kun sammen med --replications A-B',
    en: '--total only goes with --replications A-B',
  },
  formatWithRange: {
    da: 'med --replications A-B skriver run en slice-fil; --format hører til "maalbar merge"',
    en: 'with --replications A-B, run writes a slice file; --format belongs to "maalbar merge"',
  },
};

/** `--replications`: a count ("1000") or a half-open, 0-based range ("0-250" = replications 0 … 249). */
export function parseReplicationsOption(
  text: string,
  lang: Lang,
): { count: number } | { from: number; to: number } {
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (!Number.isSafeInteger(to) || from >= to) throw new CliError(TEXT.badRange(text)[lang]);
    return { from, to };
  }
  if (!/^\d+$/.test(text)) throw new CliError(TEXT.badRange(text)[lang]);
  return { count: wholeNumber(lang, '--replications', text, 1, 10_000_000) ?? 1 };
}

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

/** Indicators that some rule counts in some month of the run. */
export function activeIndicators(model: PreparedModel): Set<string> {
  const active = new Set<string>();
  for (const set of model.schedule.ruleSets) {
    for (const rule of set.rules)
      if (rule.event.type === 'indicator') active.add(rule.event.params.indicator);
  }
  return active;
}

/**
 * Runs replications [from, to) of R (default all) in this thread (one worker) or on worker threads, with a
 * progress bar on a terminal.
 */
async function simulate(
  model: PreparedModel,
  replications: number,
  workers: number,
  lang: Lang,
  range: { from: number; to: number } = { from: 0, to: replications },
): Promise<MonteCarloResult> {
  const bar = createProgressBar(range.to - range.from, { label: TEXT.progress[lang] });
  try {
    if (workers <= 1) {
      return monteCarlo(model, { replications, ...range, onProgress: (done) => bar.update(done) });
    }
    return await monteCarloInWorkers({
      scenario: model.scenario,
      ruleSet: model.ruleSet,
      replications,
      ...range,
      workers,
      onProgress: (done) => bar.update(done),
    });
  } finally {
    bar.finish();
  }
}

/** What `maalbar run` and `maalbar merge` print and write for a whole-run result. */
export interface RunResultOutput {
  result: MonteCarloResult;
  /** Indicators some rule counts during the run. */
  active: ReadonlySet<string>;
  title: LocalText;
  /** Stem of the files written into `outDirectory`. */
  name: string;
  format: (typeof FORMATS)[number];
  outDirectory: string | undefined;
  lang: Lang;
}

/** Prints the result in the chosen format and, with an output folder, writes the JSON and both CSV files. */
export async function printRunResult(options: RunResultOutput): Promise<void> {
  const { result, format, lang, outDirectory } = options;
  const output = runOutput(result, options.active);
  const warnings = baselineWarnings(result, lang);
  const tableOptions = { title: options.title, ratios: ratioIndicators(result), warnings };
  // The table shows the warnings under its notes; JSON and CSV keep their documented shape, so stderr has them.
  if (format !== 'table') for (const warning of warnings) console.error(warning);
  const printed =
    format === 'json'
      ? formatJson(output)
      : format === 'csv'
        ? formatTargetsCsv(output, lang)
        : formatTable(output, tableOptions, lang);
  process.stdout.write(printed);
  if (outDirectory === undefined) return;
  await mkdir(outDirectory, { recursive: true });
  const stem = join(outDirectory, options.name);
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

/** The formats `maalbar run` and `maalbar merge` print. */
export const RUN_FORMATS = FORMATS;

async function runScenario(argv: string[]): Promise<number> {
  const args = parseCommandArgs(
    argv,
    {
      replications: { type: 'string' },
      total: { type: 'string' },
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
  const replicationsText = stringOption(args, 'replications');
  const replicationsOption =
    replicationsText === undefined ? undefined : parseReplicationsOption(replicationsText, lang);
  const range = replicationsOption && 'from' in replicationsOption ? replicationsOption : undefined;
  const total = wholeNumber(lang, '--total', stringOption(args, 'total'), 1, 10_000_000);
  if (total !== undefined && !range) throw new CliError(TEXT.totalWithoutRange[lang]);
  if (range && stringOption(args, 'format') !== undefined) throw new CliError(TEXT.formatWithRange[lang]);
  const seed = wholeNumber(lang, '--seed', stringOption(args, 'seed'), 0, 4_294_967_295);
  const workers =
    wholeNumber(lang, '--workers', stringOption(args, 'workers'), 1, 256) ?? defaultWorkerCount();

  const resolved = await loadScenarioFile(path, lang);
  const scenario: ResolvedScenario = {
    ...resolved,
    seed: seed ?? resolved.seed,
    replications:
      (replicationsOption && 'count' in replicationsOption ? replicationsOption.count : total) ??
      resolved.replications,
  };
  if (range && range.to > scenario.replications) {
    throw new CliError(TEXT.rangeBeyondTotal(replicationsText ?? '', scenario.replications)[lang]);
  }
  const ruleSet = await loadRulesFromPaths([stringOption(args, 'rules') ?? defaultRulesDirectory()], lang, {
    allowPlainRules: false,
    maxPrinted: 20,
  });
  const model = prepareModel(scenario, ruleSet);
  const result = await simulate(model, scenario.replications, workers, lang, range);
  const name = scenario.id || basename(path, '.json');
  const outDirectory = stringOption(args, 'out');

  if (range) {
    const { seed: _seed, replications: _replications, ...content } = scenario;
    const slice = createSliceFile(
      result,
      { scenario: contentFingerprint(content), ruleSet: contentFingerprint(ruleSet) },
      { name, title: scenario.title, activeIndicators: [...activeIndicators(model)] },
    );
    const text = formatSliceFile(slice);
    if (outDirectory === undefined) {
      process.stdout.write(text);
    } else {
      await mkdir(outDirectory, { recursive: true });
      const digits = String(scenario.replications).length;
      const pad = (n: number): string => String(n).padStart(digits, '0');
      const file = join(outDirectory, `${name}-slice-${pad(range.from)}-${pad(range.to)}.json`);
      await writeFile(file, text);
      console.error(TEXT.wrote(file)[lang]);
    }
    return 0;
  }
  await printRunResult({
    result,
    active: activeIndicators(model),
    title: scenario.title,
    name,
    format,
    outDirectory,
    lang,
  });
  return 0;
}

export const run: Command = {
  summary: 'simulate a scenario: P(reach) per target, proposed levels and verdicts',
  run: runScenario,
};
