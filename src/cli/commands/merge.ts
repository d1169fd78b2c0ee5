/**
 * `maalbar merge <slice files…>`: combines the slice files of `maalbar run --replications A-B` (run on one or
 * many machines) into exactly what one `maalbar run` with all replications prints — the same bytes. Slices that
 * do not belong together (another scenario, rules, seed or total) or that leave gaps or overlap are refused
 * with located errors that say which run is missing.
 */
import { LANGS } from '../../messages.ts';
import type { Lang } from '../../messages.ts';
import type { LocatedError } from '../../rules/located-error.ts';
import { checkSliceSet, mergeSlices } from '../../sim/check-slice-set.ts';
import { parseSliceFile, type ParsedSlice } from '../../sim/slice-file.ts';
import { choiceOption, parseCommandArgs, stringOption } from '../command-args.ts';
import { printLocatedErrors } from '../print-errors.ts';
import { CliError, expandJsonPaths, readTextFiles } from '../read-json-files.ts';
import type { Command } from './command.ts';
import { RUN_FORMATS, printRunResult } from './run.ts';

const USAGE = `maalbar merge <slice files or folders…> [options]

Combines the slice files that "maalbar run <scenario> --replications A-B [--total R]" wrote into the result of
one run with all R replications, printed exactly as "maalbar run" prints it (the same bytes). The slices must
come from the same scenario, rules, seed and total, and their ranges must cover 0 … R−1 without gaps or overlaps.

Options:
  --format <f>          table (default), json or csv (the targets; --out also writes the indicators)
  --out <dir>           also write <id>.json, <id>-targets.csv and <id>-indicators.csv to this folder
  --lang da|en          language of the table and messages (default da)`;

const TEXT = {
  missingFiles: {
    da: 'angiv slice-filerne: maalbar merge <slice.json…>',
    en: 'give the slice files: maalbar merge <slice.json…>',
  },
  refused: (count: number) => ({
    da: `slicerne kan ikke flettes (fejl: ${count})`,
    en: `the slices cannot be merged (errors: ${count})`,
  }),
};

/** Reads and parses every slice file; any problem is printed located and stops the command. */
async function readSlices(paths: readonly string[], lang: Lang): Promise<ParsedSlice[]> {
  const { files, errors } = await readTextFiles(await expandJsonPaths(paths, lang), lang);
  const slices: ParsedSlice[] = [];
  const problems: LocatedError[] = [...errors];
  for (const file of files) {
    const parsed = parseSliceFile(file.text, file.path, lang);
    if (parsed.slice) slices.push(parsed.slice);
    problems.push(...parsed.errors);
  }
  problems.push(...(problems.length === 0 ? checkSliceSet(slices, lang) : []));
  if (problems.length > 0) {
    printLocatedErrors(problems, (line) => console.error(line), lang, 50);
    throw new CliError(TEXT.refused(problems.length)[lang]);
  }
  return slices;
}

async function mergeCommand(argv: string[]): Promise<number> {
  const args = parseCommandArgs(
    argv,
    { format: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' } },
    USAGE,
    true,
  );
  if (typeof args === 'number') return args;
  const lang = choiceOption(args, 'lang', LANGS, 'da');
  const format = choiceOption(args, 'format', RUN_FORMATS, 'table');
  if (args.positionals.length === 0) {
    console.error(`${TEXT.missingFiles[lang]}\n\n${USAGE}`);
    return 2;
  }
  const slices = await readSlices(args.positionals, lang);
  const first = slices[0];
  if (!first) throw new CliError(TEXT.missingFiles[lang]);
  await printRunResult({
    result: mergeSlices(slices),
    active: new Set(first.slice.output.activeIndicators),
    title: first.slice.output.title,
    name: first.slice.output.name,
    format,
    outDirectory: stringOption(args, 'out'),
    lang,
  });
  return 0;
}

export const merge: Command = {
  summary: 'combine slice files of "run --replications A-B" into the result of one run',
  run: mergeCommand,
};
