import { css } from 'lit';

/** The exercise figure: one stroke style for every drawing, in the element's colours. */
export const figureStyles = css`
  .figure {
    display: block;
    width: 100%;
    max-width: 300px;
    max-height: 220px;
    margin: 0 auto 8px;
  }
  .limb {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 4;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* The far side of the body, behind. */
  .limb.far {
    stroke: color-mix(in srgb, var(--_accent) 45%, var(--_bg));
  }
  .head {
    fill: var(--_accent);
  }
  /* Reduced motion: the start pose, faint, under the end pose. */
  .ghost .limb {
    stroke: var(--_muted);
    opacity: 0.3;
  }
  .ghost .head {
    fill: var(--_muted);
    opacity: 0.3;
  }
  .floor,
  .prop {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-linecap: round;
  }
  .prop.fill {
    fill: var(--_button-bg);
  }
  .band {
    fill: none;
    stroke: var(--_fg);
    stroke-width: 2;
    stroke-dasharray: 3 2;
  }
  .weight {
    fill: var(--_fg);
  }
  /* A watch: the timer or counter is the first screen; a small drawing follows it. */
  @container (max-width: 299px) {
    [part='card'] {
      display: flex;
      flex-direction: column;
    }
    /* A flex item with auto side margins shrinks to its content: keep the timer full width. */
    [part='card'] > knee-hold-timer {
      width: 100%;
    }
    .figure {
      order: 1;
      max-width: 120px;
      max-height: 90px;
      margin-top: 8px;
    }
  }
`;
