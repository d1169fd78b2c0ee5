/**
 * The English string table. Typed against the Danish keys: a missing or extra key is a type error.
 * Domain words stay Danish (a-dagpenge, kontanthjælp, resultatniveau, ressourceforløb…).
 */
import type { StringKey } from './strings-da.ts';

export const en: Record<StringKey, string> = {
  'app.name': 'Målbar',
  'app.tagline': 'Are the resultatniveauer ambitious yet reachable?',
  'app.skipToContent': 'Skip to content',
  'app.demoNotice':
    'Demo data until the simulation is connected: the numbers on this page are fixed examples, not results.',
  'app.footer': 'All computation happens in your browser; no data leaves the machine.',

  'nav.label': 'Views',
  'nav.board': 'Target board',
  'nav.projection': 'Projection',
  'nav.compare': 'Compare',
  'nav.report': 'Report',
  'nav.training': 'Training',
  'view.comingSoon': 'The "{view}" view is coming soon.',

  'view.projection.intro':
    'Simulated courses for each target. Move the pointer or use the arrow keys on a chart to read the numbers.',

  'language.label': 'Language',

  'board.caption': 'Targets of the employment plan and the probability of reaching them',
  'board.col.nr': 'No.',
  'board.col.indicator': 'Target',
  'board.col.baseline': 'Baseline',
  'board.col.level': 'Resultatniveau',
  'board.col.pReach': 'Probability of reaching it',
  'board.col.reachable': 'Level reached with {ambition} probability',
  'board.col.fan': 'Course',
  'board.col.notes': 'Remarks',
  'board.ambition.label': 'Ambition (wanted probability)',
  'board.ambition.help': 'Choose how sure the plan must be, from {min} to {max}.',
  'board.valueAt': '{value} ({month})',
  'board.notSet': 'Not set',
  'board.followOnly': 'Followed without a target',
  'board.unsimulated': 'Not simulated',
  'board.noValue': 'No value',
  'board.note.note': 'Remark',
  'board.note.inconsistency': 'Inconsistency in the source',
  'board.empty': 'No targets to show.',

  'verdict.safe': 'Safe',
  'verdict.ambitious': 'Ambitious',
  'verdict.unrealistic': 'Unrealistic',

  'direction.atMost': 'at most',
  'direction.atLeast': 'at least',

  'progress.label': 'Simulation',
  'progress.running': '{done} of {total} replications',
  'progress.done': 'Done: {total} replications',
  'progress.idle': 'No simulation running',
  'progress.cancel': 'Cancel the simulation',

  'chart.title': 'Projection: {indicator}',
  'chart.desc':
    'Simulated courses from {from} to {to}. Median in {to}: {median} (95 % interval {low}–{high}).',
  'chart.desc.target': 'The target is {direction} {level} in {month}.',
  'chart.desc.observed': '{count} observed values.',
  'chart.keyboardHint': 'Use the arrow keys to read the numbers for each month.',
  'chart.axis.persons': 'Persons',
  'chart.axis.percent': 'Share',
  'chart.legend.band95': '95 % interval',
  'chart.legend.band80': '80 % interval',
  'chart.legend.band50': '50 % interval',
  'chart.legend.median': 'Median',
  'chart.legend.mean': 'Mean',
  'chart.legend.observed': 'Observed',
  'chart.legend.target': 'Target',
  'chart.target.label': 'Target {symbol} {level} ({month})',
  'chart.tooltip.median': 'Median: {value}',
  'chart.tooltip.mean': 'Mean: {value}',
  'chart.tooltip.band': '{share} interval: {low}–{high}',
  'chart.tooltip.observed': '{label}: {value}',
  'chart.tooltip.target': 'Target: {symbol} {level}',
  'chart.sparkline': 'Course of {indicator}: median {median} in {month}, 80 % interval {low}–{high}.',
  'chart.compare.title': 'Comparison: {indicator}',
  'chart.compare.desc':
    'Two scenarios from {from} to {to}: {a} (median {medianA}) and {b} (median {medianB}) in {to}.',
  'chart.compare.tooltip': '{scenario}: median {median}, 80 % interval {low}–{high}',
};
