import { css } from 'lit';

/** Badges: dark text on a light tint with a border (≥ 7:1); the word carries the meaning, not the colour. */
export const leversStyles = css`
  :host {
    display: block;
  }
  .intro {
    margin: 0 0 0.75rem;
    font-size: 0.875rem;
    color: #404040;
  }
  .reset-all,
  .reset {
    font: inherit;
    font-size: 0.875rem;
    padding: 0.125rem 0.5rem;
    border: 2px solid #1d4ed8;
    border-radius: 4px;
    background: #ffffff;
    color: #1d4ed8;
    cursor: pointer;
  }
  .reset-all {
    margin-bottom: 0.75rem;
  }
  details.group {
    border-top: 1px solid #d0d0d0;
    padding: 0.5rem 0;
  }
  details.group > summary {
    font-weight: 600;
    cursor: pointer;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
  }
  .lever {
    margin-top: 0.75rem;
  }
  .lever label {
    display: block;
    font-weight: 500;
  }
  .control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  input[type='range'] {
    flex: 1 1 10rem;
    min-width: 8rem;
    accent-color: #1d4ed8;
  }
  input[type='number'] {
    font: inherit;
    width: 9rem;
  }
  output {
    min-width: 5.5rem;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .meta {
    margin: 0.125rem 0 0;
    font-size: 0.8125rem;
    color: #404040;
  }
  .badge {
    display: inline-block;
    margin-right: 0.25rem;
    padding: 0 0.375rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
  }
  .badge-source {
    background: #e6f4ea;
    color: #0b5d1e;
  }
  .badge-assumption {
    background: #fff4d6;
    color: #6b4400;
  }
  .badge-changed {
    background: #e8f0fe;
    color: #1e3a8a;
  }
  details.source {
    font-size: 0.8125rem;
    color: #404040;
  }
  details.source summary {
    cursor: pointer;
    color: #1d4ed8;
  }
  details.source p {
    margin: 0.25rem 0 0;
    overflow-wrap: anywhere;
  }
  a {
    color: #1d4ed8;
  }
`;
