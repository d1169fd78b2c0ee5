/**
 * The Danish string table: the default language and the source of the key set. `StringKey` is derived from it,
 * and the English table must have exactly these keys (a missing or extra key fails the type check).
 * Placeholders are `{name}`; callers pass values already formatted for the locale (see format.ts).
 */
export const da = {
  'app.name': 'Målbar',
  'app.tagline': 'Er resultatniveauerne ambitiøse og samtidig realistiske?',
  'app.skipToContent': 'Spring til indhold',
  'app.demoNotice':
    'Demodata, indtil simuleringen er koblet på: tallene på denne side er faste eksempler, ikke resultater.',
  'app.footer': 'Alle beregninger sker i din browser; ingen data forlader maskinen.',

  'nav.label': 'Visninger',
  'nav.board': 'Målbord',
  'nav.projection': 'Fremskrivning',
  'nav.compare': 'Sammenlign',
  'nav.report': 'Rapport',
  'nav.training': 'Træning',
  'view.comingSoon': 'Visningen "{view}" kommer snart.',

  'view.projection.intro':
    'Simulerede forløb for hvert mål. Flyt markøren eller brug piletasterne på en figur for at se tallene.',

  'language.label': 'Sprog',

  'board.caption': 'Mål i beskæftigelsesplanen og sandsynligheden for at nå dem',
  'board.col.nr': 'Nr.',
  'board.col.indicator': 'Mål',
  'board.col.baseline': 'Udgangspunkt',
  'board.col.level': 'Resultatniveau',
  'board.col.pReach': 'Sandsynlighed for at nå målet',
  'board.col.reachable': 'Niveau der nås med {ambition} sandsynlighed',
  'board.col.fan': 'Forløb',
  'board.col.notes': 'Bemærkninger',
  'board.ambition.label': 'Ambition (ønsket sandsynlighed)',
  'board.ambition.help': 'Vælg hvor sikker planen skal være, fra {min} til {max}.',
  'board.valueAt': '{value} ({month})',
  'board.notSet': 'Ikke fastsat',
  'board.followOnly': 'Følges uden mål',
  'board.unsimulated': 'Ikke simuleret',
  'board.noValue': 'Ingen værdi',
  'board.note.note': 'Bemærkning',
  'board.note.inconsistency': 'Uoverensstemmelse i kilden',
  'board.empty': 'Ingen mål at vise.',

  'verdict.safe': 'Realistisk',
  'verdict.ambitious': 'Ambitiøst',
  'verdict.unrealistic': 'Urealistisk',

  'direction.atMost': 'højst',
  'direction.atLeast': 'mindst',

  'progress.label': 'Simulering',
  'progress.running': '{done} af {total} replikationer',
  'progress.done': 'Færdig: {total} replikationer',
  'progress.idle': 'Ingen simulering kører',
  'progress.cancel': 'Afbryd simuleringen',

  'chart.title': 'Fremskrivning: {indicator}',
  'chart.desc':
    'Simulerede forløb fra {from} til {to}. Median i {to}: {median} (95 %-interval {low}–{high}).',
  'chart.desc.target': 'Målet er {direction} {level} i {month}.',
  'chart.desc.observed': '{count} observerede værdier.',
  'chart.keyboardHint': 'Brug piletasterne til at læse tallene for hver måned.',
  'chart.axis.persons': 'Personer',
  'chart.axis.percent': 'Andel',
  'chart.legend.band95': '95 %-interval',
  'chart.legend.band80': '80 %-interval',
  'chart.legend.band50': '50 %-interval',
  'chart.legend.median': 'Median',
  'chart.legend.mean': 'Gennemsnit',
  'chart.legend.observed': 'Observeret',
  'chart.legend.target': 'Mål',
  'chart.target.label': 'Mål {symbol} {level} ({month})',
  'chart.tooltip.median': 'Median: {value}',
  'chart.tooltip.mean': 'Gennemsnit: {value}',
  'chart.tooltip.band': '{share}-interval: {low}–{high}',
  'chart.tooltip.observed': '{label}: {value}',
  'chart.tooltip.target': 'Mål: {symbol} {level}',
  'chart.sparkline': 'Forløb for {indicator}: median {median} i {month}, 80 %-interval {low}–{high}.',
  'chart.compare.title': 'Sammenligning: {indicator}',
  'chart.compare.desc':
    'To scenarier fra {from} til {to}: {a} (median {medianA}) og {b} (median {medianB}) i {to}.',
  'chart.compare.tooltip': '{scenario}: median {median}, 80 %-interval {low}–{high}',
} satisfies Record<string, string>;

/** A key of the string tables, e.g. `'board.col.level'`. */
export type StringKey = keyof typeof da;
