import { css } from 'lit';

/** Verdict colours: dark text on a light tint, ≥ 7:1, with a border; the text and icon carry the meaning too. */
export const targetBoardStyles = css`
  :host {
    display: block;
  }
  .ambition {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin-bottom: 0.75rem;
  }
  .ambition label {
    font-weight: 600;
  }
  .ambition input {
    width: 14rem;
    accent-color: #1d4ed8;
  }
  .ambition output {
    min-width: 3.5rem;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .ambition .help {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.875rem;
    color: #404040;
  }
  th,
  td {
    border-bottom: 1px solid #d0d0d0;
    padding: 0.5rem 0.3rem;
    text-align: left;
    vertical-align: top;
  }
  th[scope='row'] {
    font-weight: 500;
    min-width: 10rem;
    max-width: 15rem;
  }
  .number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  td.number {
    white-space: nowrap;
  }
  .month {
    display: block;
    font-size: 0.8125rem;
    color: #404040;
  }
  :host([stale]) .p-reach {
    font-style: italic;
  }
  .se {
    display: block;
    font-size: 0.8125rem;
    color: #404040;
    font-variant-numeric: tabular-nums;
  }
  .p-reach {
    display: block;
    font-size: 1.125rem;
    font-weight: 600;
  }
  .verdict {
    display: inline-block;
    margin-top: 0.25rem;
    padding: 0.125rem 0.5rem;
    max-width: 9rem;
    border: 1px solid currentColor;
    border-radius: 0.75rem;
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .verdict-safe {
    background: #e6f4ea;
    color: #0b5d1e;
  }
  .verdict-realistic {
    background: #e8f0fe;
    color: #1e3a8a;
  }
  .verdict-veryAmbitious {
    background: #fff4d6;
    color: #6b4400;
  }
  .verdict-unrealistic {
    background: #fde8e8;
    color: #9b1c1c;
  }
  .muted {
    color: #404040;
    font-style: italic;
  }
  .notes {
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
    font-weight: 400;
    color: #404040;
  }
  .notes li + li {
    margin-top: 0.25rem;
  }
  .marker {
    font-weight: 700;
  }
  .note-inconsistency,
  .note-baseline {
    border-left: 4px solid #9b1c1c;
    padding-left: 0.375rem;
  }
  .note-inconsistency .marker,
  .note-baseline .marker {
    color: #9b1c1c;
  }
  svg.sparkline {
    display: block;
  }
`;
