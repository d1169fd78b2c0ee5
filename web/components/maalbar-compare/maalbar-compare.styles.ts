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
