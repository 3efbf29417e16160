import { css } from 'lit';

/** Labelled fields (a label above its select or text field) as the library's filters, the settings and the clinician's plan show them. */
export const formStyles = css`
  label {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: 13px;
    color: var(--_muted);
  }
  select,
  input[type='number'],
  input:not([type]) {
    min-height: var(--_target);
    font: inherit;
    color: var(--_fg);
    background: var(--_button-bg);
    border: 0;
    border-radius: 10px;
    padding: 0 8px;
  }
  select:focus-visible,
  input:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
`;
