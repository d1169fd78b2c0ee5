import { css } from 'lit';

/**
 * The shell renders into the light DOM (so its landmarks and headings are the page's own), so these styles are
 * adopted by the document once, scoped under the element's tag.
 */
export const appStyles = css`
  body {
    margin: 0;
    background: #ffffff;
    color: #1a1a1a;
    font-family: system-ui, sans-serif;
    line-height: 1.45;
  }
  maalbar-app {
    display: block;
  }
  maalbar-app :focus-visible {
    outline: 3px solid #1d4ed8;
    outline-offset: 2px;
  }
  maalbar-app .app-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1.5rem;
    padding: 0.75rem 1.5rem;
    border-bottom: 1px solid #d0d0d0;
  }
  maalbar-app .app-header h1 {
    margin: 0;
    font-size: 1.5rem;
  }
  maalbar-app .tagline {
    margin: 0;
    color: #404040;
  }
  maalbar-app nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0.5rem 1.5rem;
    list-style: none;
    border-bottom: 1px solid #d0d0d0;
  }
  maalbar-app nav a {
    display: inline-block;
    padding: 0.375rem 0.75rem;
    border-radius: 4px;
    color: #1d4ed8;
    text-decoration: none;
    font-weight: 500;
  }
  maalbar-app nav a:hover {
    text-decoration: underline;
  }
  maalbar-app nav a[aria-current='page'] {
    background: #1d4ed8;
    color: #ffffff;
  }
  maalbar-app main {
    max-width: 110rem;
    padding: 1rem 1rem 2rem;
  }
  maalbar-app .loading {
    padding: 1.5rem;
  }
  maalbar-app .notice {
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid #8a5a00;
    background: #fff4d6;
  }
  maalbar-app .notice-error {
    border-left-color: #9b1c1c;
    background: #fde8e8;
  }
  maalbar-app .notice p {
    margin: 0 0 0.5rem;
  }
  maalbar-app .workspace {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 18rem;
    gap: 1.25rem;
    align-items: start;
  }
  /* The report's wide tables get the whole width; the levers go below it. */
  maalbar-app .workspace.wide {
    grid-template-columns: minmax(0, 1fr);
  }
  @media (max-width: 64rem) {
    maalbar-app .workspace {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  maalbar-app .side h2 {
    margin-top: 0;
    font-size: 1.25rem;
  }
  maalbar-app .basis {
    margin: 0 0 0.5rem;
    color: #404040;
    font-size: 0.875rem;
  }
  maalbar-app maalbar-progress {
    margin-bottom: 1rem;
  }
  maalbar-app .scenarios {
    margin-top: 1.5rem;
    border-top: 1px solid #d4d4d8;
    padding-top: 0.75rem;
  }
  maalbar-app .scenarios > summary {
    cursor: pointer;
    font-size: 1.25rem;
    font-weight: 600;
  }
  maalbar-app footer {
    padding: 1rem 1.5rem;
    border-top: 1px solid #d0d0d0;
    color: #404040;
    font-size: 0.875rem;
  }
`;

let stylesAdopted = false;

/** Adds the shell's styles to the document once (light DOM elements cannot use `static styles`). */
export function adoptAppStyles(document: Document): void {
  if (stylesAdopted) return;
  stylesAdopted = true;
  const sheet = appStyles.styleSheet;
  if (sheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  else
    document.head.append(Object.assign(document.createElement('style'), { textContent: appStyles.cssText }));
}
