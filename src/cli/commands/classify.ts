/**
 * `maalbar classify`: which rules fire for each person of a JSON Lines file. The compiled kernel (default) and
 * json-rules-engine give the same answer; the kernel is thousands of times faster. Persons are read as a stream
 * and classified in batches, so files larger than memory work.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { LANGS, MESSAGES } from '../../messages.ts';
import type { Lang } from '../../messages.ts';
import type { PersonFacts } from '../../rules/facts.ts';
import { formatLocatedError } from '../../rules/located-error.ts';
import type { LocatedError } from '../../rules/located-error.ts';
import { createPointerLocator } from '../../rules/locate-json-pointer.ts';
import { parseJsonText } from '../../rules/parse-json-text.ts';
import { checkPerson } from '../../rules/validate-person.ts';
import { choiceOption, parseCommandArgs, stringOption, stringOptions } from '../command-args.ts';
import { createClassifier, ENGINES } from '../../rules/create-classifier.ts';
import { loadRulesFromPaths } from '../load-rules-from-paths.ts';
import { parameterOverrides } from '../parameter-overrides.ts';
import { CliError } from '../read-json-files.ts';
import type { Command } from './command.ts';

const USAGE = `maalbar classify --rules <dir|file> --persons <file.jsonl|-> [options]

Prints one JSON line per person: {"id": <the person's "id", else its line number>, "fired": [rule names, sorted]}.
Each input line is a JSON object with every fact of the vocabulary (rules/README.md) and an optional "id";
a missing or unknown fact is an error naming the line (no silent defaults).

Options:
  --rules <path>        rule files, shared conditions or plain json-rules-engine rules (repeatable)
  --persons <file>      JSON Lines, one person a line ("-" reads standard input)
  --engine <name>       compiled (default) or json-rules-engine
  --param name=value    override a rule parameter's default (repeatable)
  --batch <n>           persons per batch (default 10000)
  --lang en|da          language of messages (default en)`;

/** Most located errors printed before "… and N more". */
const ERROR_LIMIT = 20;

interface PendingPerson {
  id: string | number;
  person: PersonFacts;
}

async function run(argv: string[]): Promise<number> {
  const args = parseCommandArgs(
    argv,
    {
      rules: { type: 'string', multiple: true },
      persons: { type: 'string' },
      engine: { type: 'string' },
      param: { type: 'string', multiple: true },
      batch: { type: 'string' },
      lang: { type: 'string' },
    },
    USAGE,
  );
  if (typeof args === 'number') return args;
  const lang = choiceOption(args, 'lang', LANGS, 'en');
  const engine = choiceOption(args, 'engine', ENGINES, 'compiled');
  const rulePaths = stringOptions(args, 'rules');
  const personsPath = stringOption(args, 'persons');
  if (rulePaths.length === 0) throw new CliError(MESSAGES.missingOption('--rules')[lang]);
  if (personsPath === undefined) throw new CliError(MESSAGES.missingOption('--persons')[lang]);
  const batchText = stringOption(args, 'batch') ?? '10000';
  const batchSize = Number(batchText);
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    throw new CliError(MESSAGES.notPositiveWholeNumber('--batch', batchText)[lang]);
  }
  if (personsPath !== '-' && !(await stat(personsPath).catch(() => undefined))) {
    throw new CliError(MESSAGES.pathNotFound(personsPath)[lang]);
  }

  const ruleSet = await loadRulesFromPaths(rulePaths, lang);
  const parameters = parameterOverrides(stringOptions(args, 'param'), ruleSet, lang);
  const classifier = createClassifier(ruleSet, parameters, engine);
  if (classifier.slowPathRules.length > 0) {
    console.error(`maalbar classify: ${MESSAGES.slowPath(classifier.slowPathRules)[lang]}`);
  }

  const input = personsPath === '-' ? process.stdin : createReadStream(personsPath);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let batch: PendingPerson[] = [];
  let lineNumber = 0;
  let errorCount = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const fired = await classifier.classify(batch.map((entry) => entry.person));
    const text = batch
      .map((entry, index) => JSON.stringify({ id: entry.id, fired: fired[index] }))
      .join('\n');
    batch = [];
    if (!process.stdout.write(text + '\n')) await once(process.stdout, 'drain');
  };
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const parsed = readPerson(line, lineNumber, personsPath, lang);
    if ('errors' in parsed) {
      for (const error of parsed.errors) {
        if (errorCount < ERROR_LIMIT) console.error(formatLocatedError(error));
        errorCount++;
      }
      continue;
    }
    batch.push(parsed);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  if (errorCount > ERROR_LIMIT) console.error(MESSAGES.moreErrors(errorCount - ERROR_LIMIT)[lang]);
  return errorCount > 0 ? 1 : 0;
}

/** One input line → a person with its id, or the located errors of that line. */
function readPerson(
  line: string,
  lineNumber: number,
  file: string,
  lang: Lang,
): PendingPerson | { errors: LocatedError[] } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const problem = parseJsonText(line).problems[0];
    // jsonc-parser says where and what; JSON.parse's message is the fallback should it find nothing.
    const detail = error instanceof Error ? error.message : String(error);
    const message = problem ? problem.message[lang] : MESSAGES.personNotJson(detail)[lang];
    return {
      errors: [
        {
          file,
          line: lineNumber,
          column: problem?.position.column ?? 1,
          pointer: '',
          message,
          severity: 'error',
        },
      ],
    };
  }
  const checked = checkPerson(value);
  if (checked.person) return { id: checked.id ?? lineNumber, person: checked.person };
  const locator = createPointerLocator(line);
  return {
    errors: checked.problems.problems.map((problem) => {
      const error: LocatedError = {
        file,
        line: lineNumber,
        column: locator.locate(problem.pointer).column,
        pointer: problem.pointer,
        message: problem.message[lang],
        severity: problem.severity,
      };
      if (problem.hint) error.hint = problem.hint[lang];
      return error;
    }),
  };
}

export const classify: Command = {
  summary: 'list the rules that fire for each person of a JSON Lines file',
  run,
};
