import { css } from 'lit';
import { baseStyles } from '../shared/base-styles.js';
import { formStyles } from '../shared/form-styles.js';

export const settingsStyles = [
  baseStyles,
  formStyles,
  css`
    form {
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .check {
      flex-direction: row;
      align-items: center;
      gap: 10px;
      min-height: var(--_target);
      font-size: 16px;
      color: var(--_fg);
    }
    .check input {
      width: 24px;
      height: 24px;
      accent-color: var(--_accent);
    }
    fieldset {
      margin: 0;
      padding: 8px 0 0;
      border: 0;
      border-top: 1px solid var(--_button-bg);
      /* A fieldset is as wide as its content by default, which can be wider than a watch. */
      min-inline-size: 0;
    }
    legend {
      padding: 0;
      font-weight: 700;
    }
    .note {
      margin: 4px 0 8px;
      color: var(--_muted);
      font-size: 14px;
    }
    fieldset a {
      display: inline-flex;
      align-items: center;
      min-height: var(--_target);
      color: var(--_accent);
      font-weight: 700;
    }
    input[type='range'] {
      min-height: var(--_target);
      accent-color: var(--_accent);
    }
    @container (max-width: 240px) {
      select {
        width: 100%;
      }
    }
  `,
];
