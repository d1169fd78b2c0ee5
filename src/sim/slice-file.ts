/**
 * A slice file: what `maalbar run --replications A-B` writes so that `maalbar merge` can rebuild the one-run
 * result — the fingerprints that say which run the slice belongs to, the summaries' context, and every
 * replication's values as exact base64 bytes. Parsing checks every field and says where a file is wrong.
 */
import type { LocalText } from '../rules/facts.ts';
import { STATES } from '../rules/facts.ts';
import type { Lang } from '../messages.ts';
import { ProblemList, locateProblems, type LocatedError } from '../rules/located-error.ts';
import type { PointerLocator } from '../rules/locate-json-pointer.ts';
import { parseJsonText } from '../rules/parse-json-text.ts';
import { decodeFloat64, encodeFloat64 } from './float64-base64.ts';
import type { MonteCarloResult, MonteCarloValues, SummaryContext } from './monte-carlo-result.ts';

export const SLICE_FORMAT = 'maalbar-replication-slice';
export const SLICE_VERSION = 1;

/** What the output of the merged run needs besides the result (what `maalbar run` knows from the model). */
export interface SliceOutputInfo {
  /** Stem of the files `--out` writes: the scenario id, else the scenario file's name. */
  name: string;
  /** The scenario's title, for the table's first line. */
  title: LocalText;
  /** Indicators some rule counts during the run (the JSON output lists these and the named ones). */
  activeIndicators: string[];
}

/** The JSON of a slice file. */
export interface SliceFile {
  format: typeof SLICE_FORMAT;
  version: typeof SLICE_VERSION;
  scenario: string;
  /** contentFingerprint of the resolved scenario without seed and replications. */
  scenarioFingerprint: string;
  /** contentFingerprint of the rule set. */
  ruleSetFingerprint: string;
  seed: number;
  /** Replications of the whole run (R). */
  replications: number;
  /** This slice: replications [from, to), 0-based. */
  from: number;
  to: number;
  output: SliceOutputInfo;
  context: SummaryContext;
  /** MonteCarloValues with every array as base64 of its little-endian float64 bytes. */
  values: {
    indicators: string[];
    costs: string | null;
    states: string;
    parameters: string;
    cappedPersonMonths: number;
  };
}

/** A parsed slice file: the header fields, the decoded values, and where its fields are in the text. */
export interface ParsedSlice {
  file: string;
  slice: SliceFile;
  values: MonteCarloValues;
  locator: PointerLocator;
}

/** The slice file of a Monte Carlo result of replications [from, to). */
export function createSliceFile(
  result: MonteCarloResult,
  fingerprints: { scenario: string; ruleSet: string },
  output: SliceOutputInfo,
): SliceFile {
  const { context, raw } = result;
  return {
    format: SLICE_FORMAT,
    version: SLICE_VERSION,
    scenario: context.scenario,
    scenarioFingerprint: fingerprints.scenario,
    ruleSetFingerprint: fingerprints.ruleSet,
    seed: context.seed,
    replications: context.replications,
    from: raw.from,
    to: raw.to,
    output,
    context,
    values: {
      indicators: raw.indicators.map(encodeFloat64),
      costs: raw.costs ? encodeFloat64(raw.costs) : null,
      states: encodeFloat64(raw.states),
      parameters: encodeFloat64(raw.parameters),
      cappedPersonMonths: raw.cappedPersonMonths,
    },
  };
}

/** The slice file as JSON text (one line per field of the header; the values are long lines). */
export function formatSliceFile(slice: SliceFile): string {
  return `${JSON.stringify(slice, null, 1)}\n`;
}

const t = (da: string, en: string): LocalText => ({ da, en });

