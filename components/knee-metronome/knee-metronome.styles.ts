import { css } from 'lit';

/*
 * Two layouts from the element's own width (container queries), not the viewport's, so it fits
 * wherever it is embedded:
 * - compact (< 300 px): sized for a 200–240 px round watch face. Rows are stacked so every
 *   control stays inside the circle inscribed in a square host (see README.md beside this file).
 * - roomy (≥ 300 px): a phone or a page column.
 */
export const metronomeStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    contain: layout style;
    --_fg: var(--knee-fg, #111);
    --_bg: var(--knee-bg, #fff);
    --_accent: var(--knee-accent, #006b4f);
    --_beat: var(--knee-beat-color, var(--_accent));
    --_button-bg: var(--knee-button-bg, #e8eeec);
    --_on-accent: var(--knee-on-accent, #fff);
    --_radius: var(--knee-radius, 999px);
    color: var(--_fg);
    font-family: var(--knee-font, system-ui, sans-serif);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_fg: var(--knee-fg, #f2f2f2);
      --_bg: var(--knee-bg, #000);
      --_accent: var(--knee-accent, #37d39a);
      --_button-bg: var(--knee-button-bg, #1f2624);
      --_on-accent: var(--knee-on-accent, #000);
    }
  }
  :host([hidden]) {
    display: none;
  }
  .face {
    position: relative;
    box-sizing: border-box;
    height: 100%;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 4px;
    padding: 4px;
    background: var(--_bg);
    border-radius: var(--knee-face-radius, 12px);
    isolation: isolate;
  }
  .pulse {
    position: absolute;
    inset: 0;
    border-radius: inherit;
    border: 6px solid var(--_beat);
    opacity: 0;
    pointer-events: none;
    z-index: -1;
  }
  .readout {
    display: flex;
    flex-direction: column;
    align-items: center;
    line-height: 1;
    min-height: 52px;
    justify-content: center;
  }
  .bpm {
    font-size: 36px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .unit {
    font-size: 12px;
    margin-top: 2px;
    max-width: 130px;
    text-align: center;
  }
  .row {
    display: flex;
    gap: 4px;
    justify-content: center;
  }
  button {
    box-sizing: border-box;
    min-width: 44px;
    min-height: 44px;
    padding: 0 6px;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_button-bg);
    color: inherit;
    font: inherit;
    font-size: 15px;
    font-weight: 600;
    cursor: pointer;
    touch-action: manipulation;
  }
  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
  }
  button:active {
    filter: brightness(0.9);
  }
  .choice {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    line-height: 1.1;
    font-size: 11px;
    padding: 0 2px;
  }
  .choice b {
    font-size: 14px;
  }
  .tap {
    width: 56px;
  }
  .toggle {
    width: 76px;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .toggle.on {
    background: var(--_fg);
    color: var(--_bg);
  }
  .message {
    margin: 0;
    font-size: 12px;
    text-align: center;
    max-width: 150px;
    color: var(--knee-warning, #b00020);
  }
  @media (prefers-color-scheme: dark) {
    .message {
      color: var(--knee-warning, #ff8a80);
    }
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .dot {
    display: none;
  }

  @container (min-width: 300px) {
    .face {
      gap: 12px;
      padding: 16px;
    }
    .bpm {
      font-size: 72px;
    }
    .unit {
      font-size: 16px;
      max-width: none;
    }
    .row {
      gap: 8px;
    }
    button {
      min-width: 56px;
      min-height: 56px;
      font-size: 18px;
    }
    .choice {
      font-size: 13px;
      min-width: 64px;
    }
    .choice b {
      font-size: 18px;
    }
    .tap {
      width: 96px;
    }
    .toggle {
      width: 160px;
    }
    .message {
      font-size: 15px;
      max-width: 320px;
    }
  }

  /* Calm beat indicator: a dot that changes colour, no flashing ring. */
  @media (prefers-reduced-motion: reduce) {
    .pulse {
      display: none;
    }
    .dot {
      display: block;
      width: 10px;
      height: 10px;
      margin-bottom: 2px;
      border-radius: 50%;
      background: var(--_button-bg);
    }
  }
`;
