import { css } from 'lit';

export const trainingStyles = css`
  :host {
    display: block;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 2px solid #1d4ed8;
  }
  [role='tab'] {
    border: 1px solid #9ca3af;
    border-bottom: none;
    background: #f3f4f6;
    padding: 0.4rem 0.8rem;
    font: inherit;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    background: #1d4ed8;
    color: #fff;
    font-weight: 600;
  }
  .panel {
    padding: 0.75rem 0;
  }
  ul.personas {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
    gap: 0.5rem;
  }
  button.persona {
    width: 100%;
    height: 100%;
    text-align: left;
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    padding: 0.5rem 0.6rem;
    border: 1px solid #9ca3af;
    border-radius: 4px;
    background: #fff;
    font: inherit;
    cursor: pointer;
  }
  button.persona[aria-pressed='true'],
  button.persona[aria-expanded='true'] {
    border: 2px solid #1d4ed8;
    background: #eff6ff;
  }
  .options,
  form.drill {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: center;
    margin: 0.75rem 0;
  }
  .exercises {
    color: #374151;
    font-size: 0.85em;
  }
  .error {
    color: #b91c1c;
    font-weight: 600;
  }
`;
