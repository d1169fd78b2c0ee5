/**
 * `maalbar validate [paths…]`: checks data files and prints every problem located (file:line:column pointer),
 * then a summary. Exit 1 when any file has an error, 0 otherwise (warnings do not fail).
 */
import { MESSAGES, LANGS } from '../../messages.ts';
import type { Lang } from '../../messages.ts';
import type { LocatedError } from '../../rules/located-error.ts';
import { loadRuleSet } from '../../rules/load-rule-set.ts';
import { choiceOption, parseCommandArgs } from '../command-args.ts';
import { printLocatedErrors } from '../print-errors.ts';
import { expandJsonPaths, readTextFiles } from '../read-json-files.ts';
import { readScenarioParents } from '../read-scenario-parents.ts';
import type { TextFile } from '../read-json-files.ts';
import { validateScenarioFiles } from '../../scenario/validate-scenario-files.ts';
import type { Command } from './command.ts';

const USAGE = `maalbar validate [paths…] [--lang en|da]

Checks rule files and shared conditions (default: rules/). Directories are searched recursively for *.json
(not *.schema.json). Each problem is printed as file:line:column /json/pointer: message — hint.
Exit code 1 when a file has an error, 0 otherwise (warnings do not fail).`;

/** The kinds of data file validate knows; a file's kind decides its validator. */
type DataFileKind = 'rules' | 'scenario';

/**
 * The validator of each kind of file. Rule files and shared conditions are validated together, as a set
 * (names, references). Scenario files get their validator here when the scenario loader exists.
 */
const VALIDATORS: { [K in DataFileKind]?: (files: TextFile[], lang: Lang) => LocatedError[] } = {
  rules: (files, lang) => loadRuleSet(files, { lang }).errors,
  scenario: (files, lang) => validateScenarioFiles(files, { lang }).errors,
};

/**
 * Scenario files live under scenarios/, name scenario.schema.json, or look like a scenario (an object with
 * "extends", "cohort" or "targets" and neither "event" nor "conditions"); everything else is a rule file.
 */
function dataFileKind(file: TextFile): DataFileKind {
  if (/(^|[\\/])scenarios[\\/]/.test(file.path)) return 'scenario';
  if (/"\$schema"\s*:\s*"[^"]*scenario\.schema\.json"/.test(file.text)) return 'scenario';
  return looksLikeScenario(file.text) ? 'scenario' : 'rules';
}

function looksLikeScenario(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false; // the rule loader reports the syntax error, located
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  if ('event' in value || 'conditions' in value) return false;
  return 'extends' in value || 'cohort' in value || 'targets' in value;
}

async function run(argv: string[]): Promise<number> {
  const args = parseCommandArgs(argv, { lang: { type: 'string' } }, USAGE, true);
  if (typeof args === 'number') return args;
  const lang = choiceOption(args, 'lang', LANGS, 'en');
  const paths = args.positionals.length > 0 ? args.positionals : ['rules/'];
  const found = await expandJsonPaths(paths, lang);
  const { files, errors } = await readTextFiles(found, lang);
  const byKind = new Map<DataFileKind, TextFile[]>();
  for (const file of files) {
    const kind = dataFileKind(file);
    byKind.set(kind, [...(byKind.get(kind) ?? []), file]);
  }
  // A scenario's parents beside it are checked with it, as `maalbar run` would read them.
  const scenarios = byKind.get('scenario');
  if (scenarios) {
    const parents = await readScenarioParents(scenarios, lang);
    byKind.set('scenario', [...scenarios, ...parents.files]);
    errors.push(...parents.errors);
    found.push(...parents.files.map((file) => file.path));
  }
  for (const [kind, kindFiles] of byKind) {
    const validator = VALIDATORS[kind];
    if (validator) {
      errors.push(...validator(kindFiles, lang));
      continue;
    }
    for (const file of kindFiles) {
      errors.push({
        file: file.path,
        line: 1,
        column: 1,
        pointer: '',
        message: MESSAGES.notValidatedYet(kind)[lang],
        severity: 'warning',
      });
    }
  }
  const errorCount = printLocatedErrors(errors, (line) => console.log(line), lang);
  console.log(MESSAGES.validateSummary(found.length, errorCount, errors.length - errorCount)[lang]);
  return errorCount > 0 ? 1 : 0;
}

export const validate: Command = {
  summary:
    'check rule and scenario files (schema, facts, operators, cases, extends) and print located errors',
  run,
};
