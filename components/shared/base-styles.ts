import { css } from 'lit';

/**
 * What every Kneebeat element shares: block display as a size container, the colour tokens (light and dark), 48 px touch targets
 * with a visible focus ring, the problem-message colour, size-only (.roomy / .compact) and screen-reader-only utilities.
 * Each element adds its own layout.
 */
export const baseStyles = css`
  :host {
    /* Each element lays itself out from its own width (container queries), not the viewport's. */
    display: block;
    container-type: inline-size;
    /*
     * Light or dark as the page says (its color-scheme, which light-dark() reads): dark only in
     * a page that opts into dark, never light text on someone's light page.
     */
    --_fg: var(--knee-fg, light-dark(#111, #f2f2f2));
    --_muted: var(--knee-muted, light-dark(#444, #c4c4c4));
    --_bg: var(--knee-bg, light-dark(#fff, #000));
    --_accent: var(--knee-accent, light-dark(#006b4f, #37d39a));
    --_button-bg: var(--knee-button-bg, light-dark(#e8eeec, #1f2624));
    --_on-accent: var(--knee-on-accent, light-dark(#fff, #000));
    --_warning: var(--knee-warning, light-dark(#b00020, #ff8a80));
    color: var(--_fg);
    font-family: var(--knee-font, system-ui, sans-serif);
    /* The least size of anything pressed: 48 px, on a phone as on a watch. */
    --_target: 48px;
  }
  /* Browsers before light-dark() (2024): light, or dark when the system is. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_fg: var(--knee-fg, #111);
      --_muted: var(--knee-muted, #444);
      --_bg: var(--knee-bg, #fff);
      --_accent: var(--knee-accent, #006b4f);
      --_button-bg: var(--knee-button-bg, #e8eeec);
      --_on-accent: var(--knee-on-accent, #fff);
      --_warning: var(--knee-warning, #b00020);
    }
    @media (prefers-color-scheme: dark) {
      :host {
        --_fg: var(--knee-fg, #f2f2f2);
        --_muted: var(--knee-muted, #c4c4c4);
        --_bg: var(--knee-bg, #000);
        --_accent: var(--knee-accent, #37d39a);
        --_button-bg: var(--knee-button-bg, #1f2624);
        --_on-accent: var(--knee-on-accent, #000);
        --_warning: var(--knee-warning, #ff8a80);
      }
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* Scrolled into view (by Tab, or focus moving to what appeared), a control stops this far
     above the bottom: the app's phone layout sets it to clear its tab bar. */
  button,
  a,
  input,
  select,
  summary,
  [tabindex] {
    scroll-margin-bottom: var(--knee-scroll-margin-bottom, 0px);
  }
  button {
    box-sizing: border-box;
    min-width: var(--_target);
    min-height: var(--_target);
    padding: 0 10px;
    border: 2px solid transparent;
    border-radius: var(--knee-radius, 999px);
    background: var(--_button-bg);
    color: inherit;
    font: inherit;
    font-size: 14px;
    font-weight: 700;
    cursor: pointer;
    touch-action: manipulation;
  }
  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .message {
    color: var(--_warning);
  }
  /*
   * Parts for one size only, from the element's own width: .roomy is hidden on a watch-sized
   * element (< 300 px), .compact on anything larger. They only hide (important, so an
   * element's own display rule cannot undo it), never set a display type, so a flex or grid
   * item keeps its layout where it shows.
   */
  @container (max-width: 299px) {
    .roomy {
      display: none !important;
    }
  }
  @container (min-width: 300px) {
    .compact {
      display: none !important;
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
`;
