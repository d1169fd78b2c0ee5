/**
 * `maalbar explain`: why each rule fires or not for one person — every condition with the person's fact value,
 * the comparison in words and ✓/✗, as json-rules-engine evaluated it. `--json` prints the explanation tree.
 */
import { readFile, stat } from 'node:fs/promises';
import { LANGS, MESSAGES } from '../../messages.ts';
import type { Lang } from '../../messages.ts';
import { DEFAULT_PERSON } from '../../rules/default-person.ts';
import { explainPerson } from '../../rules/explain.ts';
import { explainText } from '../../rules/explain-text.ts';
import { formatLocatedError, locateProblems } from '../../rules/located-error.ts';
import { nearestName } from '../../rules/nearest-name.ts';
import { parseJsonText } from '../../rules/parse-json-text.ts';
import type { PersonFacts } from '../../rules/facts.ts';
import { syntaxErrors } from '../../rules/validate-rule-file.ts';
import { checkPerson } from '../../rules/validate-person.ts';
import { choiceOption, parseCommandArgs, stringOption, stringOptions } from '../command-args.ts';
import { loadRulesFromPaths } from '../load-rules-from-paths.ts';
import { parameterOverrides } from '../parameter-overrides.ts';
import { CliError } from '../read-json-files.ts';
import type { Command } from './command.ts';

const USAGE = `maalbar explain --rules <dir|file> --person <json|file> [options]

Shows, for one person, why each rule fires or not: every condition with the person's fact value and ✓/✗.
Conditions json-rules-engine did not evaluate (the outcome was already decided) are marked "·".

Options:
  --rules <path>        rule files, shared conditions or plain json-rules-engine rules (repeatable)
  --person <json|file>  the person: inline JSON ({"age": 22, …}) or a file with one JSON object
  --defaults            take facts the person does not give from DEFAULT_PERSON (off: every fact is required)
  --rule <name>         explain this rule only
  --param name=value    override a rule parameter's default (repeatable)
  --lang da|en          language (default da)
  --json                print the explanation as JSON`;

async function run(argv: string[]): Promise<number> {
  const args = parseCommandArgs(
    argv,
    {
      rules: { type: 'string', multiple: true },
      person: { type: 'string' },
      defaults: { type: 'boolean' },
      rule: { type: 'string' },
      param: { type: 'string', multiple: true },
      lang: { type: 'string' },
      json: { type: 'boolean' },
    },
    USAGE,
  );
  if (typeof args === 'number') return args;
  const lang = choiceOption(args, 'lang', LANGS, 'da');
  const rulePaths = stringOptions(args, 'rules');
  const personText = stringOption(args, 'person');
  if (rulePaths.length === 0) throw new CliError(MESSAGES.missingOption('--rules')[lang]);
  if (personText === undefined) throw new CliError(MESSAGES.missingOption('--person')[lang]);
  const person = await readPerson(personText, args.values['defaults'] === true, lang);
  if (!person) return 1;

  const ruleSet = await loadRulesFromPaths(rulePaths, lang);
  const parameters = parameterOverrides(stringOptions(args, 'param'), ruleSet, lang);
  const only = stringOption(args, 'rule');
  if (only !== undefined && !ruleSet.rules.some((rule) => rule.name === only)) {
    const near = nearestName(
      only,
      ruleSet.rules.map((rule) => rule.name),
    );
    throw new CliError(
      MESSAGES.unknownRule(only)[lang] + (near ? ` — ${MESSAGES.didYouMean(near)[lang]}` : ''),
    );
  }
  const selected =
    only === undefined ? ruleSet : { ...ruleSet, rules: ruleSet.rules.filter((rule) => rule.name === only) };
  const explanations = await explainPerson(selected, person, parameters);
  if (args.values['json'] === true) console.log(JSON.stringify(explanations, null, 2));
  else console.log(explanations.map((explanation) => explainText(explanation, lang)).join('\n\n'));
  return 0;
}

/** The person from inline JSON or a file; prints located errors and returns undefined when it is not valid. */
async function readPerson(text: string, useDefaults: boolean, lang: Lang): Promise<PersonFacts | undefined> {
  const inline = text.trimStart().startsWith('{');
  if (!inline && !(await stat(text).catch(() => undefined)))
    throw new CliError(MESSAGES.pathNotFound(text)[lang]);
  const source = inline ? text : await readFile(text, 'utf8');
  const file = inline ? '--person' : text;
  const parsed = parseJsonText(source);
  if (!('value' in parsed)) {
    for (const error of syntaxErrors(parsed, file, lang)) console.error(formatLocatedError(error));
    return undefined;
  }
  const checked = checkPerson(parsed.value, useDefaults ? DEFAULT_PERSON : undefined);
  for (const error of locateProblems(checked.problems.problems, file, parsed.locator, lang)) {
    console.error(formatLocatedError(error));
  }
  return checked.person;
}

export const explain: Command = {
  summary: 'show why each rule fires or not for one person, condition by condition',
  run,
};
