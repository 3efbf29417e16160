import { css } from 'lit';
import { baseStyles } from '../shared/base-styles.js';

export const libraryStyles = [
  baseStyles,
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
    label {
      display: flex;
      flex-direction: column;
      gap: 2px;
      font-size: 13px;
      color: var(--_muted);
    }
    select {
      min-height: var(--_target);
      font: inherit;
      color: var(--_fg);
      background: var(--_button-bg);
      border: 0;
      border-radius: 10px;
      padding: 0 8px;
    }
    select:focus-visible,
    a:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
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
