import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LEVEL_NAMES, LEVELS, type BodyArea, type Level } from '../../content/types.js';
import { BODY_AREAS, areaName, filterExercises, isBodyArea, isLevel } from '../../src/program/library-filter.js';
import { loadLibrary, type Library } from '../../src/program/load-library.js';
import { libraryStyles } from './knee-library.styles.js';
import { KneeLibraryFilterEvent } from './library-events.js';

/** A level or area from an attribute or a select's value; anything else (or none): undefined, all. */
const toLevel = (value: string | null) => (isLevel(Number(value)) ? (Number(value) as Level) : undefined);
const toArea = (value: string | null) => (isBodyArea(value) ? value : undefined);

/**
 * The exercise library: every exercise with its dosage and level, filtered by level (the daily
 * stretches stay in every level) and body area, each a link to the exercise. Watch-sized, the
 * filters fold away behind one button so the list fills the screen.
 *
 * The filters set `level` and `area` and fire `knee-library-filter`; a page that keeps the
 * filter elsewhere (the app keeps it in the address) listens and passes it back.
 *
 * @summary The exercise list, with level and body-area filters.
 *
 * @fires {KneeLibraryFilterEvent} knee-library-filter - The user chose a level or area (`level`, `area`; undefined: all). Not fired when they are set by script. Bubbles, composed.
 *
 * @csspart filters - The level and area filters.
 * @csspart filter-toggle - The button that shows the filters when watch-sized.
 * @csspart list - The list of exercises.
 * @csspart item - One exercise's link (its name, then dosage and level).
 *
 * @cssprop --knee-accent - Focus ring (default #006b4f; dark #37d39a).
 * @cssprop --knee-fg - Text colour (default #111; dark #f2f2f2).
 * @cssprop --knee-muted - Dosage and labels (default #444; dark #c4c4c4).
 * @cssprop --knee-button-bg - Filter and divider colour (default #e8eeec; dark #1f2624).
 * @cssprop --knee-font - Font family (default system-ui).
 */
@customElement('knee-library')
export class KneeLibrary extends LitElement {
  static override styles = libraryStyles;

  /** Show this level (1–4) and the daily stretches; absent or anything else: every level. */
  @property({ converter: { fromAttribute: toLevel } })
  level: Level | undefined = undefined;

  /** Show exercises for this body area (`quadriceps`, `hip`, `glutes`, `it-band`…); absent or unknown: all. */
  @property({ converter: { fromAttribute: toArea } })
  area: BodyArea | undefined = undefined;

  /** Where an exercise links to: `{id}` is replaced by its id (default `#/exercise/{id}`, the app's address). */
  @property({ attribute: 'exercise-href' }) exerciseHref = '#/exercise/{id}';

  @state() private library: Library | null = null;
  /** Watch-sized, the filters are folded away until asked for. */
  @state() private filtersOpen = false;

  override connectedCallback() {
    super.connectedCallback();
    void loadLibrary().then((library) => (this.library = library));
  }

  #choose(level: Level | undefined, area: BodyArea | undefined) {
    this.level = level;
    this.area = area;
    this.dispatchEvent(new KneeLibraryFilterEvent(level, area));
  }

  override render() {
    const library = this.library;
    if (!library) return html`<p role="status">Loading…</p>`;
    const level = isLevel(this.level) ? this.level : undefined;
    const area = isBodyArea(this.area) ? this.area : undefined;
    const list = filterExercises(library.EXERCISES, { level, area });
    return html`<button
        class="filter-toggle"
        part="filter-toggle"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >
        Filter${level || area ? ' (on)' : ''}
      </button>
      <div class="filters ${this.filtersOpen ? 'open' : ''}" id="filters" part="filters">
        <label
          >Level
          <select @change=${(e: Event) => this.#choose(toLevel((e.target as HTMLSelectElement).value), area)}>
            <option value="" ?selected=${!level}>All</option>
            ${LEVELS.map((l) => html`<option value=${l} ?selected=${level === l}>${l}: ${LEVEL_NAMES[l]}</option>`)}
          </select>
        </label>
        <label
          >Body area
          <select @change=${(e: Event) => this.#choose(level, toArea((e.target as HTMLSelectElement).value))}>
            <option value="" ?selected=${!area}>All</option>
            ${BODY_AREAS.map((a) => html`<option value=${a} ?selected=${area === a}>${areaName(a)}</option>`)}
          </select>
        </label>
      </div>
      ${list.length ? nothing : html`<p role="status">No exercise matches this filter. Choose another level or body area, or All.</p>`}
      <ul class="list" part="list" aria-label="Exercises">
        ${list.map(
          (e) => html`<li>
            <a part="item" href=${this.exerciseHref.replaceAll('{id}', encodeURIComponent(e.id))}
              ><span class="name">${e.name}</span><small>${library.describeDosage(e.dosage)} · ${e.level === 'daily' ? 'daily stretch' : `level ${e.level}`}</small></a
            >
          </li>`,
        )}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-library': KneeLibrary;
  }
}
