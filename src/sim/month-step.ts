/**
 * The monthly step of one replication, steps 1–4 of the design in one pass over the persons (no allocation):
 * 1. last month's reform events: `transition`, `visitation`, `offer` (end / allow / require), `hazard` factors;
 *    offers that have run their course end, new offers start within capacity;
 * 2. ageing (age + 1 in the birth month; pension at pension age) and the competing-risk exit draw;
 * 4. every fact updated (DESIGN §2.2).
 * Step 3, inflow, appends new persons after the pass (they are not stepped in the month they arrive).
 *
 * Persons who can never again be moved by an exit draw or be seen by a rule rest (see resting.ts): the pass
 * counts them by state and closes the gap they leave, keeping the others in their order, so that the rules and
 * the next months run over active persons only. Draws happen in the same order and number as without resting,
 * so results are the same to the bit.
 */
import { FACTS, STATES, VISITATIONS } from '../rules/facts.ts';
import { copyRow } from '../cohort/copy-row.ts';
import * as activation from './activation-tables.ts';
import * as offerCodes from './evaluation-plan.ts';
import * as eventKinds from './event-rows.ts';
import * as eventStateBits from './event-states.ts';
import type { ReplicationState } from './replication-state.ts';
import { appendMonthInflow } from './append-inflow.ts';
import * as monthTables from './count-tables.ts';
import * as bounds from './exit-bounds.ts';
import * as exits from './exit-destination.ts';
import * as restingModule from './resting.ts';
import * as stateClasses from './state-classes.ts';

// Module-level copies of imported bindings: some loaders (tsx, CommonJS output) turn each use of an import into a
// property read, which costs more than the work of the loop itself.
const { ABSORBING, SUPPORT, VISITATED, isUnemployed } = stateClasses;
const { offerType, pickCode } = activation;
const { NEVER, safeHazards } = bounds;
const { exitDestination, setBaseThisMonth } = exits;
const { schedulePension } = restingModule;
const { OFFER_ANY } = offerCodes;
const {
  eventRows,
  hazardEvents,
  NO_REQUIREMENT,
  offerEvents,
  OFFER_ALLOWS_PRIVATE,
  OFFER_ENDS,
  OFFER_SHIFT,
} = eventKinds;
const { MAY_HAZARD, MAY_OFFER, MAY_TRANSITION, MAY_VISITATE } = eventStateBits;
const NV = VISITATIONS.length;
const MAX_AGE = FACTS.age.max;
const code = (state: (typeof STATES)[number]): number => STATES.indexOf(state);
const A_DAGPENGE = code('a-dagpenge');
const SYGEDAGPENGE = code('sygedagpenge');
const SELF_SUPPORT = code('selvforsoergelse');
const PENSION = code('pension');

const { POPCOUNT, SICK_WEEKS, WEEKS } = monthTables;

