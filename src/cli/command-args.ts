/**
 * Command-line options of one command, parsed with node:util's parseArgs: `--help` prints the usage (exit 0),
 * an unknown or malformed option prints the problem and the usage (exit 2), as the dispatcher does.
 */
import { parseArgs } from 'node:util';
import { MESSAGES } from '../messages.ts';
import { CliError } from './read-json-files.ts';

/** The options a command declares: name → string or boolean, possibly repeated, with a short alias. */
export type OptionSpec = {
  [name: string]: { type: 'string' | 'boolean'; multiple?: boolean; short?: string; default?: string };
};

/** Parsed options: the values by name, and the positional arguments. */
export interface CommandArgs {
  values: { [name: string]: string | boolean | (string | boolean)[] | undefined };
  positionals: string[];
}

/** The parsed arguments, or the exit code when the command should stop (help shown, or a usage error). */
export function parseCommandArgs(
  argv: readonly string[],
  options: OptionSpec,
  usage: string,
  allowPositionals = false,
): CommandArgs | number {
  let parsed: CommandArgs;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (parsed.values['help'] === true) {
    console.log(usage);
    return 0;
  }
  return parsed;
}

/** A string option's value (the last one when repeated). */
export function stringOption(args: CommandArgs, name: string): string | undefined {
  const value = args.values[name];
  const last = Array.isArray(value) ? value.at(-1) : value;
  return typeof last === 'string' ? last : undefined;
}

/** Every value of a repeatable string option. */
export function stringOptions(args: CommandArgs, name: string): string[] {
  const value = args.values[name];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((item): item is string => typeof item === 'string');
}

/** A string option restricted to some values; throws CliError naming the allowed ones. */
export function choiceOption<T extends string>(
  args: CommandArgs,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = stringOption(args, name);
  if (value === undefined) return fallback;
  const choice = allowed.find((candidate) => candidate === value);
  if (choice === undefined) throw new CliError(MESSAGES.badOptionValue(`--${name}`, value, allowed).en);
  return choice;
}
