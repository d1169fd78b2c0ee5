import { css } from 'lit';

export const compareStyles = css`
  :host {
    display: block;
  }
  .pickers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin-bottom: 1rem;
  }
  .pickers label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-weight: 600;
  }
  select {
    font: inherit;
    padding: 0.25rem;
    min-width: 14rem;
  }
  .intro,
  .muted {
    color: #404040;
  }
  .muted {
    font-style: italic;
  }
  th,
  td {
    border-bottom: 1px solid #d0d0d0;
    padding: 0.5rem;
    text-align: left;
    vertical-align: top;
  }
  thead th {
    border-bottom: 2px solid #1a1a1a;
    font-size: 0.875rem;
  }
  th[scope='row'] {
    font-weight: 500;
  }
  .number {
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  h3 {
    font-size: 1.125rem;
    margin: 1.5rem 0 0.5rem;
  }
  .charts {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 40rem), 1fr));
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
`;
