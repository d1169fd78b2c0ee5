import { css } from 'lit';

export const stepperStyles = css`
  :host {
    display: block;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .controls label {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
  }
  .where {
    font-weight: 600;
  }
  .mode {
    color: #374151;
  }
  .month {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr));
    gap: 1rem;
  }
  dl.facts {
    display: grid;
    grid-template-columns: 1fr;
    margin: 0;
  }
  dl.facts div {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    border-bottom: 1px solid #e5e7eb;
    padding: 0.15rem 0;
  }
  dt {
    color: #374151;
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  ul.fired li,
  details.quiet li {
    margin: 0.35rem 0;
  }
  .event {
    display: block;
    color: #374151;
  }
  button.explain {
    margin-top: 0.2rem;
  }
  button.link {
    background: none;
    border: none;
    padding: 0;
    color: #1d4ed8;
    text-decoration: underline;
    cursor: pointer;
    font: inherit;
  }
  tr.current {
    background: #eff6ff;
    outline: 2px solid #1d4ed8;
  }
  th,
  td {
    text-align: left;
    padding: 0.2rem 0.4rem;
    border-bottom: 1px solid #e5e7eb;
    vertical-align: top;
  }
  .cause {
    color: #374151;
    font-size: 0.9em;
  }
`;
