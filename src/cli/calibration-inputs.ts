/**
 * What `maalbar calibrate` and `maalbar backtest` read: the scenario (with its `extends` chain from sibling
 * files), the rule files, and the observed series — the scenario's own baselines and observations plus the
 * series of each --data file (imported with importData and an optional --mapping). Problems in files are printed
 * located and stop the command.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ObservedSeries } from '../calibrate/calibration-types.ts';
import { scenarioSeries } from '../calibrate/scenario-series.ts';
import { seriesFromTable } from '../calibrate/series-from-table.ts';
import { importData } from '../io/import-data.ts';
import type { LabelMapping } from '../io/label-mapping.ts';
import { readLabelMapping } from '../io/read-label-mapping.ts';
import { MESSAGES, type Lang } from '../messages.ts';
import type { LocalText } from '../rules/facts.ts';
import { loadRuleSet } from '../rules/load-rule-set.ts';
import type { LocatedError } from '../rules/located-error.ts';
import { parseJsonText } from '../rules/parse-json-text.ts';
import type { RuleSet } from '../rules/rule-file.ts';
import { resolveScenario } from '../scenario/resolve-scenario.ts';
import type { ResolvedScenario, Scenario } from '../scenario/scenario.ts';
import { printLocatedErrors } from './print-errors.ts';
import { CliError, expandJsonPaths, readTextFile, readTextFiles } from './read-json-files.ts';

export interface CalibrationInputs {
  scenario: ResolvedScenario;
  ruleSet: RuleSet;
  series: ObservedSeries[];
  warnings: LocalText[];
}

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
  } else errors.push(file);
  if (errors.length > 0 || value === null || typeof value !== 'object' || Array.isArray(value)) {
    printLocatedErrors(errors, (line) => console.error(line), lang);
    throw new CliError(
      lang === 'da' ? `${path} kan ikke læses som scenarie` : `${path} cannot be read as a scenario`,
    );
  }
  return value as Scenario;
}

/** The scenario resolved with its parents read from `<folder>/<id>.json`. */
export async function loadScenarioFile(path: string, lang: Lang): Promise<ResolvedScenario> {
  const scenario = await readScenarioFile(path, lang);
  const parents = new Map<string, Scenario>();
  for (let current: Scenario = scenario; 'extends' in current && typeof current.extends === 'string';) {
    const parentPath = join(dirname(path), `${current.extends}.json`);
    if (parents.has(current.extends) || !existsSync(parentPath)) break;
    const parent = await readScenarioFile(parentPath, lang);
    parents.set(current.extends, parent);
    current = parent;
  }
  try {
    return resolveScenario(scenario, (id) => parents.get(id));
  } catch (error) {
    throw new CliError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function loadRulesFolder(directory: string, lang: Lang): Promise<RuleSet> {
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

async function readBytes(path: string, lang: Lang): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch {
    throw new CliError(MESSAGES.pathNotFound(path)[lang]);
  }
}

/** Scenario, rules and series; `scenarioObservations: false` leaves out the scenario's own figures. */
export async function loadCalibrationInputs(options: {
  scenarioPath: string;
  rulesDirectory: string;
  dataPaths: readonly string[];
  mappingPath: string | undefined;
  scenarioObservations: boolean;
  lang: Lang;
}): Promise<CalibrationInputs> {
  const { lang } = options;
  const scenario = await loadScenarioFile(options.scenarioPath, lang);
  const ruleSet = await loadRulesFolder(options.rulesDirectory, lang);
  const warnings: LocalText[] = [];
  const series: ObservedSeries[] = [];
  if (options.scenarioObservations) {
    const own = scenarioSeries(scenario);
    series.push(...own.series);
    warnings.push(...own.warnings);
  }
  let mapping: LabelMapping | undefined;
  if (options.mappingPath !== undefined) {
    const read = readLabelMapping(await readBytes(options.mappingPath, lang), {
      file: options.mappingPath,
      lang,
    });
    const count = printLocatedErrors([...read.errors, ...read.warnings], (line) => console.error(line), lang);
    if (count > 0 || !read.mapping) {
      throw new CliError(
        lang === 'da'
          ? `${options.mappingPath} kan ikke læses som mapning`
          : `${options.mappingPath} cannot be read as a mapping`,
      );
    }
    mapping = read.mapping;
  }
  for (const path of options.dataPaths) {
    const result = importData(await readBytes(path, lang), {
      file: path,
      lang,
      ...(mapping ? { mapping } : {}),
    });
    const count = printLocatedErrors(
      [...result.errors, ...result.warnings],
      (line) => console.error(line),
      lang,
    );
    if (count > 0 || !result.table) {
      throw new CliError(lang === 'da' ? `${path} kan ikke importeres` : `${path} cannot be imported`);
    }
    const fromTable = seriesFromTable(result.table, path);
    series.push(...fromTable.series);
    warnings.push(...fromTable.warnings);
  }
  return { scenario, ruleSet, series, warnings };
}
