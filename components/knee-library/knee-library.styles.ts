import { css } from 'lit';
import { baseStyles } from '../shared/base-styles.js';
import { formStyles } from '../shared/form-styles.js';

export const libraryStyles = [
  baseStyles,
  formStyles,
  css`
    .filter-toggle {
      display: none;
    }
    .filters {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      margin-bottom: 8px;
    }
    .list {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    a {
      display: flex;
      flex-direction: column;
      justify-content: center;
      min-height: 52px;
      border-bottom: 1px solid var(--_button-bg);
      color: var(--_fg);
      text-decoration: none;
    }
    small {
      color: var(--_muted);
    }

    /* Watch-sized: the list is the screen's content; its filters fold away behind one button. */
    @container (max-width: 240px) {
      .filters label,
      select {
        width: 100%;
      }
      .filter-toggle {
        display: block;
        width: 100%;
        margin-bottom: 4px;
      }
      .filters:not(.open) {
        display: none;
      }
    }
  `,
];
