import { css } from 'lit';

export const countedPersonsStyles = css`
  :host {
    display: block;
  }
  table {
    margin-bottom: 1rem;
  }
  th,
  td {
    text-align: left;
    padding: 0.2rem 0.4rem;
    border-bottom: 1px solid #e5e7eb;
  }
  .summary {
    font-weight: 600;
  }
`;
