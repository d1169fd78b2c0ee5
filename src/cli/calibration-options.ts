/**
 * The options `maalbar calibrate` and `maalbar backtest` share: what to read (--data, --mapping, --only-data,
 * --rules, --until), how hard to work (--replications, --projection, --seed), the output (--format, --lang), and
 * the progress lines both print.
 */
import type { CalibrationOptions, CalibrationProgress } from '../calibrate/calibration-types.ts';
import { MESSAGES, type Lang } from '../messages.ts';
import { loadCalibrationInputs, type CalibrationInputs } from './calibration-inputs.ts';
import { stringOption, stringOptions, type CommandArgs } from './command-args.ts';
import { defaultRulesDirectory } from './commands/run.ts';
import { CliError } from './read-json-files.ts';

/** The option declarations of both commands (parseCommandArgs' format). */
export const CALIBRATION_OPTIONS = {
  until: { type: 'string' },
  data: { type: 'string', multiple: true },
  mapping: { type: 'string' },
  'only-data': { type: 'boolean' },
  replications: { type: 'string' },
  projection: { type: 'string' },
  seed: { type: 'string' },
  rules: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
} as const;

/** Scenario, rules and series as --data, --mapping, --only-data and --rules say. */
export function calibrationInputsOf(
  args: CommandArgs,
  scenarioPath: string,
  lang: Lang,
): Promise<CalibrationInputs> {
  return loadCalibrationInputs({
    scenarioPath,
    rulesDirectory: stringOption(args, 'rules') ?? defaultRulesDirectory(),
    dataPaths: stringOptions(args, 'data'),
    mappingPath: stringOption(args, 'mapping'),
    scenarioObservations: args.values['only-data'] !== true,
    lang,
  });
}

/** The numeric options: --replications, --projection, --seed. */
export function calibrationNumbers(
  args: CommandArgs,
  lang: Lang,
): Pick<CalibrationOptions, 'replications' | 'projectionReplications' | 'seed'> {
  const whole = (name: string, min: number, max: number): number | undefined => {
    const text = stringOption(args, name);
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
      throw new CliError(MESSAGES.notPositiveWholeNumber(`--${name}`, text)[lang]);
    }
    return value;
  };
  const replications = whole('replications', 2, 100_000);
  const projectionReplications = whole('projection', 2, 1_000_000);
  const seed = whole('seed', 0, 4294967295);
  return {
    ...(replications === undefined ? {} : { replications }),
    ...(projectionReplications === undefined ? {} : { projectionReplications }),
    ...(seed === undefined ? {} : { seed }),
  };
}

/** Prints each phase's progress to stderr (one line per phase and every 25 evaluations). */
export function progressPrinter(lang: Lang): (progress: CalibrationProgress) => void {
  const names = {
    fit: { da: 'tilpasser', en: 'fitting' },
    uncertainty: { da: 'usikkerhed', en: 'uncertainty' },
    projection: { da: 'fremskrivning', en: 'projection' },
  };
  let phase = '';
  return (progress) => {
    const every = progress.phase === 'projection' ? 100 : 25;
    if (progress.phase !== phase || progress.done % every === 0) {
      phase = progress.phase;
      const best =
        progress.best === undefined
          ? ''
          : `, ${lang === 'da' ? 'bedste' : 'best'} ${progress.best.toFixed(2)}`;
      process.stderr.write(`${names[progress.phase][lang]} ${progress.done}${best}\n`);
    }
  };
}
