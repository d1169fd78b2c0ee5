/**
 * The user-facing texts of data import, in Danish and English (kept here until they move into src/messages.ts,
 * whose owner merges them). Domain words stay Danish in both languages.
 */
import type { LocalText } from '../rules/facts.ts';

const t = (da: string, en: string): LocalText => ({ da, en });
const q = (value: unknown): string => JSON.stringify(value);
const hex = (byte: number): string => '0x' + byte.toString(16).toUpperCase().padStart(2, '0');

export const IO_MESSAGES = {
  moreProblems: (count: number) =>
    t(`… og ${count} problem(er) mere i samme fil`, `… and ${count} more problem(s) in the same file`),

  // —— Bytes and text ——
  workbookNotText: (kind: string) =>
    t(
      `filen er en Excel-projektmappe (.${kind}), ikke tekst`,
      `the file is an Excel workbook (.${kind}), not text`,
    ),
  saveAsCsvHint: () =>
    t(
      'gem den som CSV (semikolonsepareret) i Excel, eller hent CSV- eller JSON-stat-udgaven',
      'save it as CSV (semicolon separated) in Excel, or download the CSV or JSON-stat version',
    ),
  binaryFile: () => t('filen er ikke en tekstfil', 'the file is not a text file'),
  readAsWindows1252: (byte: number) =>
    t(
      `byten ${hex(byte)} er ikke UTF-8; filen læses som Windows-1252`,
      `byte ${hex(byte)} is not UTF-8; the file is read as Windows-1252`,
    ),
  readAsWindows1252Hint: () =>
    t(
      'kontrollér æ, ø og å i resultatet, eller gem filen som UTF-8',
      'check æ, ø and å in the result, or save the file as UTF-8',
    ),

  // —— CSV ——
  unclosedQuote: () =>
    t('anførselstegnet, der åbner feltet, lukkes aldrig', 'the quote that opens this field is never closed'),
  quoteHint: () =>
    t(
      'luk feltet med " og skriv "" for et anførselstegn inde i feltet',
      'close the field with " and write "" for a quote inside it',
    ),
  textAfterQuote: () =>
    t(
      'tekst efter det afsluttende anførselstegn (læses med i feltet)',
      'text after the closing quote (read as part of the field)',
    ),

  // —— Periods and numbers ——
  notAPeriod: (value: unknown) => t(`${q(value)} er ikke en periode`, `${q(value)} is not a period`),
  periodHint: () =>
    t(
      'skriv perioder som 2015M12, 2015K4, 2015Q4, 2015 eller "december 2015"',
      'write periods as 2015M12, 2015K4, 2015Q4, 2015 or "december 2015"',
    ),
  noTimeDimension: () => t('ingen tidsdimension fundet', 'no time dimension found'),
  notANumber: (value: unknown) => t(`${q(value)} er ikke et tal`, `${q(value)} is not a number`),
  numberHint: () =>
    t(
      'skriv tal som 1.234,5 eller 1234.5; en manglende værdi som .. eller -',
      'write numbers as 1.234,5 or 1234.5; a missing value as .. or -',
    ),
  noMeasureColumn: () =>
    t('ingen kolonne med tal (målinger) fundet', 'no column of numbers (measurements) found'),
  noDataRows: () => t('filen har ingen datarækker', 'the file has no data rows'),

  // —— JSON-stat ——
  notJsonStat: () =>
    t(
      'ikke JSON-stat: intet datasæt (et objekt med "dimension" og "value") fundet',
      'not JSON-stat: no dataset (an object with "dimension" and "value") found',
    ),
  notJsonStatHint: () =>
    t(
      'hent tabellen som JSON-stat fra Statistikbanken, eller vælg et andet format med --format',
      'download the table as JSON-stat from Statistikbanken, or pick another format with --format',
    ),
  jsonStatDimensionOnly: () =>
    t('filen er en JSON-stat-dimension, ikke et datasæt', 'the file is a JSON-stat dimension, not a dataset'),
  jsonStatNotEmbedded: (href: string) =>
    t(
      `datasættet er kun et link (${href}); hent det og importér det for sig`,
      `the dataset is only a link (${href}); download it and import it on its own`,
    ),
  jsonStatMissing: (name: string) => t(`datasættet mangler ${q(name)}`, `the dataset has no ${q(name)}`),
  jsonStatIdShape: () =>
    t('"id" skal være en liste af dimensionsnavne', '"id" must be a list of dimension names'),
  jsonStatSizeShape: (count: number) =>
    t(
      `"size" skal være en liste af ${count} hele tal ≥ 0, én pr. dimension i "id"`,
      `"size" must be a list of ${count} whole numbers ≥ 0, one per dimension in "id"`,
    ),
  jsonStatUnknownDimension: (id: string) =>
    t(
      `dimensionen ${q(id)} står i "id", men ikke under "dimension"`,
      `dimension ${q(id)} is in "id" but not under "dimension"`,
    ),
  jsonStatNoCategory: (id: string) =>
    t(`dimensionen ${q(id)} har ingen "category"`, `dimension ${q(id)} has no "category"`),
  jsonStatBadPosition: (size: number) =>
    t(
      `positionen skal være et helt tal fra 0 til ${size - 1}`,
      `the position must be a whole number from 0 to ${size - 1}`,
    ),
  jsonStatSamePosition: (position: number) =>
    t(`to kategorier har positionen ${position}`, `two categories have position ${position}`),
  jsonStatCategoryCount: (id: string, count: number, size: number) =>
    t(
      `dimensionen ${q(id)} har ${count} kategorier, men "size" siger ${size}`,
      `dimension ${q(id)} has ${count} categories, but "size" says ${size}`,
    ),
  jsonStatValueCount: (count: number, total: number) =>
    t(
      `"value" har ${count} værdier, men dimensionernes størrelser giver ${total} celler`,
      `"value" has ${count} values, but the dimension sizes give ${total} cells`,
    ),
  jsonStatBadCellIndex: (key: string, total: number) =>
    t(
      `${q(key)} er ikke et cellenummer fra 0 til ${total - 1}`,
      `${q(key)} is not a cell number from 0 to ${total - 1}`,
    ),
  jsonStatValueNotNumber: (value: unknown) =>
    t(
      `en værdi skal være et tal eller null, ikke ${q(value)}`,
      `a value must be a number or null, not ${q(value)}`,
    ),
  jsonStatStatusShape: () =>
    t(
      '"status" skal være en tekst, en liste af tekster eller et objekt cellenummer → tekst',
      '"status" must be a string, a list of strings, or an object cell number → string',
    ),
  jsonStatTimeHint: () =>
    t(
      'marker tidsdimensionen med "role": {"time": [...]} eller kald den "Tid"',
      'mark the time dimension with "role": {"time": [...]} or call it "Tid"',
    ),

  // —— Jobindsats ——
  jobindsatsNotTable: () => t('hvert element skal være en tabel { … }', 'each element must be a table { … }'),
  jobindsatsShapeHint: () =>
    t(
      'Jobindsats API v2 svarer [{"Variables": [...], "Data": [[...], ...]}]',
      'Jobindsats API v2 answers [{"Variables": [...], "Data": [[...], ...]}]',
    ),
  jobindsatsMissing: (name: string) =>
    t(`tabellen mangler listen ${q(name)}`, `the table has no list ${q(name)}`),
  jobindsatsRowNotList: () => t('en datarække skal være en liste [ … ]', 'a data row must be a list [ … ]'),
  jobindsatsRowLength: (count: number, expected: number) =>
    t(
      `rækken har ${count} værdier, men der er ${expected} variable`,
      `the row has ${count} values, but there are ${expected} variables`,
    ),
  jobindsatsPeriodHint: () =>
    t('tabellen skal have variablen "period"', 'the table needs the variable "period"'),
  jobindsatsMessage: (message: string) =>
    t(
      `Jobindsats svarede med en besked i stedet for data: ${q(message)}`,
      `Jobindsats answered with a message instead of data: ${q(message)}`,
    ),
  jobindsatsEmpty: () => t('svaret indeholder ingen tabel', 'the response holds no table'),

  // —— Spreadsheet exports ——
  noHeaderRow: () =>
    t(
      'ingen overskriftsrække (en række med mindst to udfyldte celler)',
      'no header row (a row with at least two filled cells)',
    ),
  csvShapeHint: () =>
    t(
      'forventede en overskriftsrække med perioder (2013M12;2014M10…) eller en kolonne "Tid"/"Periode" og talkolonner til sidst',
      'expected a header row of periods (2013M12;2014M10…) or a column "Tid"/"Periode" and number columns at the end',
    ),
  csvRowLength: (count: number, expected: number) =>
    t(
      `rækken har ${count} celler, men overskriftsrækken har ${expected}`,
      `the row has ${count} cells, but the header row has ${expected}`,
    ),
  skippedNote: () =>
    t('rækken er en note, ikke data, og springes over', 'the row is a note, not data, and is skipped'),

  // —— Person-level files ——
  personSchemaHint: () =>
    t(
      'kolonnerne er fakta fra rules/README.md (fx ydelse, age) samt evt. id og month; se docs/data-import.md',
      'the columns are facts from rules/README.md (e.g. ydelse, age) plus optional id and month; see docs/data-import.md',
    ),
  unknownColumn: (name: string) => t(`ukendt kolonne ${q(name)}`, `unknown column ${q(name)}`),
  unnamedColumn: () => t('kolonnen har intet navn og læses ikke', 'the column has no name and is not read'),
  duplicateColumn: (name: string) =>
    t(`kolonnen ${q(name)} står to gange`, `column ${q(name)} appears twice`),
  missingColumns: (facts: readonly string[]) =>
    t(
      `${facts.length === 1 ? 'kolonnen' : 'kolonnerne'} ${facts.map(q).join(', ')} mangler`,
      `${facts.length === 1 ? 'column' : 'columns'} ${facts.map(q).join(', ')} ${facts.length === 1 ? 'is' : 'are'} missing`,
    ),
  requiredFactHint: () =>
    t(
      'ydelse og age skal altid være udfyldt; de kan ikke gættes',
      'ydelse and age must always be given; they cannot be imputed',
    ),
  imputeColumnsHint: () =>
    t(
      'tilføj kolonnerne, eller importér med --missing impute-default for at udfylde dem med standardværdier',
      'add the columns, or import with --missing impute-default to fill them with defaults',
    ),
  imputeHint: () =>
    t(
      'tilføj værdien, eller importér med --missing impute-default for at bruge standardværdien',
      'add the value, or import with --missing impute-default to use the default',
    ),
  monthNeedsId: () =>
    t(
      'en "month"-kolonne kræver en "id"-kolonne (en person har en række pr. måned)',
      'a "month" column needs an "id" column (a person has one row per month)',
    ),
  missingId: () => t('id mangler', 'the id is missing'),
  notAMonth: (value: string) => t(`${q(value)} er ikke en måned`, `${q(value)} is not a month`),
  missingCell: (fact: string) => t(`værdien af ${q(fact)} mangler`, `the value of ${q(fact)} is missing`),
  duplicatePerson: (id: string, month: string | undefined, row: number) =>
    t(
      `personen ${q(id)}${month ? ` i ${month}` : ''} står også i række ${row}`,
      `person ${q(id)}${month ? ` in ${month}` : ''} is also in row ${row}`,
    ),
  imputedCells: (cells: number, byFact: { [fact: string]: number | undefined }) => {
    const detail = Object.entries(byFact)
      .map(([fact, count]) => `${fact} ${count ?? 0}`)
      .join(', ');
    return t(
      `${cells} manglende celle(r) udfyldt med standardværdier (${detail})`,
      `${cells} missing cell(s) filled with defaults (${detail})`,
    );
  },
  absentFromLatestMonth: (count: number, threshold: number, month: string) => {
    // A count of persons below the discretion threshold is not shown, even in a warning.
    const da = count < threshold ? `færre end ${threshold}` : String(count);
    const en = count < threshold ? `fewer than ${threshold}` : String(count);
    return t(
      `${da} person(er) har ingen række i ${month} og er ikke med i kohorten`,
      `${en} person(s) have no row in ${month} and are left out of the cohort`,
    );
  },

  // —— Label mappings ——
  mappingNotObject: () =>
    t(
      'en mapning er et objekt {"ydelser": {…}, "indicators": {…}, "ignore": […]}',
      'a mapping is an object {"ydelser": {…}, "indicators": {…}, "ignore": […]}',
    ),
  mappingBadIndicator: (id: unknown) =>
    t(
      `${q(id)} er ikke et indikator-id (små bogstaver, tal og bindestreger, fx "langtidsledige")`,
      `${q(id)} is not an indicator id (lower-case letters, digits and hyphens, e.g. "langtidsledige")`,
    ),
  mappingLabelTwice: (label: string, other: string) =>
    t(`etiketten ${q(label)} står også ved ${other}`, `label ${q(label)} also appears at ${other}`),

  // —— Import as a whole ——
  countsNeedMonth: () =>
    t(
      'filen har ingen "month"-kolonne, så optællingerne mangler en måned',
      'the file has no "month" column, so its counts have no month',
    ),
  countsNeedMonthHint: () =>
    t('tilføj kolonnen month, eller angiv --month ÅÅÅÅ-MM', 'add a month column, or pass --month YYYY-MM'),
  unmappedLabels: (dimension: string, labels: readonly string[]) =>
    t(
      `${labels.length} etiket(ter) i ${q(dimension)} svarer ikke til en ydelse eller indikator: ${labels.map(q).join(', ')}`,
      `${labels.length} label(s) in ${q(dimension)} match no ydelse or indicator: ${labels.map(q).join(', ')}`,
    ),
  mappingHint: () =>
    t(
      'tilføj dem i en mapningsfil (se docs/data-import.md) og angiv den med --mapping',
      'add them to a mapping file (see docs/data-import.md) and pass it with --mapping',
    ),
} as const satisfies { [code: string]: (...args: never[]) => LocalText };
