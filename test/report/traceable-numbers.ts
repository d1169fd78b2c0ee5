/**
 * The check that a generated text invents no number: every number written must round from a number of the row
 * (or of the texts it quotes). Shared by the fixture test and the Lyngby-Taarbæk test.
 */
import type { Lang } from '../../src/messages.ts';
import type { CommitteeRow } from '../../src/report/committee-table.ts';

/** Numbers as written in one language: "1.000", "15,5", "−0,71" (da) or "1,000", "15.5" (en). */
export function numbersIn(text: string, lang: Lang): { value: number; decimals: number }[] {
  const pattern = lang === 'da' ? /\d+(?:\.\d{3})*(?:,\d+)?/g : /\d+(?:,\d{3})*(?:\.\d+)?/g;
  return [...text.matchAll(pattern)].map(([token]) => {
    const [group, decimal] = lang === 'da' ? ['.', ','] : [',', '.'];
    const plain = token.split(group).join('').replace(decimal, '.');
    return { value: Number(plain), decimals: plain.split('.')[1]?.length ?? 0 };
  });
}

/** Every number a row may give rise to, in the units the text uses (per cent as 40, not 0.4), unsigned. */
export function traceableNumbers(row: CommitteeRow, lang: Lang): number[] {
  const texts = [row.title[lang], row.reason?.[lang] ?? '', ...row.notes.map((note) => note.text[lang])];
  const months = [
    row.month,
    row.baseline.month,
    ...row.observations.flatMap((o) => [o.month, o.since ?? '']),
  ];
  const numbers = [
    row.baseline.value,
    row.level,
    row.median,
    row.low,
    row.high,
    row.proposedLevel,
    row.replications,
    (row.pReach ?? NaN) * 100,
    (row.pReachSE ?? NaN) * 100,
    row.ambition * 100,
    (row.relativeChange ?? NaN) * 100,
    (row.level ?? NaN) - row.baseline.value,
    ...row.observations.flatMap((o) => [o.value ?? NaN, (o.relativeChange ?? NaN) * 100]),
    ...row.drivers.map((d) => d.correlation),
    ...months.filter((m) => m).map((m) => Number(m.slice(0, 4))),
    ...texts.flatMap((text) => numbersIn(text, lang).map((n) => n.value)),
    90, // the name "90 %-interval" of the 5–95 % quantile range: a constant of the text, not a result
  ];
  return numbers.filter((n): n is number => n !== undefined && Number.isFinite(n)).map(Math.abs);
}

/** The numbers of `text` that no input number rounds to (empty when the text traces). */
export function untraceable(text: string, row: CommitteeRow, lang: Lang): number[] {
  const allowed = traceableNumbers(row, lang);
  return numbersIn(text, lang)
    .filter((number) => {
      const tolerance = 0.5 * 10 ** -number.decimals + 1e-9;
      return !allowed.some((value) => Math.abs(value - number.value) <= tolerance);
    })
    .map((number) => number.value);
}
