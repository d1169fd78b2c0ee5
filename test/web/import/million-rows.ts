/**
 * A person-level cohort CSV of any size with every fact column (valid values, one month), for the import
 * worker's tests: the unit test's speed check and the browser test's million-row file.
 */
const YDELSER = [
  'a-dagpenge',
  'kontanthjaelp',
  'sygedagpenge',
  'fleksjob',
  'foertidspension',
  'uddannelseshjaelp',
];
const HEADER =
  'id;month;age;ydelse;previousYdelse;enteredYdelseThisMonth;monthsInYdelse;monthsOnSupport;weeksOnSupport;' +
  'monthsUnemployedLast12;weeksUnemployedLast52;dagpengeMonthsUsed;sickWeeksLast9Months;education;academic;' +
  'insured;visitation;offer;monthsInOffer;integrationProgram';

/** Row i of the file (without its line end); ages and ydelser vary so that the counts are not all one cell. */
export function personRow(i: number): string {
  const ydelse = YDELSER[i % YDELSER.length] ?? 'kontanthjaelp';
  const months = 1 + (i % 30);
  return `p${i};2015-12;${18 + (i % 47)};${ydelse};${ydelse};false;${months};${months};${Math.floor((months * 52) / 12)};0;0;0;0;erhvervsfaglig;false;false;ingen;ingen;0;false`;
}

/** The file as text chunks (join them, or write them one by one). */
export function* personCsvParts(rows: number, perPart = 50_000): Generator<string> {
  yield `${HEADER}\n`;
  for (let start = 0; start < rows; start += perPart) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(rows, start + perPart); i++) lines.push(personRow(i));
    yield `${lines.join('\n')}\n`;
  }
}
