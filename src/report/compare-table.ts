/**
 * Two scenarios' committee tables side by side, target by target (matched on the plan's number), with the
 * differences B − A in P(reach) and in the proposed level. Targets only one scenario has keep their row with an
 * empty side.
 */
import type { LocalText } from '../rules/facts.ts';
import type { BaseScenario } from '../scenario/scenario.ts';
import type { MonteCarloResult } from '../sim/monte-carlo-result.ts';
import { committeeTable, type CommitteeRow } from './committee-table.ts';
import type { ReportUnit } from './report-format.ts';

/** One scenario of a comparison. */
export interface CompareInput {
  result: MonteCarloResult;
  scenario: BaseScenario;
}

export interface CompareRow {
  nr: string;
  /** From scenario A when it has the target, else from B. */
  title: LocalText;
  unit: ReportUnit;
  a?: CommitteeRow;
  b?: CommitteeRow;
  /** P(reach) of B minus that of A (0.12 = 12 percentage points); undefined unless both have one. */
  pReachDifference?: number;
  /** Proposed level of B minus that of A, in the unit; undefined unless both have one. */
  proposedLevelDifference?: number;
}

/**
 * @example compareTable(base, lowGrowth, { ambition: 0.8 })[0].pReachDifference → −0.18
 */
export function compareTable(a: CompareInput, b: CompareInput, options: { ambition: number }): CompareRow[] {
  const rowsA = committeeTable(a.result, a.scenario, options);
  const rowsB = committeeTable(b.result, b.scenario, options);
  const byNrB = new Map(rowsB.map((row) => [row.nr, row]));
  const rows: CompareRow[] = rowsA.map((rowA) => pair(rowA, byNrB.get(rowA.nr)));
  const inA = new Set(rowsA.map((row) => row.nr));
  for (const rowB of rowsB) if (!inA.has(rowB.nr)) rows.push(pair(undefined, rowB));
  return rows;
}

function pair(a: CommitteeRow | undefined, b: CommitteeRow | undefined): CompareRow {
  const first = a ?? b;
  if (!first) throw new Error('compareTable: a row needs at least one side.');
  const row: CompareRow = { nr: first.nr, title: first.title, unit: first.unit };
  if (a) row.a = a;
  if (b) row.b = b;
  if (a?.pReach !== undefined && b?.pReach !== undefined) row.pReachDifference = b.pReach - a.pReach;
  if (a?.proposedLevel !== undefined && b?.proposedLevel !== undefined) {
    row.proposedLevelDifference = b.proposedLevel - a.proposedLevel;
  }
  return row;
}
