/**
 * The monthly step of one replication, steps 1–4 of the design in one pass over the persons (no allocation):
 * 1. last month's reform events: `transition`, `visitation`, `offer` (end / allow / require), `hazard` factors;
 *    offers that have run their course end, new offers start within capacity;
 * 2. ageing (age + 1 in the birth month; pension at pension age) and the competing-risk exit draw;
 * 4. every fact updated (DESIGN §2.2).
 * Step 3, inflow, appends new persons after the pass (they are not stepped in the month they arrive).
 * Persons in absorbing states are skipped (after their month of entry is over).
 */
import { FACTS, STATES, VISITATIONS } from '../rules/facts.ts';
import { poisson } from '../random/poisson.ts';
import * as activation from './activation-tables.ts';
import * as offerCodes from './evaluation-plan.ts';
import * as personEvents from './person-events.ts';
import type { ReplicationState } from './replication-state.ts';
import { appendInflow } from './append-inflow.ts';
import * as stateClasses from './state-classes.ts';

/**
 * The exit probabilities of a person-month are scaled down to sum to this when factors push them above it
 * (counted in cappedPersonMonths). 1, so that a scenario's "everyone leaves" (probability 1) means exactly that.
 */
export const MAX_EXIT_PROBABILITY = 1;

// Module-level copies of imported bindings: some loaders (tsx, CommonJS output) turn each use of an import into a
// property read, which costs more than the work of the loop itself.
const { ABSORBING, SUPPORT, VISITATED, isUnemployed } = stateClasses;
const { pickCode } = activation;
const { OFFER_ANY, OFFER_EMPLOYER_BASED } = offerCodes;
const { gatherPersonEvents, NO_REQUIREMENT, OFFER_ALLOW_PRIVATE, OFFER_END } = personEvents;
const NS = STATES.length;
const NV = VISITATIONS.length;
const MAX_AGE = FACTS.age.max;
const code = (state: (typeof STATES)[number]): number => STATES.indexOf(state);
const A_DAGPENGE = code('a-dagpenge');
const SYGEDAGPENGE = code('sygedagpenge');
const SELF_SUPPORT = code('selvforsoergelse');
const PENSION = code('pension');

/** popcount of 12-bit masks, and weeks = floor(months × 52 / 12) for 0…1200 months (a division costs more). */
const POPCOUNT = Uint8Array.from({ length: 4096 }, (_, m) => {
  let c = 0;
  for (let b = m; b !== 0; b &= b - 1) c++;
  return c;
});
const WEEKS = Int32Array.from({ length: 1201 }, (_, m) => Math.floor((m * 52) / 12));