/** Steps the active persons of `state.cohort` through month t (≥ 1), then appends the month's inflow. */
export function stepMonth(state: ReplicationState, t: number): void {
  const { cohort, inputs, main, resting } = state;
  const n = cohort.count;
  const c = cohort.columns;
  const { age, ydelse, previousYdelse, enteredYdelseThisMonth, monthsInYdelse, monthsOnSupport } = c;
  const { weeksOnSupport, monthsUnemployedLast12, weeksUnemployedLast52, dagpengeMonthsUsed } = c;
  const { sickWeeksLast9Months, education, academic, insured, integrationProgram } = c;
  const { visitation, offer, monthsInOffer } = c;
  const { birthMonth, unemploymentMask, sickMask, monthsSelfSupport, offerMonthsLeft } = cohort.internal;
  const partTime = cohort.internal.partTimeUnemployed;
  const tt = inputs.transitions;
  const { destStart, durationSize } = tt;
  const { upper, positive } = state.bounds;
  const act = inputs.activation;
  const capacity = act.capacity;
  const startRate = act.start;
  const offerMonths = act.months;
  const { pensionAge, spellBreakMonths, dagpengeReearnMonths, visitationOnEntry, hasVisitationOnEntry } =
    inputs;
  const countedFull = inputs.countedUnemployment;
  const countedPartTime = inputs.countedPartTimeUnemployment;
  const history = state.historyStream;
  const { counts: restingCounts, absorbing: restsAbsorbing, selfSupportFrom } = resting;
  const { previousYdelse: keepPrevious, weeksOnSupport: keepWeeksOnSupport } = state.keep;
  const { monthsUnemployedLast12: keepUnemployed, weeksUnemployedLast52: keepWeeksUnemployed } = state.keep;
  const keepSickWeeks = state.keep.sickWeeksLast9Months;
  const active = state.activeCounts.fill(0);

  // Resting self-supporting persons who reach pension age this month.
  const due = resting.pensionDue[t] ?? 0;
  restingCounts[SELF_SUPPORT] = (restingCounts[SELF_SUPPORT] ?? 0) - due;
  restingCounts[PENSION] = (restingCounts[PENSION] ?? 0) + due;

  const macro = inputs.macro[t] ?? 1;
  setBaseThisMonth(state, macro);
  const calendarMonth = (state.startMonthOfYear + t) % 12;

  const plan = state.plan;
  const fired = state.fired;
  const evaluated = plan ? state.firedCount : 0;
  const rows = eventRows(plan, state.firedStride, state.eventRows);
  const { transitionCount, visitationCount, offerCount, hazardCount, offerKind, offerCode } = rows;
  const transitionRows = rows.transitions;
  const visitationRows = rows.visitations;
  const offerRows = rows.offers;
  const hazardRows = rows.hazards;
  const withEvents = transitionCount + visitationCount + offerCount + hazardCount > 0 ? evaluated : 0;
  const mayFire = state.eventStates;
  const mayFireWithoutOffer = state.eventStatesWithoutOffer;
  const transitionEvents = plan ? plan.transitions : [];
  const visitationEvents = plan ? plan.visitations : [];
  const safe = safeHazards(plan ? plan.hazards : [], tt, state.hazardSafe);
  const allHazards = hazardCount >= 31 ? 0x7fffffff : (1 << hazardCount) - 1;
  let inOffer = state.inOffer;
  // Row w receives person i: w < i once someone has come to rest.
  let w = 0;

  for (let i = 0; i < n; i++) {
    const from = ydelse[i] ?? 0;
    if (ABSORBING[from] === 1) {
      const bare = offer[i] === 0 && visitation[i] === 0 && monthsInOffer[i] === 0;
      if (restsAbsorbing[from] === 1 && bare) {
        restingCounts[from] = (restingCounts[from] ?? 0) + 1;
        continue;
      }
      if (w !== i) copyRow(cohort, i, w);
      if (enteredYdelseThisMonth[w] === 1) {
        enteredYdelseThisMonth[w] = 0;
        previousYdelse[w] = from;
      }
      active[from] = (active[from] ?? 0) + 1;
      w++;
      continue;
    }
    let to = from;
    let vis = visitation[i] ?? 0;

    // Offers that have run their course end before this month's events.
    let off = offer[i] ?? 0;
    let offerStarted = false;
    if (off !== 0 && (offerMonthsLeft[i] ?? 0) <= 0) {
      off = 0;
      inOffer--;
    }

    // 1. Last month's reform events (for persons who were there when the rules ran); the first rule of a kind
    // in rule order wins, hazards and offer flags combine. Offer and hazard events are read where they matter,
    // and only for the kinds of event that may fire in the person's state (event-states.ts).
    const withEvent = i < withEvents;
    // Kinds that may have fired, by the facts the rules saw: the offer columns are not yet rewritten.
    const kinds = !withEvent
      ? 0
      : offer[i] === 0 && monthsInOffer[i] === 0
        ? (mayFireWithoutOffer[from] ?? 0)
        : (mayFire[from] ?? 0);
    if (kinds !== 0) {
      for (let j = 0; (kinds & MAY_TRANSITION) !== 0 && j < transitionCount; j++) {
        if (fired[(transitionRows[j] ?? 0) + i] !== 1) continue;
        const tr = transitionEvents[j];
        if (tr !== undefined) {
          if (tr.probability >= 1 || main.next() < tr.probability) to = tr.to;
          else if (tr.otherwise >= 0) to = tr.otherwise;
        }
        break;
      }
      if (vis === 0 && VISITATED[from] === 1 && (kinds & MAY_VISITATE) !== 0) {
        for (let j = 0; j < visitationCount; j++) {
          if (fired[(visitationRows[j] ?? 0) + i] !== 1) continue;
          const vi = visitationEvents[j];
          if (vi !== undefined) vis = pickCode(vi.cumulative, main.next());
          break;
        }
      }
      if (
        off !== 0 &&
        (kinds & MAY_OFFER) !== 0 &&
        (offerEvents(fired, offerRows, offerKind, offerCount, i) & OFFER_ENDS) !== 0
      ) {
        off = 0;
        inOffer--;
      }
    }

    // 2a. Ageing; pension at pension age.
    let a = age[i] ?? 0;
    const born = birthMonth[i] ?? 0;
    if (born === calendarMonth) {
      a = a < MAX_AGE ? a + 1 : a;
      if (a >= pensionAge) to = PENSION;
    }

    // 1b. New offers for persons who stay where they are, within capacity.
    if (to === from && off === 0 && inOffer < capacity && SUPPORT[from] === 1) {
      let requirement = NO_REQUIREMENT;
      let allowPrivate = false;
      if ((kinds & MAY_OFFER) !== 0 && offerCount > 0) {
        const offers = offerEvents(fired, offerRows, offerKind, offerCount, i);
        allowPrivate = (offers & OFFER_ALLOWS_PRIVATE) !== 0;
        const first = offers >> OFFER_SHIFT;
        if (first > 0) requirement = offerCode[first - 1] ?? NO_REQUIREMENT;
      }
      let wanted = requirement;
      if (wanted === NO_REQUIREMENT && act.anyStart) {
        const p = startRate[from] ?? 0;
        if (p > 0 && main.next() < p) wanted = OFFER_ANY;
      }
      if (wanted !== NO_REQUIREMENT) {
        const type = offerType(act, wanted, allowPrivate, main);
        if (type > 0) {
          off = type;
          offerStarted = true;
          inOffer++;
        }
      }
    }

    // 2b. Competing-risk exits for persons no event or age has moved. Most months are settled by the bounds:
    // a draw at or above the upper bound of the summed probabilities means "stays" (exit-bounds.ts). Under
    // hazard events that may raise the sum, the full computation decides.
    const months = monthsInYdelse[i] ?? 0;
    const edu = education[i] ?? 0;
    if (to === from && (destStart[from + 1] ?? 0) > (destStart[from] ?? 0)) {
      const row = months < durationSize ? months : durationSize - 1;
      const b = ((from * durationSize + row) << 1) | (off !== 0 ? 1 : 0);
      const safeBits = safe[from] ?? 0;
      // Hazards the bounds hold under (safeBits) are read only when the full computation runs.
      const withHazards = (kinds & MAY_HAZARD) !== 0;
      const hazardBits =
        withHazards && (safeBits & allHazards) !== allHazards
          ? hazardEvents(fired, hazardRows, hazardCount, i)
          : 0;
      if ((hazardBits & ~safeBits) === 0 && positive[b] === 1) {
        const u = main.next();
        if (u < (upper[b] ?? 1)) {
          const bits = withHazards ? hazardEvents(fired, hazardRows, hazardCount, i) : 0;
          to = exitDestination(state, from, row, a, edu, vis, off, bits, u);
        }
      } else {
        const bits = withHazards ? hazardEvents(fired, hazardRows, hazardCount, i) : 0;
        to = exitDestination(state, from, row, a, edu, vis, off, bits, -1);
      }
    }

    // 4. Facts, written to row w.
    const changed = to !== from;
    ydelse[w] = to;
    if (keepPrevious) previousYdelse[w] = from;
    enteredYdelseThisMonth[w] = changed ? 1 : 0;
    const miy = changed ? 1 : months < 1200 ? months + 1 : 1200;
    monthsInYdelse[w] = miy;
    age[w] = a;

    let mos = monthsOnSupport[i] ?? 0;
    let dp = dagpengeMonthsUsed[i] ?? 0;
    if (SUPPORT[to] === 1) {
      monthsSelfSupport[w] = 0;
      mos = mos < 1200 ? mos + 1 : mos;
      if (to === A_DAGPENGE && dp < 48) dp++;
    } else {
      const selfMonths = to === SELF_SUPPORT ? (monthsSelfSupport[i] ?? 0) + 1 : 0;
      monthsSelfSupport[w] = selfMonths;
      if (selfMonths >= spellBreakMonths) mos = 0;
      if (selfMonths >= dagpengeReearnMonths) dp = 0;
    }
    monthsOnSupport[w] = mos;
    if (keepWeeksOnSupport) weeksOnSupport[w] = WEEKS[mos] ?? 0;
    dagpengeMonthsUsed[w] = dp;

    if (VISITATED[to] !== 1) vis = 0;
    else if (changed && VISITATED[from] !== 1) {
      vis = hasVisitationOnEntry[to] === 1 ? pickCode(visitationOnEntry, main.next(), to * NV, NV) : 0;
    }
    visitation[w] = vis;

    // An unemployed month counts in the history with probability `counted` (ModelSettings): a part-time
    // unemployed person's with the part-time one.
    const pt = partTime[i] ?? 0;
    const counted = pt === 1 ? countedPartTime : countedFull;
    const unemployed = isUnemployed(to, vis) && (counted >= 1 || history.next() < counted) ? 1 : 0;
    const mask = (((unemploymentMask[i] ?? 0) << 1) | unemployed) & 0xfff;
    unemploymentMask[w] = mask;
    if (keepUnemployed || keepWeeksUnemployed) {
      const um = POPCOUNT[mask] ?? 0;
      monthsUnemployedLast12[w] = um;
      if (keepWeeksUnemployed) weeksUnemployedLast52[w] = WEEKS[um] ?? 0;
    }
    const sick = (((sickMask[i] ?? 0) << 1) | (to === SYGEDAGPENGE ? 1 : 0)) & 0x1ff;
    sickMask[w] = sick;
    if (keepSickWeeks) sickWeeksLast9Months[w] = SICK_WEEKS[POPCOUNT[sick] ?? 0] ?? 0;

    if (off !== 0 && (changed || SUPPORT[to] !== 1)) {
      off = 0;
      inOffer--;
    }
    const left = offerMonthsLeft[i] ?? 1;
    if (off === 0) {
      monthsInOffer[w] = 0;
      offerMonthsLeft[w] = 0;
    } else if (offerStarted) {
      monthsInOffer[w] = 1;
      offerMonthsLeft[w] = (offerMonths[off] ?? 1) - 1;
    } else {
      monthsInOffer[w] = (monthsInOffer[i] ?? 0) + 1;
      offerMonthsLeft[w] = left - 1;
    }
    offer[w] = off;

    // Persons who can never be moved or seen by a rule again are counted, not kept.
    if (off === 0 && vis === 0) {
      if (restsAbsorbing[to] === 1) {
        restingCounts[to] = (restingCounts[to] ?? 0) + 1;
        continue;
      }
      if (to === SELF_SUPPORT && miy >= (selfSupportFrom[edu] ?? NEVER)) {
        restingCounts[to] = (restingCounts[to] ?? 0) + 1;
        schedulePension(resting, t, calendarMonth, born, a, pensionAge);
        continue;
      }
    }
    active[to] = (active[to] ?? 0) + 1;
    if (w !== i) {
      education[w] = edu;
      academic[w] = academic[i] ?? 0;
      insured[w] = insured[i] ?? 0;
      integrationProgram[w] = integrationProgram[i] ?? 0;
      birthMonth[w] = born;
      partTime[w] = pt;
    }
    w++;
  }
  cohort.count = w;
  state.inOffer = inOffer;
  state.stepped += n;

  // 3. Inflow from outside the cohort.
  appendMonthInflow(state, t, macro);
}
