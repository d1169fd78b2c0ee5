/**
 * The BEMÆRKNINGER column: a short rationale per target, generated only from the row's numbers and the
 * scenario's assumptions — interim status, the simulated course from the baseline, P(reach) with its standard
 * error and verdict, the level proposed at the chosen ambition, the main drivers, and the notes (an
 * inconsistency in the source is said, not hidden). Nothing is invented: a number not in the row is not written.
 */
import type { Lang } from '../messages.ts';
import type { CommitteeRow } from './committee-table.ts';
import { reportFormat, type ReportFormat } from './report-format.ts';
import { levelPhrase, observationPhrase, unitDecimals } from './report-phrases.ts';

/**
 * @example targetRationale(row, 'da') → "Status: et fald på 15 % fra december 2013 til oktober 2014. I 1.000
 *   simulerede forløb går tallet fra 535 personer i december 2013 til en median på 434 personer i december 2015
 *   (90 %-interval 377–478). Sandsynligheden for at nå højst 428 personer er 43 % (standardfejl 1,6
 *   procentpoint): meget ambitiøst. …"
 */
export function targetRationale(row: CommitteeRow, lang: Lang): string {
  const format = reportFormat(lang);
  const da = lang === 'da';
  const sentences: string[] = [];
  if (row.kind === 'unsimulated') {
    const reason = row.reason?.[lang] ?? '';
    sentences.push(da ? `Ikke simuleret. ${reason}` : `Not simulated. ${reason}`);
    sentences.push(...noteSentences(row, lang));
    return sentences.join(' ').trim();
  }
  if (row.kind === 'followOnly') {
    sentences.push(da ? 'Målet følges uden resultatniveau.' : 'The target is followed without a level.');
  }
  const status = row.observations
    .map((observation) => observationPhrase(format, observation, row.unit, row.baseline.month))
    .filter((phrase): phrase is string => phrase !== undefined);
  if (status.length > 0) sentences.push(`Status: ${status.join('; ')}.`);
  const course = courseSentence(row, format);
  if (course) sentences.push(course);
  if (row.kind === 'simulated' && row.level !== undefined && row.pReach !== undefined) {
    const level = levelPhrase(format, row.direction, row.level, row.unit);
    const p = format.percent(row.pReach);
    const se =
      row.pReachSE === undefined
        ? ''
        : ` (${da ? 'standardfejl' : 'standard error'} ${format.points(row.pReachSE)})`;
    const verdict = row.verdict ? `: ${row.verdict.label[lang]}` : '';
    sentences.push(
      da
        ? `Sandsynligheden for at nå ${level} er ${p}${se}${verdict}.`
        : `The probability of reaching ${level} is ${p}${se}${verdict}.`,
    );
  }
  const proposal = proposalSentence(row, format);
  if (proposal) sentences.push(proposal);
  if (row.drivers.length > 0) {
    const drivers = row.drivers.map((driver) => {
      const kind = driver.assumption ? (da ? 'antagelse' : 'assumption') : da ? 'kilde' : 'source';
      return `${driver.label[lang]} (${kind}, ${da ? 'korrelation' : 'correlation'} ${format.number(driver.correlation, 2)})`;
    });
    sentences.push(
      da
        ? `Resultatet afhænger mest af ${joinWords(drivers, 'og')}.`
        : `The result depends most on ${joinWords(drivers, 'and')}.`,
    );
  }
  sentences.push(...noteSentences(row, lang));
  return sentences.join(' ');
}

/** "I 1.000 simulerede forløb går tallet fra 535 personer i december 2013 til en median på 434 … (90 %-interval …)." */
function courseSentence(row: CommitteeRow, format: ReportFormat): string | undefined {
  if (row.median === undefined) return undefined;
  const da = format.lang === 'da';
  const decimals = unitDecimals(row.unit);
  const runs = format.number(row.replications);
  const baseline = `${format.value(row.baseline.value, row.unit, decimals)} ${da ? 'i' : 'in'} ${format.month(row.baseline.month)}`;
  const median = `${format.value(row.median, row.unit, decimals)} ${da ? 'i' : 'in'} ${format.month(row.month)}`;
  const interval =
    row.low !== undefined && row.high !== undefined
      ? row.unit === 'percent'
        ? ` (${da ? '90 %-interval' : '90 % interval'} ${format.value(row.low, 'percent', 1)}–${format.value(row.high, 'percent', 1)})`
        : ` (${da ? '90 %-interval' : '90 % interval'} ${format.number(row.low)}–${format.number(row.high)})`
      : '';
  return da
    ? `I ${runs} simulerede forløb går tallet fra ${baseline} til en median på ${median}${interval}.`
    : `In ${runs} simulated runs the number goes from ${baseline} to a median of ${median}${interval}.`;
}

/** What the chosen ambition allows: keep the level, or the level to set instead. */
function proposalSentence(row: CommitteeRow, format: ReportFormat): string | undefined {
  if (row.proposedLevel === undefined) return undefined;
  const da = format.lang === 'da';
  const ambition = format.percent(row.ambition);
  const proposed = levelPhrase(format, row.direction, row.proposedLevel, row.unit);
  const month = format.month(row.month);
  if (row.kind === 'followOnly' || row.pReach === undefined) {
    return da
      ? `Med ${ambition} sandsynlighed bliver tallet ${proposed} i ${month}.`
      : `With ${ambition} probability the number is ${proposed} in ${month}.`;
  }
  if (row.pReach >= row.ambition) {
    return da
      ? `Niveauet holder med den valgte sikkerhed på ${ambition}; med ${ambition} sandsynlighed nås ${proposed}.`
      : `The level holds at the chosen certainty of ${ambition}; with ${ambition} probability ${proposed} is reached.`;
  }
  return da
    ? `Med den valgte sikkerhed på ${ambition} foreslås niveauet ${proposed}.`
    : `At the chosen certainty of ${ambition} the proposed level is ${proposed}.`;
}

function noteSentences(row: CommitteeRow, lang: Lang): string[] {
  return row.notes.map((note) =>
    note.kind === 'relativeChangeMismatch'
      ? `${lang === 'da' ? 'Uoverensstemmelse i kilden' : 'Inconsistency in the source'}: ${note.text[lang]}`
      : note.kind === 'baselineMismatch'
        ? `${lang === 'da' ? 'Modellen gengiver ikke basis' : 'The model does not reproduce the baseline'}: ${note.text[lang]}`
        : `${lang === 'da' ? 'Bemærk' : 'Note'}: ${note.text[lang]}`,
  );
}

/** "a, b og c" / "a, b and c". */
function joinWords(words: readonly string[], and: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1) ?? ''}`;
}
