import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AudioMode } from '../../src/audio/audio-mode.js';
import { LEVEL_NAMES, type Dosage, type Exercise } from '../../content/types.js';
import { loadLibrary, type Library } from '../../src/program/load-library.js';
import { plannedReps, sessionRecord, totalReps, type HoldSessionRecord } from '../../src/session-record.js';
import { baseStyles } from '../shared/base-styles.js';
import { ActivityController } from '../shared/activity-controller.js';
import type { ActivityView } from '../../src/activity/activity.js';
import { PainDuringController, painDuringStyles } from '../shared/pain-during.js';
import { HOP_ORDER } from '../../src/program/limits.js';
import { guardOf } from '../shared/clamped.js';
import { MediaQueryController } from '../shared/media-query.js';
import { FIGURES } from '../../content/figures.js';
import { exerciseFigure } from './exercise-figure.js';
import { figureStyles } from './figure-styles.js';
import { countRep, isComplete, newRepCount, repPlanOf, undoRep, type RepCount } from '../../src/program/rep-count.js';
import '../knee-hold-timer/knee-hold-timer.js';

/**
 * One exercise from the library: what it works, how to do it (in our own words), its dosage
 * and cautions. Exercises with holds open a `<knee-hold-timer>` set up from the dosage;
 * exercises with moving reps get a big tap-to-count button that walks through sides and sets.
 *
 * @summary An exercise card with its timer or rep counter.
 *
 * @fires {KneeSessionEvent} knee-session - When the timer or counter finishes, or is stopped: a `hold` record (moving reps: `holdS` 0). Bubbles, composed.
 * @fires {KneeSessionProgressEvent} knee-session-progress - At each counted rep (and from the hold timer inside): the session so far (`record`, partial). Bubbles, composed.
 *
 * @csspart card - The whole card.
 * @csspart name - The exercise name.
 * @csspart steps - The numbered steps.
 * @csspart counter - The tap-to-count button (rep exercises).
 * @csspart done - What was done, once a counted exercise is finished.
 * @csspart variant - A link to an easier or harder variant.
 * @csspart from-physio - "From your physio" and their note, when the dosage is prescribed.
 * @csspart button - Other buttons.
 *
 * @cssprop --knee-accent - Counter button and focus ring (default #006b4f; dark #37d39a).
 * @cssprop --knee-fg - Text colour (default #111; dark #f2f2f2).
 * @cssprop --knee-muted - Secondary text (default #444; dark #c4c4c4).
 * @cssprop --knee-timer-size - Largest width (and height) of the hold timer (default 360px).
 */
@customElement('knee-exercise')
export class KneeExercise extends LitElement {
  static override styles = [
    baseStyles,
    painDuringStyles,
    figureStyles,
    css`
      h2 {
        margin: 0;
        font-size: 20px;
      }
      .meta,
      .small {
        color: var(--_muted);
        font-size: 14px;
        margin: 2px 0 8px;
      }
      /* A thumb's target (48 px tall), set apart from its neighbour by its padding. */
      a[part~='variant'] {
        display: inline-flex;
        align-items: center;
        min-height: 48px;
        padding: 0 8px;
      }
      ol,
      ul {
        padding-left: 20px;
        margin: 4px 0 8px;
      }
      li {
        margin: 2px 0;
      }
      a {
        color: var(--_accent);
        font-weight: 700;
      }
      a:focus-visible {
        outline: 3px solid var(--_accent);
        outline-offset: 2px;
      }
      h3 {
        font-size: 14px;
        margin: 10px 0 2px;
      }
      .physio {
        font-size: 14px;
        margin: 0 0 8px;
        padding: 4px 8px;
        border-left: 4px solid var(--_accent);
      }
      .counter {
        display: block;
        width: 100%;
        min-height: 120px;
        border-radius: 24px;
        background: var(--_accent);
        color: var(--_on-accent);
        font-size: 20px;
      }
      .counter b {
        display: block;
        font-size: 48px;
        line-height: 1.1;
      }
      .row {
        display: flex;
        gap: 8px;
        justify-content: center;
        margin-top: 8px;
      }
      .how summary {
        min-height: 48px;
        display: flex;
        align-items: center;
        cursor: pointer;
        font-weight: 700;
      }
      knee-hold-timer {
        max-width: var(--knee-timer-size, 360px);
        margin: 8px auto 0;
      }
      /* Wide (a desktop): the instructions beside the timer, which stays in view. */
      @container (min-width: 760px) {
        .timed {
          display: grid;
          grid-template-columns: minmax(0, 1fr) 340px;
          column-gap: 32px;
          align-items: start;
        }
        .timed > h2,
        .timed > .meta {
          grid-column: 1 / -1;
        }
        .timed > knee-hold-timer {
          grid-column: 2;
          grid-row: 3;
          position: sticky;
          top: 16px;
          width: 100%;
          margin: 0;
        }
      }
      /*
       * A watch: a timed exercise is its timer, whose face names it and its dosage (the card
       * keeps its name as its label: aria-labelledby reads hidden text too).
       */
      @container (max-width: 299px) {
        .timed > h2,
        .timed > .meta {
          display: none;
        }
        /* A counted exercise is its counter, as a timed one is its timer: a round button that
           fills the round screen and names the exercise; the rest keeps to the middle band. */
        article:not(.timed) > h2,
        article:not(.timed) > .meta {
          display: none;
        }
        article:not(.timed) > :not(.counter, figure) {
          margin-inline: 15cqw;
          text-align: center;
        }
        .counter {
          width: 84cqw;
          min-height: 0;
          aspect-ratio: 1;
          margin: 8cqw auto 8px;
          border-radius: 50%;
          font-size: 14px;
        }
        .counter b {
          font-size: 40px;
        }
      }
    `,
  ];

