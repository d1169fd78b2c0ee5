/**
 * A rule's resolved event in words for the stepper and the rule library: "→ jobafklaring (40 %)", "tilbud
 * kræves: any", "refusion 40 %"…
 */
import type { RuleEvent } from '../../../src/rules/rule-file.ts';
import { formatPercent } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';

/** `eventSummary({type: 'refusion', params: {rate: 0.4}}, 'da')` → "refusion 40 %". */
export function eventSummary(event: RuleEvent, locale: Locale): string {
  const share = (value: unknown): string =>
    typeof value === 'number' ? formatPercent(value, locale, 1) : JSON.stringify(value);
  switch (event.type) {
    case 'indicator':
      return t('training.event.indicator', { indicator: event.params.indicator });
    case 'transition':
      return t(
        event.params.otherwise === undefined
          ? 'training.event.transition'
          : 'training.event.transitionOtherwise',
        {
          to: event.params.to,
          probability: share(event.params.probability ?? 1),
          otherwise: String(event.params.otherwise ?? ''),
        },
      );
    case 'offer':
      return t(`training.event.offer.${event.params.action}`, { offer: event.params.offer });
    case 'hazard':
      return t('training.event.hazard', {
        to: event.params.to,
        factor:
          typeof event.params.factor === 'number'
            ? String(event.params.factor)
            : JSON.stringify(event.params.factor),
        redirect: String(event.params.redirectTo ?? '—'),
      });
    case 'refusion':
      return t('training.event.refusion', { rate: share(event.params.rate) });
    case 'visitation':
      return t('training.event.visitation', {
        shares: Object.entries(event.params.shares)
          .map(([category, value]) => `${category} ${share(value)}`)
          .join(', '),
      });
  }
}
