import type { Command } from './command.ts';
import { backtest } from './backtest.ts';
import { calibrate } from './calibrate.ts';
import { classify } from './classify.ts';
import { explain } from './explain.ts';
import { importCommand } from './import.ts';
import { merge } from './merge.ts';
import { run } from './run.ts';
import { validate } from './validate.ts';

/** Every command of the CLI, by name. */
export const commands: Record<string, Command> = {
  validate,
  classify,
  explain,
  run,
  merge,
  import: importCommand,
  calibrate,
  backtest,
};
