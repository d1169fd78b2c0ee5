/**
 * `maalbar import <file>`: reads a data file (JSON-stat, a Jobindsats API response, a Statistikbanken/Jobindsats
 * CSV export, or a person-level CSV) and prints the normalised long table — one row per cell: the dimension
 * values, the "maalbar" target of the row's label, the period, the value and the status — as CSV or JSON.
 * Located errors and warnings go to stderr; exit 1 when the file has an error.
 */
import { readFile } from 'node:fs/promises';
import { IMPORT_FORMATS } from '../../io/detect-format.ts';
import { formatLongTableCsv, formatLongTableJson } from '../../io/format-long-table.ts';
import { MISSING_POLICIES } from '../../io/impute-facts.ts';
import { importData } from '../../io/import-data.ts';
import type { LabelMapping } from '../../io/label-mapping.ts';
import { readLabelMapping } from '../../io/read-label-mapping.ts';
import { LANGS, MESSAGES } from '../../messages.ts';
import { isMonth } from '../../time/month.ts';
import { choiceOption, parseCommandArgs, stringOption } from '../command-args.ts';
import { printLocatedErrors } from '../print-errors.ts';
import { CliError } from '../read-json-files.ts';
import type { Command } from './command.ts';

const USAGE = `maalbar import <file> [options]

Prints the file's data as a long table: one row per cell with the dimension values, "maalbar" (the ydelse or
indicator the row's label maps to), period (2015-12, 2015Q4 or 2015), value and status (.., -, missing,
suppressed…). Errors and warnings are printed to stderr as file:line:column pointer: message; exit 1 on an error.
The formats are described in docs/data-import.md.

Options:
  --format <f>          auto (default), jsonstat, jobindsats, csv (an aggregate export) or persons
  --mapping <file>      a label mapping (JSON) over the default one, for the "maalbar" column
  --output <o>          csv (default) or json
  --suppress-below <n>  withhold counts below n (person files: always, default 3; other files: only if given)
  --missing <policy>    person files: reject (default) or impute-default for missing cells
  --month <YYYY-MM>     person files without a month column: the month the persons describe
  --lang en|da          language of messages (default en)`;

const OUTPUTS = ['csv', 'json'] as const;

const TEXT = {
  missingFile: { da: 'angiv en fil: maalbar import <fil>', en: 'give a file: maalbar import <file>' },
  badThreshold: (value: string) => ({
    da: `--suppress-below skal være et helt tal ≥ 0, ikke "${value}"`,
    en: `--suppress-below must be a whole number ≥ 0, not "${value}"`,
  }),
  badMonth: (value: string) => ({
    da: `--month skal være en måned ÅÅÅÅ-MM, ikke "${value}"`,
    en: `--month must be a month YYYY-MM, not "${value}"`,
  }),
};

async function readInput(path: string, lang: 'da' | 'en'): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch {
    throw new CliError(MESSAGES.pathNotFound(path)[lang]);
  }
}

async function run(argv: string[]): Promise<number> {
  const args = parseCommandArgs(
    argv,
    {
      format: { type: 'string' },
      mapping: { type: 'string' },
      output: { type: 'string' },
      'suppress-below': { type: 'string' },
      missing: { type: 'string' },
      month: { type: 'string' },
      lang: { type: 'string' },
    },
    USAGE,
    true,
  );
  if (typeof args === 'number') return args;
  const lang = choiceOption(args, 'lang', LANGS, 'en');
  const format = choiceOption(args, 'format', ['auto', ...IMPORT_FORMATS] as const, 'auto');
  const output = choiceOption(args, 'output', OUTPUTS, 'csv');
  const missing = choiceOption(args, 'missing', MISSING_POLICIES, 'reject');
  const [file, ...rest] = args.positionals;
  if (file === undefined) throw new CliError(TEXT.missingFile[lang]);
  if (rest.length > 0) throw new CliError(MESSAGES.usage(`import ${args.positionals.join(' ')}`)[lang]);
  const thresholdText = stringOption(args, 'suppress-below');
  const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
  if (threshold !== undefined && (!/^\d+$/.test(thresholdText ?? '') || !Number.isSafeInteger(threshold))) {
    throw new CliError(TEXT.badThreshold(thresholdText ?? '')[lang]);
  }
  const month = stringOption(args, 'month');
  if (month !== undefined && !isMonth(month)) throw new CliError(TEXT.badMonth(month)[lang]);

  const writeError = (line: string): void => console.error(line);
  const mappingPath = stringOption(args, 'mapping');
  let mapping: LabelMapping | undefined;
  if (mappingPath !== undefined) {
    const read = readLabelMapping(await readInput(mappingPath, lang), { file: mappingPath, lang });
    const errorCount = printLocatedErrors([...read.errors, ...read.warnings], writeError, lang);
    if (errorCount > 0 || !read.mapping) return 1;
    mapping = read.mapping;
  }
  const result = importData(await readInput(file, lang), {
    file,
    lang,
    format,
    missing,
    ...(mapping ? { mapping } : {}),
    ...(threshold === undefined ? {} : { suppressBelow: threshold }),
    ...(month === undefined ? {} : { month }),
  });
  const errorCount = printLocatedErrors([...result.errors, ...result.warnings], writeError, lang);
  if (errorCount > 0 || !result.table) return 1;
  process.stdout.write(
    output === 'json' ? formatLongTableJson(result.table) : formatLongTableCsv(result.table),
  );
  return 0;
}

export const importCommand: Command = {
  summary: 'read a JSON-stat, Jobindsats or CSV data file and print it as a long table',
  run,
};
