/**
 * What `maalbar calibrate` and `maalbar backtest` read: the scenario (with its `extends` chain from sibling
 * files), the rule files, and the observed series — the scenario's own baselines and observations plus the
 * series of each --data file (imported with importData and an optional --mapping). Problems in files are printed
 * located and stop the command.
 */
import { readFile } from 'node:fs/promises';
import type { ObservedSeries } from '../calibrate/calibration-types.ts';
import { scenarioSeries } from '../calibrate/scenario-series.ts';
import { seriesFromTable } from '../calibrate/series-from-table.ts';
import { importData } from '../io/import-data.ts';
import type { LabelMapping } from '../io/label-mapping.ts';
import { readLabelMapping } from '../io/read-label-mapping.ts';
import { MESSAGES, type Lang } from '../messages.ts';
import type { LocalText } from '../rules/facts.ts';
import type { RuleSet } from '../rules/rule-file.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { loadRulesFromPaths } from './load-rules-from-paths.ts';
import { loadScenarioFile } from './load-scenario-file.ts';
import { printLocatedErrors } from './print-errors.ts';
import { CliError } from './read-json-files.ts';

export interface CalibrationInputs {
  scenario: ResolvedScenario;
  ruleSet: RuleSet;
  series: ObservedSeries[];
  warnings: LocalText[];
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
  const ruleSet = await loadRulesFromPaths([options.rulesDirectory], lang, {
    allowPlainRules: false,
    maxPrinted: 20,
  });
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
