import { css, html } from 'lit';

/** Styles for `painPicker`: add them to the element's styles. */
export const painPickerStyles = css`
  .pain {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 12px;
  }
  .pain output {
    font-size: 32px;
    font-weight: 800;
    min-width: 2ch;
    text-align: center;
  }
  @container (max-width: 299px) {
    .pain output {
      font-size: 26px;
    }
  }
`;

/** `pain` moved by `delta`, kept within 0–10. */
export const stepPain = (pain: number, delta: number) => Math.min(10, Math.max(0, pain + delta));

/**
 * The 0–10 pain entry: − and + buttons (48 px, easy on a watch, where a thin slider is not)
 * around the number, which is announced as it changes; Up/Down arrows step it too. `onStep`
 * gets ±1: the element applies it to its current value (two quick taps make two steps).
 */
export function painPicker(value: number, onStep: (delta: number) => void) {
  const onKeydown = (event: KeyboardEvent) => {
    const step = { ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    event.stopPropagation(); // not a view change on a watch
    onStep(step);
  };
  return html`<div class="pain" @keydown=${onKeydown}>
    <button part="button" aria-label="Less pain" ?disabled=${value <= 0} @click=${() => onStep(-1)}>−</button>
    <output aria-live="polite" aria-label=${`Pain ${value} out of 10`}>${value}</output>
    <button part="button" aria-label="More pain" ?disabled=${value >= 10} @click=${() => onStep(1)}>+</button>
  </div>`;
}
