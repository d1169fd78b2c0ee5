import { css } from 'lit';

export const personFormStyles = css`
  :host {
    display: block;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
    gap: 0.75rem 1rem;
    margin-bottom: 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
  }
  .field.boolean {
    flex-direction: column;
  }
  .hint {
    color: #4b5563;
    font-size: 0.85em;
  }
  .error {
    color: #b91c1c;
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border: 2px solid #b91c1c;
  }
  .summary {
    border: 2px solid #b91c1c;
    padding: 0.5rem 0.75rem;
    margin-bottom: 1rem;
  }
  .summary a {
    color: #b91c1c;
  }
`;
