/**
 * The core's verdict (sikkert / ambitiøst og realistisk / meget ambitiøst / urealistisk) as a badge: an icon, the
 * word and a colour class, so colour is never the only signal. Shared by the report and the compare view.
 */
import { css, html, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locales.ts';
import type { Verdict, VerdictId } from '../../../src/targets/verdict.ts';

const ICONS: Readonly<Record<VerdictId, string>> = {
  safe: '✓',
  realistic: '✓',
  veryAmbitious: '!',
  unrealistic: '✕',
};

/** `<span class="verdict verdict-safe"><span aria-hidden="true">✓</span> sikkert</span>` */
export function verdictBadge(verdict: Verdict, locale: Locale): TemplateResult {
  return html`<span class="verdict verdict-${verdict.id}"
    ><span aria-hidden="true">${ICONS[verdict.id]}</span> ${verdict.label[locale]}</span
  >`;
}

/** The badge's look: dark text on a light tint (≥ 7:1) with a border; kept in colour when printed. */
export const verdictStyles = css`
  .verdict {
    display: inline-block;
    margin-top: 0.25rem;
    padding: 0 0.375rem;
    border: 1px solid currentColor;
    border-radius: 3px;
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .verdict-safe {
    color: #14532d;
    background: #dcfce7;
  }
  .verdict-realistic {
    color: #1e3a8a;
    background: #dbeafe;
  }
  .verdict-veryAmbitious {
    color: #7c2d12;
    background: #ffedd5;
  }
  .verdict-unrealistic {
    color: #7f1d1d;
    background: #fee2e2;
  }
  @media print {
    .verdict {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
