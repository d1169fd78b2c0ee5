/** Styles of `<maalbar-quiz>`: a question card, the facts as a compact grid, the explanation tree. */
import { css } from 'lit';

export const quizStyles = css`
  :host {
    display: block;
    max-width: 52rem;
  }
  .intro,
  .muted {
    color: #404040;
  }
  .question {
    border: 1px solid #d0d0d0;
    border-radius: 4px;
    padding: 0.75rem 1rem;
    margin: 0.75rem 0;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.25rem 1rem;
    margin: 0.5rem 0;
  }
  .facts div {
    display: flex;
    gap: 0.5rem;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
  }
  .answers {
    display: flex;
    gap: 0.75rem;
  }
  button {
    font: inherit;
    padding: 0.4rem 1.2rem;
  }
  button[aria-pressed='true'] {
    outline: 2px solid #1a1a1a;
  }
  .right {
    color: #166534;
    font-weight: 600;
  }
  .wrong {
    color: #9b1c1c;
    font-weight: 600;
  }
  .tree,
  .tree ul {
    list-style: none;
    padding-left: 1.25rem;
  }
  .tree {
    padding-left: 0;
  }
  .tree li {
    margin: 0.2rem 0;
  }
  .mark {
    display: inline-block;
    width: 1.2rem;
    font-weight: 700;
  }
  .pass > .mark {
    color: #166534;
  }
  .fail > .mark {
    color: #9b1c1c;
  }
  .skip > .mark {
    color: #404040;
  }
  .notice {
    padding: 0.5rem 0.75rem;
    border-left: 4px solid #9b1c1c;
    background: #fde8e8;
  }
`;
