/**
 * `maalbar calibrate <scenario> --data <files…>`: fits the transition parameters to the observed series (the
 * --data files and the scenario's own baselines and observations), prints the calibrated parameters and the fit
 * per series, and with --out writes the calibrated scenario: a file that `extends` the input with overrides,
 * each calibrated Quantity carrying "calibrated from <series>" as its source and its uncertainty.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { calibrateScenario } from '../../calibrate/calibrate-scenario.ts';
import { LANGS, MESSAGES } from '../../messages.ts';
import { isMonth } from '../../time/month.ts';
import {
  CALIBRATION_OPTIONS,
  calibrationInputsOf,
  calibrationNumbers,
  progressPrinter,
} from '../calibration-options.ts';
import { choiceOption, parseCommandArgs, stringOption, stringOptions } from '../command-args.ts';
import { formatFits, formatParameters } from '../format-calibration.ts';
import { CliError } from '../read-json-files.ts';
import type { Command } from './command.ts';

const USAGE = `maalbar calibrate <scenario.json> --data <file> [--data <file>…] [options]

Fits the scenario's transition parameters (exit and inflow multipliers per state, the macro elasticity) so that
the simulated means match the observed series, prints the parameters and the fit per series, and with --out
writes the calibrated scenario (it "extends" the input; put it in the same folder).

Options:
  --data <file>          observed series (JSON-stat, Jobindsats, CSV; repeatable)
  --mapping <file>       label mapping for --data (default: Målbar's)
  --only-data            ignore the scenario's own baselines and observations
  --until <YYYY-MM>      fit only observations up to this month
  --out <file>           write the calibrated scenario here (its id is the file name without .json)
  --replications <n>     simulations per evaluation of the objective (default 24)
  --projection <n>       simulations of the final projection (default 200)
  --seed <s>             seed of the calibration (default: the scenario's)
  --rules <dir>          rule files (default: the rules/ folder of Målbar)
  --format table|json    output (default table)
  --lang da|en           language (default da)`;

async function run(argv: string[]): Promise<number> {
  const args = parseCommandArgs(
    argv,
    {
      ...CALIBRATION_OPTIONS,
      out: { type: 'string' },
    },
    USAGE,
    true,
  );
  if (typeof args === 'number') return args;
  const lang = choiceOption(args, 'lang', LANGS, 'da');
  const format = choiceOption(args, 'format', ['table', 'json'] as const, 'table');
  const [scenarioPath, ...rest] = args.positionals;
  if (scenarioPath === undefined || rest.length > 0)
    throw new CliError(`${MESSAGES.usage('calibrate')[lang]}\n\n${USAGE}`);
  const until = stringOption(args, 'until');
  if (until !== undefined && !isMonth(until)) {
    throw new CliError(
      lang === 'da'
        ? `--until skal være en måned ÅÅÅÅ-MM, ikke "${until}"`
        : `--until must be a month YYYY-MM, not "${until}"`,
    );
  }
  const dataPaths = stringOptions(args, 'data');
  const onlyData = args.values['only-data'] === true;
  if (onlyData && dataPaths.length === 0) {
    throw new CliError(
      lang === 'da' ? '--only-data kræver mindst én --data' : '--only-data needs at least one --data',
    );
  }
  const inputs = await calibrationInputsOf(args, scenarioPath, lang);
  const out = stringOption(args, 'out');
  const result = calibrateScenario(inputs, {
    ...calibrationNumbers(args, lang),
    ...(until === undefined ? {} : { until }),
    ...(out === undefined ? {} : { calibratedId: basename(out).replace(/\.json$/i, '') }),
    onProgress: progressPrinter(lang),
  });
  if (out !== undefined) {
    await writeFile(out, `${JSON.stringify(result.scenario, null, 2)}\n`);
    console.error(lang === 'da' ? `skrev ${out}` : `wrote ${out}`);
  }
  const warnings = [...inputs.warnings, ...result.warnings];
  if (format === 'json') {
    const { resolved: _resolved, ...rest } = result;
    process.stdout.write(`${JSON.stringify({ ...rest, warnings }, null, 2)}\n`);
    return 0;
  }
  for (const warning of warnings)
    console.error(`${lang === 'da' ? 'advarsel' : 'warning'}: ${warning[lang]}`);
  console.log(
    [
      lang === 'da'
        ? `Kalibrering af ${inputs.scenario.id} (${result.evaluations} simuleringer, dispersion φ = ${result.dispersion.toFixed(2)}):`
        : `Calibration of ${inputs.scenario.id} (${result.evaluations} simulations, dispersion φ = ${result.dispersion.toFixed(2)}):`,
      '',
      formatParameters(result, lang),
      '',
      formatFits(result, lang),
    ].join('\n'),
  );
  return 0;
}

export const calibrate: Command = {
  summary: 'fit transition parameters to observed series and write the calibrated scenario',
  run,
};
