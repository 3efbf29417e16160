/**
 * Every exercise drawing on one page, drawn by the exercise card's own figure code (still:
 * the end pose over a faint start pose, as with reduced motion), for checking the drawings by
 * eye. scripts/figure-sheet.mjs screenshots it into docs/screenshots/figures.png.
 */
import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { EXERCISES } from '../content/exercises.js';
import { FIGURES } from '../content/figures.js';
import { exerciseFigure } from '../components/knee-exercise/exercise-figure.js';
import { figureStyles } from '../components/knee-exercise/figure-styles.js';
import { baseStyles } from '../components/shared/base-styles.js';

@customElement('knee-figure-sheet')
export class KneeFigureSheet extends LitElement {
  static override styles = [
    baseStyles,
    figureStyles,
    css`
      .sheet {
        display: grid;
        grid-template-columns: repeat(6, 1fr);
        gap: 6px;
        font-size: 12px;
      }
      figure {
        margin: 0;
        border: 1px solid var(--_button-bg);
        display: flex;
        flex-direction: column;
        justify-content: end;
      }
      .figure {
        max-height: 170px;
      }
      figcaption {
        text-align: center;
      }
    `,
  ];

  override render() {
    return html`<div class="sheet">
      ${EXERCISES.map((e) => {
        const figure = FIGURES[e.id];
        return html`<figure>${figure ? exerciseFigure(figure, e.name, false) : html`<b>no drawing</b>`}<figcaption>${e.name}</figcaption></figure>`;
      })}
    </div>`;
  }
}