/** Steps the persons of `state.cohort` through month t (≥ 1), then appends the month's inflow. */
export function stepMonth(state: ReplicationState, t: number): void {
  const { cohort, inputs, main } = state;
  const n = cohort.count;
  const c = cohort.columns;
  const { age, ydelse, previousYdelse, enteredYdelseThisMonth, monthsInYdelse, monthsOnSupport } = c;
  const { weeksOnSupport, monthsUnemployedLast12, weeksUnemployedLast52, dagpengeMonthsUsed } = c;
  const { sickWeeksLast9Months, education, visitation, offer, monthsInOffer } = c;
  const { birthMonth, unemploymentMask, sickMask, monthsSelfSupport, offerMonthsLeft } = cohort.internal;
  const tt = inputs.transitions;
  const { destStart, pairDest, pairIndex, duration, eduVis, plain, pairs: K, durationSize, ageSize } = tt;
  const ageTable = tt.age;
  const offerTable = tt.offer;
  const act = inputs.activation;
  const capacity = act.capacity;
  const startRate = act.start;
  const offerMonths = act.months;
  const { pensionAge, spellBreakMonths, dagpengeReearnMonths, visitationOnEntry, hasVisitationOnEntry } =
    inputs;
  const probs = state.probabilities;

  // This month's base probabilities: the macro factor on the pairs it applies to.
  const baseT = state.baseThisMonth;
  const macro = inputs.macro[t] ?? 1;
  for (let k = 0; k < baseT.length; k++) {
    const e = tt.elasticity[k] ?? 0;
    baseT[k] = (tt.base[k] ?? 0) * (e === 0 ? 1 : Math.pow(macro, e));
  }
  const calendarMonth = (state.startMonthOfYear + t) % 12;

  const plan = state.plan;
  const hasEvents =
    plan !== null &&
    plan.transitions.length + plan.visitations.length + plan.offers.length + plan.hazards.length > 0;
  if (plan && hasEvents) state.events = gatherPersonEvents(plan, state.fired, state.firedCount, state.events);
  const evaluated = hasEvents ? state.firedCount : 0;
  const transitionEvents = plan ? plan.transitions : [];
  const visitationEvents = plan ? plan.visitations : [];
  const hazardEvents = plan ? plan.hazards : [];
  const { transition: transitionOf, visitation: visitationOf, requirement: requirementOf } = state.events;
  const { offerFlags, hazards: hazardsOf } = state.events;
  let inOffer = state.inOffer;
  let capped = 0;

  for (let i = 0; i < n; i++) {
    const from = ydelse[i] ?? 0;
    if (ABSORBING[from] === 1) {
      if (enteredYdelseThisMonth[i] === 1) {
        enteredYdelseThisMonth[i] = 0;
        previousYdelse[i] = from;
      }
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

    // 1. Last month's reform events (for persons who were there when the rules ran).
    let requirement = NO_REQUIREMENT;
    let allowPrivate = false;
    let hazardBits = 0;
    if (i < evaluated) {
      // Indices are checked before use: reading an array at −1 is a slow property lookup.
      const trIndex = transitionOf[i] ?? -1;
      const tr = trIndex >= 0 ? transitionEvents[trIndex] : undefined;
      if (tr !== undefined) {
        if (tr.probability >= 1 || main.next() < tr.probability) to = tr.to;
        else if (tr.otherwise >= 0) to = tr.otherwise;
      }
      const viIndex = visitationOf[i] ?? -1;
      if (viIndex >= 0 && vis === 0 && VISITATED[from] === 1) {
        const vi = visitationEvents[viIndex];
        if (vi !== undefined) vis = pickCode(vi.cumulative, main.next());
      }
      const flags = offerFlags[i] ?? 0;
      if ((flags & OFFER_END) !== 0 && off !== 0) {
        off = 0;
        inOffer--;
      }
      allowPrivate = (flags & OFFER_ALLOW_PRIVATE) !== 0;
      requirement = requirementOf[i] ?? NO_REQUIREMENT;
      hazardBits = hazardsOf[i] ?? 0;
    }

    // 2a. Ageing; pension at pension age.
    let a = age[i] ?? 0;
    if ((birthMonth[i] ?? 0) === calendarMonth) {
      a = a < MAX_AGE ? a + 1 : a;
      age[i] = a;
      if (a >= pensionAge) to = PENSION;
    }

    // 1b. New offers for persons who stay where they are, within capacity.
    if (to === from && off === 0 && inOffer < capacity && SUPPORT[from] === 1) {
      let wanted = requirement;
      if (wanted === NO_REQUIREMENT && act.anyStart) {
        const p = startRate[from] ?? 0;
        if (p > 0 && main.next() < p) wanted = OFFER_ANY;
      }
      if (wanted !== NO_REQUIREMENT) {
        let type = wanted;
        if (type === OFFER_ANY) {
          type =
            main.next() < act.employerBasedShare
              ? OFFER_EMPLOYER_BASED
              : pickCode(act.otherCumulative, main.next());
        }
        if (type === OFFER_EMPLOYER_BASED) {
          type = pickCode(
            allowPrivate ? act.employerCumulative : act.employerCumulativeNoPrivate,
            main.next(),
          );
        }
        if (type > 0) {
          off = type;
          offerStarted = true;
          inOffer++;
        }
      }
    }

    // 2b. Competing-risk exits for persons no event or age has moved.
    if (to === from) {
      const k0 = destStart[from] ?? 0;
      const k1 = destStart[from + 1] ?? 0;
      if (k1 > k0) {
        const m = monthsInYdelse[i] ?? 0;
        // Row offsets into the value-major factor tables: row × pairs.
        const dRow = (m < durationSize ? m : durationSize - 1) * K;
        const aRow = (a < ageSize ? a : ageSize - 1) * K;
        const evRow = ((education[i] ?? 0) * NV + vis) * K;
        const oRow = off * K;
        let sum = 0;
        if (plain[from] === 1) {
          for (let k = k0; k < k1; k++) {
            const p = baseT[k] ?? 0;
            probs[k - k0] = p;
            sum += p;
          }
        } else {
          for (let k = k0; k < k1; k++) {
            const p =
              (baseT[k] ?? 0) *
              (duration[dRow + k] ?? 1) *
              (ageTable[aRow + k] ?? 1) *
              (eduVis[evRow + k] ?? 1) *
              (offerTable[oRow + k] ?? 1);
            probs[k - k0] = p;
            sum += p;
          }
        }
        for (let j = 0; hazardBits !== 0; j++, hazardBits >>>= 1) {
          const event = hazardEvents[j];
          if ((hazardBits & 1) === 0 || event === undefined) continue;
          const kd = pairIndex[from * NS + event.to] ?? -1;
          if (kd < 0) continue;
          const before = probs[kd - k0] ?? 0;
          const after = before * event.factor;
          probs[kd - k0] = after;
          sum += after - before;
          const kr = event.redirectTo >= 0 ? (pairIndex[from * NS + event.redirectTo] ?? -1) : -1;
          if (kr >= 0 && before > after) {
            probs[kr - k0] = (probs[kr - k0] ?? 0) + (before - after);
            sum += before - after;
          }
        }
        if (sum > 0) {
          let scale = 1;
          if (sum > MAX_EXIT_PROBABILITY) {
            scale = MAX_EXIT_PROBABILITY / sum;
            capped++;
          }
          const u = main.next();
          let cumulative = 0;
          for (let k = k0; k < k1; k++) {
            cumulative += (probs[k - k0] ?? 0) * scale;
            if (u < cumulative) {
              to = pairDest[k] ?? from;
              break;
            }
          }
        }
      }
    }

    // 4. Facts.
    const changed = to !== from;
    ydelse[i] = to;
    previousYdelse[i] = from;
    enteredYdelseThisMonth[i] = changed ? 1 : 0;
    const miy = changed ? 1 : Math.min((monthsInYdelse[i] ?? 0) + 1, 1200);
    monthsInYdelse[i] = miy;

    let mos = monthsOnSupport[i] ?? 0;
    let dp = dagpengeMonthsUsed[i] ?? 0;
    if (SUPPORT[to] === 1) {
      monthsSelfSupport[i] = 0;
      mos = mos < 1200 ? mos + 1 : mos;
      if (to === A_DAGPENGE && dp < 48) dp++;
    } else {
      const selfMonths = to === SELF_SUPPORT ? (monthsSelfSupport[i] ?? 0) + 1 : 0;
      monthsSelfSupport[i] = selfMonths;
      if (selfMonths >= spellBreakMonths) mos = 0;
      if (selfMonths >= dagpengeReearnMonths) dp = 0;
    }
    monthsOnSupport[i] = mos;
    weeksOnSupport[i] = WEEKS[mos] ?? 0;
    dagpengeMonthsUsed[i] = dp;

    if (VISITATED[to] !== 1) vis = 0;
    else if (changed && VISITATED[from] !== 1) {
      vis = hasVisitationOnEntry[to] === 1 ? pickCode(visitationOnEntry, main.next(), to * NV, NV) : 0;
    }
    visitation[i] = vis;

    const unemployed = isUnemployed(to, vis) ? 1 : 0;
    const mask = (((unemploymentMask[i] ?? 0) << 1) | unemployed) & 0xfff;
    unemploymentMask[i] = mask;
    const um = POPCOUNT[mask] ?? 0;
    monthsUnemployedLast12[i] = um;
    weeksUnemployedLast52[i] = WEEKS[um] ?? 0;
    const sick = (((sickMask[i] ?? 0) << 1) | (to === SYGEDAGPENGE ? 1 : 0)) & 0x1ff;
    sickMask[i] = sick;
    sickWeeksLast9Months[i] = WEEKS[POPCOUNT[sick] ?? 0] ?? 0;

    if (off !== 0 && (changed || SUPPORT[to] !== 1)) {
      off = 0;
      inOffer--;
    }
    if (off === 0) {
      monthsInOffer[i] = 0;
      offerMonthsLeft[i] = 0;
    } else if (offerStarted) {
      monthsInOffer[i] = 1;
      offerMonthsLeft[i] = (offerMonths[off] ?? 1) - 1;
    } else {
      monthsInOffer[i] = (monthsInOffer[i] ?? 0) + 1;
      offerMonthsLeft[i] = (offerMonthsLeft[i] ?? 1) - 1;
    }
    offer[i] = off;
  }
  state.inOffer = inOffer;
  state.capped += capped;

  // 3. Inflow from outside the cohort.
  for (const stream of inputs.inflow) {
    if (t < stream.first || t > stream.last) continue;
    const mean = stream.perMonth * (stream.elasticity === 0 ? 1 : Math.pow(macro, stream.elasticity));
    const arrivals = poisson(state.inflowStream, mean);
    if (arrivals > 0) appendInflow(state, stream, arrivals);
  }
}
