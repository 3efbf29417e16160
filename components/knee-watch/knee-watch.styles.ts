import { css } from 'lit';
import { baseStyles } from '../shared/base-styles.js';
import { formStyles } from '../shared/form-styles.js';

export const watchStyles = [
  baseStyles,
  formStyles,
  css`
    .watch {
      display: flex;
      flex-direction: column;
      gap: 8px;
      font-size: 15px;
    }
    p {
      margin: 0;
    }
    .note {
      color: var(--_muted);
    }
    .numbers {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(110px, 1fr));
      gap: 8px;
    }
  `,
];
