import { css } from 'lit';

/**
 * Screen and print styles of the report. In print (→ PDF): A4 (the @page rule lives in the document, see
 * REPORT_PAGE_CSS), no buttons, black text, table headers repeated on every page, rows and figures kept whole,
 * the assumptions and the charts each starting on a new page.
 */
export const reportStyles = css`
  :host {
    display: block;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-bottom: 1rem;
  }
  button {
    font: inherit;
    padding: 0.375rem 0.75rem;
    border: 1px solid #1d4ed8;
    border-radius: 4px;
    background: #ffffff;
    color: #1d4ed8;
    cursor: pointer;
  }
  button:hover {
    background: #eff4ff;
  }
  .error {
    color: #9b1c1c;
    font-weight: 600;
  }
  .report-header .municipality {
    margin: 0;
    font-weight: 600;
    color: #404040;
  }
  h3 {
    font-size: 1.375rem;
    margin: 0.25rem 0;
  }
  h4 {
    font-size: 1.125rem;
    margin: 1.5rem 0 0.5rem;
  }
  .meta,
  .scenario,
  .intro {
    margin: 0.25rem 0;
    color: #404040;
  }
  th,
  td {
    border: 1px solid #b0b0b0;
    padding: 0.375rem 0.5rem;
    text-align: left;
    vertical-align: top;
  }
  thead th {
    background: #f2f2f2;
    font-size: 0.875rem;
  }
  .goal {
    min-width: 12rem;
  }
  .remarks {
    min-width: 18rem;
    font-size: 0.9375rem;
  }
  .se,
  .source {
    display: block;
    font-size: 0.8125rem;
    color: #404040;
  }
  .muted {
    color: #404040;
    font-style: italic;
  }
  .assumptions td:nth-child(2),
  .assumptions td:nth-child(3) {
    white-space: nowrap;
  }
  .assumptions tbody th[scope='colgroup'] {
    background: #f7f7f7;
  }
  .assumption-kind {
    font-weight: 600;
  }
  .charts {
    display: grid;
    gap: 1rem;
  }
  figure {
    margin: 0;
  }
  figcaption {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  figure svg {
    max-width: 100%;
    height: auto;
  }
  .chart-actions {
    display: flex;
    gap: 0.5rem;
    margin-top: 0.25rem;
  }
  @media print {
    :host {
      color: #000000;
      font-size: 10pt;
    }
    .controls,
    .chart-actions,
    .error {
      display: none !important;
    }
    .table-wrap {
      overflow: visible;
    }
    thead {
      display: table-header-group;
    }
    tr,
    figure {
      break-inside: avoid;
    }
    h4 {
      break-after: avoid;
    }
    section.assumptions-section,
    section.charts-section {
      break-before: page;
    }
    thead th,
    .assumptions tbody th[scope='colgroup'] {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;

/**
 * Document-level print rules (an @page rule has no effect inside a shadow root): A4 with margins, and — when a
 * report is on the page — everything that is not the report or one of its ancestors hidden, so the app's header,
 * navigation and footer stay off the PDF. Needs :has() (Chromium 105+, Firefox 121+, Safari 15.4+).
 */
export const REPORT_PAGE_CSS = `
@page { size: A4; margin: 16mm 14mm; }
@media print {
  :is(body, body *):has(maalbar-report) > :not(maalbar-report):not(:has(maalbar-report)) { display: none !important; }
}
`;
