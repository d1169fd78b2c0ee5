/**
 * Step 3 of the month: new persons from outside the cohort, appended with the facts of their first month on the
 * state (entered this month, one month in the ydelse and in the support spell). Their attributes are drawn from
 * the stream's mix with the inflow stream.
 */
import { allocateRows } from '../cohort/cohort.ts';
import { STATES } from '../rules/facts.ts';
import { poisson } from '../random/poisson.ts';
import { uniformInt } from '../random/uniform.ts';
import { pickCode } from './activation-tables.ts';
import type { InflowTable } from './inflow-tables.ts';
import type { ReplicationState } from './replication-state.ts';
import * as stateClasses from './state-classes.ts';

const { isUnemployed, VISITATED } = stateClasses; // a module-level copy: see month-step.ts

const A_DAGPENGE = STATES.indexOf('a-dagpenge');
const SYGEDAGPENGE = STATES.indexOf('sygedagpenge');
const SELF_SUPPORT = STATES.indexOf('selvforsoergelse');
const INTEGRATIONSYDELSE = STATES.indexOf('integrationsydelse');
/** Weeks in one month, floor(52 / 12). */
const ONE_MONTH_WEEKS = 4;

/** Step 3 of month t: Poisson arrivals of every inflow stream in force, scaled by the macro factor U_t / U_0. */
export function appendMonthInflow(state: ReplicationState, t: number, macro: number): void {
  for (const stream of state.inputs.inflow) {
    if (t < stream.first || t > stream.last) continue;
    const mean = stream.perMonth * (stream.elasticity === 0 ? 1 : Math.pow(macro, stream.elasticity));
    const arrivals = poisson(state.inflowStream, mean);
    if (arrivals > 0) appendInflow(state, stream, arrivals);
  }
}

/** Appends `arrivals` persons entering `stream.state` this month. */
export function appendInflow(state: ReplicationState, stream: InflowTable, arrivals: number): void {
  const rng = state.inflowStream;
  const first = allocateRows(state.cohort, arrivals);
  // allocateRows may have grown the columns: read them after it.
  const c = state.cohort.columns;
  const internal = state.cohort.internal;
  const s = stream.state;
  state.activeCounts[s] = (state.activeCounts[s] ?? 0) + arrivals;
  for (let i = first; i < first + arrivals; i++) {
    const band = pickCode(stream.ageCumulative, rng.next());
    c.age[i] = uniformInt(rng, stream.ageMin[band] ?? 0, stream.ageMax[band] ?? 0);
    internal.birthMonth[i] = uniformInt(rng, 0, 11);
    c.education[i] = pickCode(stream.educationCumulative, rng.next());
    c.academic[i] = rng.next() < stream.academic ? 1 : 0;
    c.insured[i] = s === A_DAGPENGE || rng.next() < stream.insured ? 1 : 0;
    const vis =
      VISITATED[s] === 1 && stream.visitationCumulative
        ? pickCode(stream.visitationCumulative, rng.next())
        : 0;
    c.visitation[i] = vis;
    // Part-time unemployment is a trait drawn on arrival, only where the scenario has it (other streams unchanged).
    const { partTimeShare } = state.inputs;
    const partTime = partTimeShare > 0 && rng.next() < partTimeShare ? 1 : 0;
    internal.partTimeUnemployed[i] = partTime;
    const counted =
      partTime === 1 ? state.inputs.countedPartTimeUnemployment : state.inputs.countedUnemployment;
    const unemployed = isUnemployed(s, vis) && (counted >= 1 || state.historyStream.next() < counted) ? 1 : 0;
    c.integrationProgram[i] = s === INTEGRATIONSYDELSE || rng.next() < stream.integrationProgram ? 1 : 0;
    c.ydelse[i] = s;
    c.previousYdelse[i] = SELF_SUPPORT;
    c.enteredYdelseThisMonth[i] = 1;
    c.monthsInYdelse[i] = 1;
    c.monthsOnSupport[i] = 1;
    c.weeksOnSupport[i] = ONE_MONTH_WEEKS;
    c.monthsUnemployedLast12[i] = unemployed;
    c.weeksUnemployedLast52[i] = unemployed * ONE_MONTH_WEEKS;
    c.dagpengeMonthsUsed[i] = s === A_DAGPENGE ? 1 : 0;
    c.sickWeeksLast9Months[i] = s === SYGEDAGPENGE ? ONE_MONTH_WEEKS : 0;
    c.offer[i] = 0;
    c.monthsInOffer[i] = 0;
    internal.unemploymentMask[i] = unemployed;
    internal.sickMask[i] = s === SYGEDAGPENGE ? 1 : 0;
    internal.monthsSelfSupport[i] = 0;
    internal.offerMonthsLeft[i] = 0;
  }
}
