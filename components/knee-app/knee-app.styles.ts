import { css } from 'lit';
import { baseStyles } from '../shared/base-styles.js';

/*
 * Three layouts from the element's own size:
 * - watch (≤ 240 px wide): dark, one view at a time, no tab bar (swipe or arrow keys
 *   move between views), content padded into the circle inscribed in the screen;
 * - phone: a tab bar at the bottom;
 * - desktop (≥ 900 px): the tabs across the top, content in a column.
 */
export const appStyles = [
  baseStyles,
  css`
    :host {
      min-height: 100%;
      background: var(--_bg);
    }
    .shell {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
      /* The tab bar (fixed at the bottom on a phone) never covers a control scrolled into view. */
      --knee-scroll-margin-bottom: 80px;
    }
    main {
      flex: 1;
      box-sizing: border-box;
      width: 100%;
      max-width: 560px;
      margin: 0 auto;
      padding: 12px 16px 88px;
    }
    h1 {
      font-size: 22px;
      margin: 4px 0 12px;
    }
    nav {
      position: fixed;
      left: 0;
      right: 0;
      bottom: 0;
      display: flex;
      justify-content: space-around;
      background: var(--_bg);
      border-top: 1px solid var(--_button-bg);
      padding: 4px 0 max(4px, env(safe-area-inset-bottom));
    }
    nav a {
      min-width: 56px;
      min-height: 48px;
      display: flex;
      align-items: center;
      justify-content: center;
      padding: 0 8px;
      border-radius: 12px;
      color: var(--_fg);
      text-decoration: none;
      font-size: 14px;
      font-weight: 700;
    }
    nav a[aria-current='page'] {
      background: var(--_button-bg);
      color: var(--_accent);
    }
    nav a:focus-visible,
    a:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }
    .back {
      display: inline-flex;
      align-items: center;
      min-height: var(--_target);
      color: var(--_accent);
      font-weight: 700;
    }
    .watch-hint {
      display: none;
    }
    /* An activity running in another view: what, how long, Pause/Stop, and the way back. */
    .now-playing {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 0 0 12px;
      padding: 4px 4px 4px 12px;
      border-radius: 16px;
      background: var(--_button-bg);
    }
    .np-what {
      flex: 1;
      min-height: 48px;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      column-gap: 6px;
      color: var(--_fg);
      text-decoration: none;
      font-size: 14px;
    }
    .np-time {
      font-variant-numeric: tabular-nums;
      color: var(--_muted);
    }
    .np-button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 4px;
    }
    .np-icon {
      width: 18px;
      height: 18px;
      fill: currentColor;
    }
    .np-button,
    .update button {
      min-height: 48px;
      min-width: 48px;
      padding: 0 12px;
      border: 0;
      border-radius: 999px;
      background: var(--_accent);
      color: var(--_on-accent);
      font: inherit;
      font-weight: 700;
      font-size: 14px;
    }
    .update {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin: 0 0 12px;
      font-size: 14px;
    }
    .view[hidden] {
      display: none;
    }
    .run-note {
      font-size: 14px;
      color: var(--_muted);
    }

    @container (min-width: 900px) {
      .shell {
        --knee-scroll-margin-bottom: 0px;
      }
      .shell {
        flex-direction: column-reverse;
        justify-content: flex-end;
      }
      nav {
        position: static;
        justify-content: center;
        gap: 8px;
        border-top: 0;
        border-bottom: 1px solid var(--_button-bg);
      }
      main {
        padding-bottom: 24px;
      }
      /* An exercise: room for its instructions beside the timer. */
      main[data-view='exercise'] {
        max-width: 880px;
      }
      /* The clinician's plan: a row per exercise with its dosage fields side by side. */
      main[data-view='clinician'] {
        max-width: 1100px;
      }
    }

    /* Watch: the content stays inside the circle inscribed in the screen (≈ 15 % inset). */
    @container (max-width: 240px) {
      .shell {
        --knee-scroll-margin-bottom: 0px;
      }
      /* Dark on the watch: OLED screens, and light at night is glaring. */
      .shell {
        color-scheme: dark;
        --knee-bg: #000;
        --knee-fg: #f2f2f2;
        --knee-muted: #c4c4c4;
        --knee-accent: #37d39a;
        --knee-button-bg: #1f2624;
        --knee-on-accent: #000;
        --knee-warning: #ff8a80;
        --_fg: #f2f2f2;
        --_muted: #c4c4c4;
        --_bg: #000;
        --_accent: #37d39a;
        --_button-bg: #1f2624;
        --_on-accent: #000;
        --_warning: #ff8a80;
        background: #000;
        color: #f2f2f2;
      }
      nav {
        display: none;
      }
      /* The bottom padding lets the last line of a view scroll up into the circle. */
      main {
        padding: 15% 15% 30%;
        min-height: 100vh;
      }
      h1 {
        font-size: 13px;
        text-align: center;
        margin: 0 0 4px;
        color: var(--_muted);
      }
      /* The metronome is round-safe by itself: it gets the whole screen. */
      main[data-view='run'] {
        padding: 0 0 30%;
      }
      /* A timed exercise: its round timer below a one-line way back, inside the circle. */
      main[data-view='exercise'] {
        padding: 0 0 30%;
      }
      main[data-view='exercise'] knee-exercise {
        --knee-timer-size: 100vh;
      }
      /* Today's guided session likewise: each timer is the whole round screen. */
      main[data-view='today']:has(knee-today[guiding]) {
        padding: 0 0 30%;
      }
      knee-today[guiding] {
        --knee-timer-size: 100vh;
      }
      /* Room for the strip above the timer. */
      main[data-view='exercise'].playing knee-exercise {
        --knee-timer-size: calc(100vh - 150px);
      }
      main[data-view='exercise'] h1,
      main[data-view='today'] h1,
      main[data-view='run'] h1 {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      main[data-view='run'] knee-metronome {
        height: 100vh;
        --knee-face-radius: 50%;
      }
      .back {
        display: flex;
        width: fit-content;
        margin: 0 auto;
        justify-content: center;
        font-size: 14px;
      }
      /*
       * The strip: what and how long on one line, round icon buttons below, centred and inside
       * the circle even on views that use the whole screen.
       */
      .now-playing {
        flex-wrap: wrap;
        justify-content: center;
        gap: 4px 8px;
        padding: 4px;
        margin: 0 0 6px;
      }
      main[data-view='run'] .now-playing,
      main[data-view='exercise'] .now-playing {
        margin: 16% 18% 4px;
      }
      .np-what {
        flex-basis: 100%;
        justify-content: center;
        min-height: 0;
        font-size: 14px;
        text-align: center;
      }
      .np-detail,
      .np-label,
      .run-note {
        display: none;
      }
      .np-button {
        width: 48px;
        padding: 0;
      }
      .watch-hint {
        display: block;
        text-align: center;
        font-size: 12px;
        color: var(--_muted);
        margin: 4px 15% 0;
      }
    }
  `,
];
