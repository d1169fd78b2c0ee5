/**
 * `maalbar backtest <scenario> --until <month>`: calibrates on the observations up to the month (the
 * scenario's baselines and observations, plus --data files), projects, and reports for every later observation
 * the projection's median and 80 % band, whether it falls inside and the error — for the calibrated scenario and
 * for the scenario as given — and the coverage overall.
 */
import { backtestRows, type BacktestRow } from '../../calibrate/backtest-rows.ts';
import { calibrateScenario } from '../../calibrate/calibrate-scenario.ts';
import { seriesFits } from '../../calibrate/series-fits.ts';
import { LANGS, MESSAGES } from '../../messages.ts';
import { monteCarlo } from '../../sim/monte-carlo.ts';
import { prepareModel } from '../../sim/prepare-model.ts';
import { isMonth } from '../../time/month.ts';
import {
  CALIBRATION_OPTIONS,
  calibrationInputsOf,
  calibrationNumbers,
  progressPrinter,
} from '../calibration-options.ts';
import { choiceOption, parseCommandArgs, stringOption } from '../command-args.ts';
import { formatBacktestRows, formatFits, formatParameters, percent } from '../format-calibration.ts';
import { CliError } from '../read-json-files.ts';
import type { Command } from './command.ts';

const USAGE = `maalbar backtest <scenario.json> --until <YYYY-MM> [options]

Calibrates the scenario on the observations up to --until (its target baselines and interim observations, and
the series of any --data files), projects it, and reports for each later observation the median, the 80 %
band, whether the observation is inside and the error, for the calibrated scenario and the scenario as given.

Options:
  --until <YYYY-MM>      last month fitted (required)
  --data <file>          observed series (JSON-stat, Jobindsats, CSV; repeatable)
  --mapping <file>       label mapping for --data (default: Målbar's)
  --only-data            ignore the scenario's own baselines and observations
  --replications <n>     simulations per evaluation of the objective (default 24)
  --projection <n>       simulations of the final projections (default 200)
  --seed <s>             seed of the calibration (default: the scenario's)
  --rules <dir>          rule files (default: the rules/ folder of Målbar)
  --format table|json    output (default table)
  --lang da|en           language (default da)`;

function coverage(rows: readonly BacktestRow[]): { inside: number; count: number } {
  return { inside: rows.filter((row) => row.inside).length, count: rows.length };
}

async function run(argv: string[]): Promise<number> {
  const args = parseCommandArgs(argv, CALIBRATION_OPTIONS, USAGE, true);
  if (typeof args === 'number') return args;
  const lang = choiceOption(args, 'lang', LANGS, 'da');
  const format = choiceOption(args, 'format', ['table', 'json'] as const, 'table');
  const [scenarioPath, ...rest] = args.positionals;
  if (scenarioPath === undefined || rest.length > 0)
    throw new CliError(`${MESSAGES.usage('backtest')[lang]}\n\n${USAGE}`);
  const until = stringOption(args, 'until');
  if (until === undefined || !isMonth(until)) {
    throw new CliError(
      lang === 'da'
        ? `--until skal være en måned ÅÅÅÅ-MM${until === undefined ? '' : `, ikke "${until}"`}`
        : `--until must be a month YYYY-MM${until === undefined ? '' : `, not "${until}"`}`,
    );
  }
  const inputs = await calibrationInputsOf(args, scenarioPath, lang);
  const numbers = calibrationNumbers(args, lang);
  const result = calibrateScenario(inputs, { ...numbers, until, onProgress: progressPrinter(lang) });
  const rows = backtestRows(result.fits);
  const seed = numbers.seed ?? inputs.scenario.seed;
  const asGivenModel = prepareModel({ ...inputs.scenario, seed }, inputs.ruleSet);
  const asGivenResult = monteCarlo(asGivenModel, { replications: numbers.projectionReplications ?? 200 });
  const asGiven = backtestRows(seriesFits(asGivenResult, inputs.series, until).fits);
  const calibrated = coverage(rows);
  const given = coverage(asGiven);
  const warnings = [...inputs.warnings, ...result.warnings];
  if (format === 'json') {
    process.stdout.write(
      `${JSON.stringify(
        {
          scenario: inputs.scenario.id,
          until,
          parameters: result.parameters,
          dispersion: result.dispersion,
          evaluations: result.evaluations,
          heldOut: rows,
          coverage: calibrated,
          asGiven: { heldOut: asGiven, coverage: given },
          fits: result.fits,
          warnings,
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  for (const warning of warnings)
    console.error(`${lang === 'da' ? 'advarsel' : 'warning'}: ${warning[lang]}`);
  const share = (c: { inside: number; count: number }): string =>
    `${c.inside}/${c.count} (${percent(c.count > 0 ? c.inside / c.count : NaN)})`;
  const title =
    lang === 'da'
      ? `Backtest af ${inputs.scenario.id}: tilpasset til observationer til og med ${until}, kontrolleret mod de senere.`
      : `Backtest of ${inputs.scenario.id}: fitted on observations up to ${until}, checked against the later ones.`;
  console.log(
    [
      title,
      '',
      formatParameters(result, lang),
      '',
      formatBacktestRows(rows, asGiven, lang),
      '',
      lang === 'da'
        ? `Dækning af 80 %-båndene: kalibreret ${share(calibrated)}, som givet ${share(given)}.`
        : `Coverage of the 80 % bands: calibrated ${share(calibrated)}, as given ${share(given)}.`,
      '',
      formatFits(result, lang),
    ].join('\n'),
  );
  return 0;
}

export const backtest: Command = {
  summary: 'calibrate on observations up to a month and check the projection against the later ones',
  run,
};
