import { css } from 'lit';
import { baseStyles } from '../shared/base-styles.js';

/*
 * Two layouts from the element's own width (container queries), not the viewport's, so it fits
 * wherever it is embedded:
 * - compact (< 300 px): sized for a 200–240 px round watch face. Rows are stacked so every
 *   control stays inside the circle inscribed in a square host (see README.md beside this file).
 * - roomy (≥ 300 px): a phone or a page column.
 */
export const metronomeStyles = [
  baseStyles,
  css`
  :host {
    contain: layout style;
    --_beat: var(--knee-beat-color, var(--_accent));
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
  /* The beat: the ring's left half lights on one beat, its right half on the next (the face's
     data-beat says which; data-accent on accented beats). Each half is its own layer and only
     its opacity changes, so a beat is composited, not repainted. */
  .pulse {
    position: absolute;
    inset: 0;
    border-radius: inherit;
    border: 6px solid var(--_beat);
    opacity: 0;
    pointer-events: none;
    z-index: -1;
    will-change: opacity;
  }
  .pulse.left {
    clip-path: inset(0 50% 0 0);
  }
  .pulse.right {
    clip-path: inset(0 0 0 50%);
  }
  .face[data-beat='left'] .pulse.left,
  .face[data-beat='right'] .pulse.right {
    opacity: 0.75;
  }
  .face[data-beat='left'][data-accent] .pulse.left,
  .face[data-beat='right'][data-accent] .pulse.right {
    opacity: 1;
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
    padding: 0 6px;
    font-size: 15px;
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
  .stop {
    width: 64px;
  }
  .stop.armed {
    background: var(--_warning);
    color: var(--_bg);
  }
  /*
   * A watch: three rows of 48 px targets inside the circle. The readout sits on the middle
   * row (the circle's widest chord) between −1 and +1; −5 and +5 flank Tap on the row above;
   * Start or Pause alone below. During a run Tap goes (tap tempo is for before it) and its
   * place stays empty while the beat plays — Stop shows there only once the run is paused, so
   * a second tap on Start never lands on Stop. Picking from a measured cadence puts the three
   * choices on the top row and Close below.
   */
  @container (max-width: 299px) {
    .face {
      display: grid;
      grid-template-columns: 48px auto 48px;
      grid-template-areas:
        'slower5 top faster5'
        'slower readout faster'
        'go go go';
      place-content: center;
      place-items: center;
      gap: 2px;
    }
    .readout {
      grid-area: readout;
      min-height: 48px;
    }
    .bpm {
      font-size: 30px;
    }
    .adjust,
    .controls,
    .stop-row,
    .choices {
      display: contents;
    }
    .adjust > :nth-child(1),
    .choices > :nth-child(1) {
      grid-area: slower5;
    }
    .adjust > :nth-child(2) {
      grid-area: slower;
    }
    .adjust > :nth-child(3) {
      grid-area: faster;
    }
    .adjust > :nth-child(4),
    .choices > :nth-child(3) {
      grid-area: faster5;
    }
    .tap,
    .stop,
    .choices > :nth-child(2) {
      grid-area: top;
      width: auto;
    }
    .toggle,
    .choices > :nth-child(4) {
      grid-area: go;
    }
    .face.active .tap,
    .face.active:not(.paused) .stop,
    .face.choosing .controls,
    .face.choosing .stop {
      display: none;
    }
    .message {
      grid-column: 1 / -1;
    }
  }
  .message {
    margin: 0;
    font-size: 12px;
    text-align: center;
    max-width: 150px;
  }
  .dots {
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
    /*
     * In a run, Pause takes Start's exact place and Stop a row of its own below, where no
     * control was before Start: a second tap on Start lands on Pause, never on Stop.
     */
    .stop {
      width: 120px;
    }
    .message {
      font-size: 15px;
      max-width: 320px;
    }
  }

  /* Calm beat indicator: two dots, left and right, that change colour in turn; no ring. */
  @media (prefers-reduced-motion: reduce) {
    .pulse {
      display: none;
    }
    .dots {
      display: flex;
      gap: 6px;
      margin-bottom: 2px;
    }
    .dot {
      display: block;
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: var(--_button-bg);
    }
    .face[data-beat='left'] .dot.left,
    .face[data-beat='right'] .dot.right {
      background: var(--_beat);
    }
  }
`,
];