  #exerciseId = '';
  /** The figure moves unless the user asked for less motion. */
  readonly #reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  @state() private library: Library | null = null;
  @state() private count: RepCount = newRepCount({ reps: 1, sets: 1, sides: 'one' });
  @state() private finished = false;
  /** The exercise whose reps are being counted (kept if the card is switched to another meanwhile). */
  #counted: Exercise | null = null;
  /** The rep count as an activity: its checkpoints, and Stop from the strip or watch. */
  readonly #activity: ActivityController = new ActivityController(this, {
    kind: 'reps',
    draft: () => this.#countRecord(false),
    view: (): ActivityView => {
      const reps = totalReps(this.count.grid);
      return {
        title: this.#counted?.name ?? 'Exercise',
        detail: `${reps} ${reps === 1 ? 'rep' : 'reps'} counted`,
        elapsedS: this.#activity.activity?.elapsedS ?? 0,
        paused: false,
        pausable: false,
      };
    },
    stop: () => this.#finish(),
    media: { album: () => 'Kneebeat exercises' },
  });
  /** "It hurts" while counting: a score above the limit finishes the count (partial, with the score). */
  readonly #pain = new PainDuringController(
    this,
    () => (HOP_ORDER.includes(this.#exerciseId) ? 'hop' : 'exercise'),
    (_, advice) => {
      if (advice.action === 'carry-on') this.#activity.checkpoint();
      else this.#finish();
    },
  );

  /** Content id of the exercise to show (e.g. `quad-set`). An unknown id shows a notice and warns once. */
  @property({ attribute: 'exercise', noAccessor: true })
  get exercise(): string {
    return this.#exerciseId;
  }
  set exercise(value: string | null) {
    const old = this.#exerciseId;
    this.#exerciseId = value ?? '';
    this.requestUpdate('exercise', old);
  }

  /**
   * A dosage to run instead of the library's (a clinician's plan: "3 × 12, 8 s hold"), or null.
   * It is for this exercise only: opening an easier variant from the card drops it.
   */
  @property({ attribute: false }) dosage: Dosage | null = null;
  /** Who prescribed `dosage` (shown as "From your physio, …"); '' when it is not prescribed. */
  @property({ attribute: 'prescribed-by' }) prescribedBy = '';
  /** The prescriber's note for this exercise (''). */
  @property() note = '';

  /** Passed to the hold timer: vibrate at phase changes. */
  @property({ type: Boolean, reflect: true }) haptic = false;
  /** Passed to the hold timer: spoken phase cues. */
  @property({ type: Boolean, reflect: true }) voice = false;
  /**
   * Brief: the name, dosage and timer or counter first, the instructions folded behind "How to
   * do it" (a guided session, where the timer must be in view).
   */
  @property({ type: Boolean, reflect: true }) brief = false;
  /** Passed to the hold timer: cue loudness, 0–1 (default 0.9). */
  @property({ type: Number }) volume = 0.9;
  /** Passed to the hold timer: `locked` (default, keeps sounding when the screen locks) or `mix` (plays along with music). */
  @property({ attribute: 'audio-mode' }) audioMode: AudioMode = 'locked';

  /** Ends the rep count under way, recording what was done (partial unless every rep was). */
  finish() {
    this.#finish();
  }

  override connectedCallback() {
    super.connectedCallback();
    void loadLibrary().then((library) => (this.library = library));
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.library || !(changed.has('exercise') || changed.has('dosage') || changed.has('library' as keyof KneeExercise))) return;
    if (this.#exerciseId && !this.library.exerciseById(this.#exerciseId)) {
      guardOf(this).warn('exercise', this.#exerciseId, `"${this.#exerciseId}" is not an exercise in the library`);
    }
    // Switched to another exercise mid-count: what was counted is recorded as what it was.
    if (this.counting) this.#finish();
    this.#resetCount();
  }

  /** The exercise as this card runs it: the library's, with a prescribed dosage where one is given. */
  get #shown(): Exercise | undefined {
    const e = this.library?.exerciseById(this.#exerciseId);
    return e && this.dosage ? { ...e, dosage: this.dosage } : e;
  }

  #resetCount() {
    const e = this.#shown;
    this.count = newRepCount(e ? repPlanOf(e.dosage) : { reps: 1, sets: 1, sides: 'one' });
    this.finished = false;
    this.#pain.reset();
  }

  #tap(e: Exercise) {
    const plan = repPlanOf(e.dosage);
    if (this.count.startedAt === null) {
      // The first rep starts the count: the activity's id and start are the session's.
      const activity = this.#activity.start();
      this.#counted = e;
      this.count = { ...this.count, id: activity.id };
    }
    this.count = countRep(this.count, plan, this.#activity.activity!.startedAt);
    if (isComplete(this.count, plan)) this.#finish();
    else this.#activity.checkpoint();
  }

  #undo() {
    this.count = undoRep(this.count);
  }

  #finish() {
    // Null once finished (or before the first rep): a second Finish records nothing.
    const record = this.#countRecord(true);
    if (!record) return;
    this.finished = true;
    this.#activity.finish(record);
  }

  /** True while reps are being counted (started, not finished). */
  get counting(): boolean {
    return this.count.startedAt !== null && !this.finished;
  }

  /** The counted reps as a record (moving reps: `holdS` 0), or null before the first rep. */
  #countRecord(ended: boolean): HoldSessionRecord | null {
    const e = this.#counted;
    const activity = this.#activity.activity;
    const { grid, startedAt, id } = this.count;
    if (!e || !activity || startedAt === null || this.finished) return null;
    return sessionRecord<HoldSessionRecord>({
      id,
      kind: 'hold',
      exerciseId: e.id,
      startedAt,
      endedAt: activity.endedAt,
      complete: ended && isComplete(this.count, repPlanOf(e.dosage)),
      planned: { holdS: 0, ...repPlanOf(e.dosage) },
      done: { reps: grid.map((row) => [...row]), timeUnderTensionS: 0 },
      ...(this.#pain.highest !== null ? { pain: { before: null, during: this.#pain.highest, after: null } } : {}),
    });
  }

  #renderCounter(e: Exercise) {
    if (this.finished) {
      // What was done, not a bare "done": 25 of 30 reps.
      const total = totalReps(this.count.grid);
      const planned = plannedReps(repPlanOf(e.dosage));
      return html`<p part="done" class="done" role="status">Done: ${total === planned ? `all ${total} reps` : `${total} of ${planned} reps`}.${this.#pain.advice?.action === 'carry-on' || !this.#pain.advice ? ' Well done.' : ''}</p>
        ${this.#pain.render(false)}
        <div class="row"><button part="button" @click=${() => this.#resetCount()}>Again</button></div>`;
    }
    const { set, side, grid } = this.count;
    const done = grid[set - 1]![side]!;
    const sideName = e.dosage.perSide ? (side === 0 ? 'Left' : 'Right') : '';
    const where = `${sideName ? `${sideName} side, ` : ''}set ${set} of ${e.dosage.sets}`;
    return html`<button part="counter" class="counter" aria-label=${`Count a rep: ${done} of ${e.dosage.reps} done, ${where}`} @click=${() => this.#tap(e)}>
        <span class="compact">${e.name}</span><b>${done}/${e.dosage.reps}</b>${where}
      </button>
      <div class="row">
        <button part="button" ?disabled=${done === 0} @click=${this.#undo}>Undo</button>
        <button part="button" ?disabled=${this.count.startedAt === null} @click=${() => this.#finish()}>Finish</button>
      </div>
      ${this.#pain.render(this.count.startedAt !== null)}`;
  }

  /**
   * Easier and harder variants as links to their cards (`#/exercise/<id>`, the app's route;
   * a card on its own page also switches itself). In a guided session they are names only:
   * leaving would leave the session.
   */
  #variants(ids: string[]) {
    const { exerciseById } = this.library!;
    return ids.map((id, i) => {
      const name = exerciseById(id)!.name;
      if (this.brief) return html`${i ? ', ' : ''}${name}`;
      return html` <a part="variant" href=${`#/exercise/${id}`} @click=${() => this.#switchTo(id)}>${name}</a>`;
    });
  }

  /** Another exercise (a variant): a prescribed dosage was for the one before. */
  #switchTo(id: string) {
    this.dosage = null;
    this.prescribedBy = '';
    this.note = '';
    this.exercise = id;
  }

  /** What it works, the start position, steps, cautions and variants. */
  #renderHow(e: Exercise) {
    return html`
        <p class="small">Works: ${e.muscles.join(', ')}${e.equipment.length ? ` · You need: ${e.equipment.join(', ')}` : ''}</p>
        <h3>Start</h3>
        <p>${e.start}</p>
        <h3>Steps</h3>
        <ol part="steps">
          ${e.steps.map((step) => html`<li>${step}</li>`)}
        </ol>
        <h3>Take care</h3>
        <ul>
          ${e.cautions.map((c) => html`<li>${c}</li>`)}
        </ul>
        ${e.easier.length ? html`<p class="small">Easier: ${this.#variants(e.easier)}</p>` : nothing}
        ${
          e.harder.length
            ? this.prescribedBy
              ? html`<p class="small">Harder variants: ask your physio first — this is the dose they set.</p>`
              : html`<p class="small">Harder: ${this.#variants(e.harder)}</p>`
            : nothing
        }
    `;
  }

  override render() {
    const library = this.library;
    if (!library) return html`<p class="small" role="status">Loading…</p>`;
    const { describeDosage } = library;
    const e = this.#shown;
    if (!e) return html`<p part="card">Unknown exercise${this.#exerciseId ? ` “${this.#exerciseId}”` : ''}.</p>`;
    const d = e.dosage;
    return html`<article part="card" class=${d.holdS > 0 ? 'timed' : ''} aria-labelledby="name">
      <h2 part="name" id="name">${e.name}</h2>
      <p class="meta">${describeDosage(d)} · ${e.level === 'daily' ? 'Daily stretch' : `Level ${e.level}: ${LEVEL_NAMES[e.level]}`}</p>
      ${
        this.prescribedBy
          ? html`<p part="from-physio" class="physio">From your physio, ${this.prescribedBy}${this.note ? html`: <q>${this.note}</q>` : nothing}</p>`
          : nothing
      }
      ${FIGURES[e.id] ? exerciseFigure(FIGURES[e.id]!, `${e.name}: the start and end position`, !this.#reducedMotion.matches) : nothing}
      ${
        this.brief
          ? html`<details class="roomy how">
            <summary>How to do it</summary>
            ${this.#renderHow(e)}
          </details>`
          : html`<div class="roomy">${this.#renderHow(e)}</div>`
      }
      ${
        d.holdS > 0
          ? html`<knee-hold-timer
            hold=${d.holdS}
            rest=${d.restS}
            reps=${d.reps}
            sets=${d.sets}
            set-rest=${d.setRestS}
            sides=${d.perSide ? 'both' : 'one'}
            exercise=${e.id}
            label=${e.name}
            volume=${this.volume}
            audio-mode=${this.audioMode}
            ?haptic=${this.haptic}
            ?voice=${this.voice}
          ></knee-hold-timer>`
          : this.#renderCounter(e)
      }
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-exercise': KneeExercise;
  }
}
