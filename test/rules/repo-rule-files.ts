/**
 * Test helper: every rule and shared-condition file of the repository, read with node:fs and parsed, with its
 * path. It does not validate the files (that is validateRuleFile's job); it only locates JSON syntax errors.
 *
 * Also the indicator ids the repository's indicator rules may use: one per target of the 2015 target table
 * (seed 000) and of the 2017 plan (seed 001).
 *
 * @example
 *   const rules = readRepoRuleFiles(); // [{ path: 'rules/indicators/langtidsledige.json', file: {...} }, …]
 *   const ruleSet = loadRepoRuleSet(); // buildRuleSet over all of them
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildRuleSet } from '../../src/rules/build-rule-set.ts';
import type { ConditionFile, RuleFile, RuleSet } from '../../src/rules/rule-file.ts';

const ROOT_URL = new URL('../../', import.meta.url);

/** Absolute path of the repository root (this file is test/rules/repo-rule-files.ts). */
export const REPO_ROOT = fileURLToPath(ROOT_URL);

/** Folders of rule files, relative to the repository root. */
export const RULE_FOLDERS = ['rules/indicators', 'rules/reforms'] as const;

/** Folder of shared-condition files, relative to the repository root. */
export const CONDITION_FOLDER = 'rules/conditions';

/** One parsed file. */
export interface RepoFile<T> {
  /** Path from the repository root with forward slashes, e.g. "rules/indicators/unge-under-30.json". */
  path: string;
  /** The parsed JSON, as written (not validated against the schema). */
  file: T;
}

/**
 * Indicator id of each 2015 target (seed 000, "Mål i Beskæftigelsesplan 2015"), keyed by the target number used
 * in `meta.target`. Target 8 (samarbejdsgrad, the share of firms the job centre works with) has no rule: it needs
 * firm data that the person-level fact vocabulary does not hold.
 */
export const TARGET_2015_INDICATORS = {
  '1': 'unge-under-30',
  '2': 'langvarige-forloeb',
  '2a': 'ressourceforloeb',
  '3': 'tilgang-foertidspension',
  '4': 'ledighedsydelse',
  '5': 'langtidsledige',
  '6': 'kontant-og-uddannelseshjaelp',
  '7': 'ledige-akademikere',
  '9': 'virksomhedsrettet-andel',
} as const;

/**
 * Indicator id of each 2017 target the fact vocabulary can express (seed 001, MÅL 1–8), keyed by `meta.target`.
 * MÅL 7 (formal agreements with at least X new firms) is firm data and has no rule.
 */
export const TARGET_2017_INDICATORS = {
  '2017-1': 'unge-dagpenge-uddannelseshjaelp',
  '2017-2': 'unge-akademikere-dagpenge',
  '2017-3': 'langtidsledige-2017',
  '2017-4': 'langvarige-forloeb-2017',
  '2017-5': 'aktivitetsparate-kontanthjaelp',
  '2017-6': 'integration-virksomhedsrettet-andel',
  '2017-8': 'virksomhedsrettet-andel-2017',
} as const;

/** The indicator ids of the 2015 targets. */
export const INDICATOR_IDS_2015: readonly string[] = Object.values(TARGET_2015_INDICATORS);

/** The indicator ids of the 2017 targets. */
export const INDICATOR_IDS_2017: readonly string[] = Object.values(TARGET_2017_INDICATORS);

/** Every indicator id a repository rule may use. */
export const INDICATOR_IDS: readonly string[] = [...INDICATOR_IDS_2015, ...INDICATOR_IDS_2017];

/** The indicator id a `meta.target` stands for, or undefined for an unknown target. */
export function indicatorIdOfTarget(target: string): string | undefined {
  const targets: Readonly<Record<string, string>> = { ...TARGET_2015_INDICATORS, ...TARGET_2017_INDICATORS };
  return targets[target];
}

function readJsonFiles<T>(folder: string): RepoFile<T>[] {
  const names = readdirSync(new URL(folder + '/', ROOT_URL))
    .filter((name) => name.endsWith('.json'))
    .sort();
  return names.map((name) => {
    const path = `${folder}/${name}`;
    const text = readFileSync(new URL(path, ROOT_URL), 'utf8');
    try {
      return { path, file: JSON.parse(text) as T };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${path} is not valid JSON: ${reason}. Fix the syntax (a missing comma or quote).`, {
        cause: error,
      });
    }
  });
}

/** Every rule file under rules/indicators/ and rules/reforms/, sorted by path. */
export function readRepoRuleFiles(): RepoFile<RuleFile>[] {
  return RULE_FOLDERS.flatMap((folder) => readJsonFiles<RuleFile>(folder));
}

/** Every shared-condition file under rules/conditions/, sorted by path. */
export function readRepoConditionFiles(): RepoFile<ConditionFile>[] {
  return readJsonFiles<ConditionFile>(CONDITION_FOLDER);
}

/** The repository's rule set: every rule and shared condition, assembled by buildRuleSet. */
export function loadRepoRuleSet(): RuleSet {
  return buildRuleSet(
    readRepoRuleFiles().map(({ file }) => file),
    readRepoConditionFiles().map(({ file }) => file),
  );
}