function isObject(value: unknown): value is { [key: string]: unknown } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const isWhole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Checks the header and context fields; true when the values can be decoded. */
function checkHeader(value: { [key: string]: unknown }, problems: ProblemList): boolean {
  const notSlice = t(
    'ikke en slice-fil fra "maalbar run --replications A-B"',
    'not a slice file of "maalbar run --replications A-B"',
  );
  if (value.format !== SLICE_FORMAT) {
    problems.error('/format', notSlice);
    return false;
  }
  if (value.version !== SLICE_VERSION) {
    problems.error(
      '/version',
      t(
        `slice-filens version skal være ${SLICE_VERSION}`,
        `the slice file's version must be ${SLICE_VERSION}`,
      ),
      t('kør slicen igen med denne version af Målbar', 'run the slice again with this version of Målbar'),
    );
    return false;
  }
  const expect = (key: string, ok: boolean, what: LocalText): void => {
    if (!ok) problems.error(`/${key}`, t(`${key} skal være ${what.da}`, `${key} must be ${what.en}`));
  };
  const text = t('en tekst', 'a string');
  const whole = t('et helt tal ≥ 0', 'a whole number ≥ 0');
  for (const key of ['scenario', 'scenarioFingerprint', 'ruleSetFingerprint'])
    expect(key, typeof value[key] === 'string', text);
  for (const key of ['seed', 'replications', 'from', 'to']) expect(key, isWhole(value[key]), whole);
  const { from, to, replications } = value;
  if (isWhole(from) && isWhole(to) && isWhole(replications) && !(from < to && to <= replications)) {
    problems.error(
      '/to',
      t(
        `slicen [${from}, ${to}) ligger ikke inden for de ${replications} replikationer`,
        `the slice [${from}, ${to}) does not lie within the ${replications} replications`,
      ),
    );
  }
  const output = value.output;
  if (
    !isObject(output) ||
    typeof output.name !== 'string' ||
    !isObject(output.title) ||
    typeof output.title.da !== 'string' ||
    typeof output.title.en !== 'string' ||
    !isStringArray(output.activeIndicators)
  ) {
    problems.error(
      '/output',
      t('output skal have name, title og activeIndicators', 'output needs name, title and activeIndicators'),
    );
  }
  const context = value.context;
  if (!isObject(context)) {
    problems.error('/context', t('context skal være et objekt', 'context must be an object'));
    return false;
  }
  const contextOk =
    context.scenario === value.scenario &&
    context.seed === value.seed &&
    context.replications === value.replications &&
    isStringArray(context.months) &&
    isStringArray(context.uncertainPaths) &&
    Array.isArray(context.indicators) &&
    context.indicators.every((d) => isObject(d) && typeof d.id === 'string') &&
    Array.isArray(context.targets) &&
    Array.isArray(context.observations) &&
    Array.isArray(context.ambitions) &&
    isObject(context.verdicts);
  if (!contextOk) {
    problems.error(
      '/context',
      t(
        'context passer ikke til slicens scenarie, seed og replikationer eller mangler felter',
        "context does not match the slice's scenario, seed and replications, or lacks fields",
      ),
      t(
        'filen er redigeret eller beskadiget: kør slicen igen',
        'the file was edited or damaged: run the slice again',
      ),
    );
  }
  return !problems.hasErrors;
}

/** Decodes the values, checking each array's length against the slice's replications and the context. */
function decodeValues(slice: SliceFile, raw: unknown, problems: ProblemList): MonteCarloValues | undefined {
  if (!isObject(raw)) {
    problems.error('/values', t('values skal være et objekt', 'values must be an object'));
    return undefined;
  }
  const count = slice.to - slice.from;
  const months = slice.context.months.length;
  const decode = (pointer: string, text: unknown, length: number): Float64Array => {
    const values = typeof text === 'string' ? decodeFloat64(text) : undefined;
    if (values?.length === length) return values;
    problems.error(
      pointer,
      t(
        `skal være base64 af ${length} tal (float64, little-endian)`,
        `must be base64 of ${length} numbers (float64, little-endian)`,
      ),
      t(
        'filen er redigeret eller beskadiget: kør slicen igen',
        'the file was edited or damaged: run the slice again',
      ),
    );
    return new Float64Array(0);
  };
  const indicatorTexts = Array.isArray(raw.indicators) ? raw.indicators : [];
  if (indicatorTexts.length !== slice.context.indicators.length) {
    problems.error(
      '/values/indicators',
      t(
        `skal have en række pr. indikator (${slice.context.indicators.length})`,
        `needs one entry per indicator (${slice.context.indicators.length})`,
      ),
    );
  }
  const values: MonteCarloValues = {
    from: slice.from,
    to: slice.to,
    indicators: indicatorTexts.map((text, k) => decode(`/values/indicators/${k}`, text, count * months)),
    costs: raw.costs === null ? null : decode('/values/costs', raw.costs, count * months),
    states: decode('/values/states', raw.states, count * STATES.length * months),
    parameters: decode('/values/parameters', raw.parameters, count * slice.context.uncertainPaths.length),
    cappedPersonMonths: isWhole(raw.cappedPersonMonths) ? raw.cappedPersonMonths : 0,
  };
  if (!isWhole(raw.cappedPersonMonths)) {
    problems.error(
      '/values/cappedPersonMonths',
      t('skal være et helt tal ≥ 0', 'must be a whole number ≥ 0'),
    );
  }
  return problems.hasErrors ? undefined : values;
}

/** `parseSliceFile(text, "slices/a.json", "en")` → the slice, or located errors (file:line:column, pointer). */
export function parseSliceFile(
  text: string,
  file: string,
  lang: Lang,
): { slice?: ParsedSlice; errors: LocatedError[] } {
  const parsed = parseJsonText(text);
  if (parsed.problems.length > 0 || !('value' in parsed)) {
    return {
      errors: parsed.problems.map((problem) => ({
        file,
        ...problem.position,
        pointer: '',
        message: problem.message[lang],
        ...(problem.hint ? { hint: problem.hint[lang] } : {}),
        severity: 'error' as const,
      })),
    };
  }
  const problems = new ProblemList();
  const value = parsed.value;
  if (!isObject(value)) {
    problems.error(
      '',
      t(
        'ikke en slice-fil fra "maalbar run --replications A-B"',
        'not a slice file of "maalbar run --replications A-B"',
      ),
    );
  } else if (checkHeader(value, problems)) {
    const slice = value as unknown as SliceFile;
    const values = decodeValues(slice, value.values, problems);
    if (values) return { slice: { file, slice, values, locator: parsed.locator }, errors: [] };
  }
  return { errors: locateProblems(problems.problems, file, parsed.locator, lang) };
}
