import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { LEVELS, LEVEL_NAMES, type Level } from '../../content/types.js';
import { LocalValue } from '../../src/platform/local-value.js';
import { RUN_PAIN_LIMIT } from '../../src/program/limits.js';
import { loadLibrary, type Library } from '../../src/program/load-library.js';
import { clinicianKey, clinicianKeyId } from '../../src/rx/clinician-key.js';
import { RX_LIMITS, prescriptionProblem, type PrescribedItem, type PrescribedRun, type Prescription } from '../../src/rx/prescription.js';
import { RxError } from '../../src/rx/rx-codec.js';
import { QR_COLOURS, rxLink, rxQr } from '../../src/rx/rx-qr.js';
import { signPlan } from '../../src/rx/rx-sign.js';
import { RUN_PRESETS, describePlan, type IntervalPlan } from '../../src/run/run-plan.js';
import { dayKey, numberOfKey } from '../../src/store/stats.js';
import { baseStyles } from '../shared/base-styles.js';
import { formStyles } from '../shared/form-styles.js';
import { printDocument } from '../shared/print-frame.js';
import { stackedTable, tableStyles } from '../shared/table-styles.js';
import { planPrintHtml } from './plan-print.js';

/** The clinician's name, remembered on their device for the next plan. */
const savedName = new LocalValue<{ name: string }>('kneebeat-clinician-name', (raw) => (typeof raw.name === 'string' ? { name: raw.name } : null));

interface Made {
  link: string;
  version: number;
  keyId: string;
  rx: Prescription;
}

const CUSTOM_RUN: IntervalPlan = { runS: 60, walkS: 90, repeats: 8 };
const runChoice = (run: PrescribedRun) =>
  typeof run === 'object' ? (RUN_PRESETS.find((p) => p.intervals && describePlan(p.intervals) === describePlan(run))?.id ?? 'custom') : run;

/**
 * For a physiotherapist: a plan for one patient — level, exercises, each one's dosage and note,
 * the running pain limit, walk/run plan and tempo — starting from the program as the app runs
 * it now. "Make the link" signs it with this device's key (made once, kept in IndexedDB, never
 * exported) and shows the link (`#/rx/<code>`) and its QR code, to copy, send or print. No
 * server sees the plan: it travels in the link's fragment.
 *
 * @summary The clinician's plan editor, making a signed link and QR code.
 *
 * @csspart button - Every button.
 * @csspart plan - The table of exercises.
 * @csspart result - The link, its QR code and the print button.
 * @csspart qr - The QR code's canvas.
 *
 * @cssprop --knee-accent - Buttons and focus ring (default #006b4f; dark #37d39a).
 */
@customElement('knee-clinician')
export class KneeClinician extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    tableStyles,
    css`
      :host {
        display: block;
      }
      input {
        box-sizing: border-box;
        min-width: 0;
      }
      input[type='number'] {
        width: 4.5em;
      }
      input[type='checkbox'] {
        width: 24px;
        min-height: 24px;
        accent-color: var(--_accent);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
        align-items: end;
        margin: 8px 0;
      }
      td {
        vertical-align: middle;
      }
      td.note input {
        width: 100%;
      }
      .primary {
        background: var(--_accent);
        color: var(--_on-accent);
      }
      .result {
        display: grid;
        gap: 8px;
        margin-top: 12px;
      }
      canvas {
        width: min(100%, 320px);
        image-rendering: pixelated;
        background: #fff;
      }
      .link {
        width: 100%;
        font-family: monospace;
        font-size: 12px;
      }
      .muted {
        color: var(--_muted);
        font-size: 14px;
      }
      /* In the table the column heads name the fields (.sr-only; each field has its own accessible name too). */
      /* A phone: each exercise as a small card instead of a wide row, its fields named. */
      @container (max-width: 699px) {
        .field {
          position: static;
          width: auto;
          height: auto;
          overflow: visible;
          clip-path: none;
        }
        ${stackedTable}
        tr {
          display: flex;
          flex-wrap: wrap;
          gap: 6px 12px;
          padding: 8px 0;
          border-bottom: 1px solid var(--_button-bg);
        }
        td {
          border: 0;
          padding: 0;
        }
        td.name {
          flex-basis: 100%;
          font-weight: 700;
        }
        td.note {
          flex-basis: 100%;
        }
      }
    `,
  ];

  /** The level the patient's app runs now: a new plan starts from it. */
  @property({ type: Number }) level: Level = 1;
  /** The app's address the link opens (default: this page's, without its fragment). */
  @property({ attribute: 'app-url' }) appUrl = '';

  @state() private library: Library | null = null;
  @state() private draft: Prescription | null = null;
  @state() private problem = '';
  @state() private made: Made | null = null;
  @state() private working = false;
  @state() private adding = '';
  /** "Your own intervals" chosen (even when the numbers match a preset). */
  @state() private customRun = false;
  @query('canvas') private canvas!: HTMLCanvasElement | null;

  override connectedCallback() {
    super.connectedCallback();
    void loadLibrary().then((library) => {
      this.library = library;
      this.#startFrom(this.level);
    });
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('made' as keyof KneeClinician) && this.made && this.canvas) rxQr(this.made.link).code.toCanvas(this.canvas, QR_COLOURS);
  }

  /** The plan as it stands in the form, for scripts and tests. */
  get plan(): Prescription | null {
    return this.draft;
  }

  /** The last link made, or ''. */
  get link(): string {
    return this.made?.link ?? '';
  }

  #startFrom(level: Level) {
    const today = numberOfKey(dayKey(Date.now()));
    this.draft = this.library!.planFromProgram(level, today, savedName.read()?.name ?? '', today);
  }

  #edit(change: Partial<Prescription>) {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...change };
    this.made = null;
    this.problem = '';
  }

  #editItem(index: number, change: Partial<PrescribedItem>) {
    const items = this.draft!.items.map((item, i) => (i === index ? { ...item, ...change } : item));
    this.#edit({ items });
  }

  #number(event: Event): number {
    return Number((event.target as HTMLInputElement).value);
  }

  #addExercise() {
    const e = this.library?.exerciseById(this.adding);
    if (!e || !this.draft) return;
    const d = e.dosage;
    this.#edit({
      items: [...this.draft.items, { id: e.id, sets: d.sets, reps: d.reps, holdS: d.holdS, perSide: d.perSide, timesPerDay: d.timesPerDay, note: '' }],
    });
    this.adding = '';
  }

  #setRun(choice: string) {
    this.customRun = choice === 'custom';
    if (choice === 'program' || choice === 'continuous') return this.#edit({ run: choice });
    const preset = RUN_PRESETS.find((p) => p.id === choice)?.intervals;
    this.#edit({ run: preset ?? (typeof this.draft!.run === 'object' ? this.draft!.run : CUSTOM_RUN) });
  }

  async #make() {
    const rx = this.draft;
    if (!rx || !this.library) return;
    const clean = { ...rx, clinician: rx.clinician.trim(), issuedDay: numberOfKey(dayKey(Date.now())) };
    const problem = prescriptionProblem(clean) ?? this.library.planLibraryProblem(clean);
    if (problem) {
      this.problem = problem;
      return;
    }
    this.working = true;
    try {
      savedName.write({ name: clean.clinician });
      const keys = await clinicianKey();
      const code = await signPlan(clean, keys);
      const link = rxLink(this.appUrl || location.href, code);
      this.made = { link, version: rxQr(link).version, keyId: await clinicianKeyId(keys), rx: clean };
      this.problem = '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="result"] h3')?.focus();
    } catch (error) {
      this.problem = error instanceof RxError ? error.message : `The link could not be made: ${String(error)}`;
    } finally {
      this.working = false;
    }
  }

  async #copy() {
    if (!this.made) return;
    try {
      await navigator.clipboard.writeText(this.made.link);
      this.problem = '';
    } catch {
      this.problem = 'Copying was not allowed here: select the link and copy it.';
    }
  }

  #print() {
    const made = this.made;
    if (!made || !this.library) return;
    const qr = rxQr(made.link).code.toDataURL({ ...QR_COLOURS, scale: 8 });
    void printDocument(planPrintHtml(this.library, made.rx, made.link, qr, made.keyId), 'Plan to print');
  }

  #renderItem(item: PrescribedItem, index: number) {
    const e = this.library!.exerciseById(item.id)!;
    const label = (what: string) => `${e.name}: ${what}`;
    const held = e.dosage.holdS > 0;
    const L = RX_LIMITS;
    return html`<tr>
      <td class="name">${e.name}</td>
      <td><label><span class="field sr-only">Sets</span><input type="number" min=${L.sets[0]} max=${L.sets[1]} .value=${String(item.sets)} aria-label=${label('sets')} @change=${(ev: Event) => this.#editItem(index, { sets: this.#number(ev) })} /></label></td>
      <td><label><span class="field sr-only">Reps</span><input type="number" min=${L.reps[0]} max=${L.reps[1]} .value=${String(item.reps)} aria-label=${label('reps')} @change=${(ev: Event) => this.#editItem(index, { reps: this.#number(ev) })} /></label></td>
      <td>
        ${
          held
            ? html`<label><span class="field sr-only">Hold s</span><input type="number" min="1" max=${L.holdS[1]} .value=${String(item.holdS)} aria-label=${label('hold, seconds')} @change=${(ev: Event) => this.#editItem(index, { holdS: this.#number(ev) })} /></label>`
            : html`<span class="muted">moving</span>`
        }
      </td>
      <td><label><span class="field sr-only">Each side</span><input type="checkbox" .checked=${item.perSide} aria-label=${label('each side')} @change=${(ev: Event) => this.#editItem(index, { perSide: (ev.target as HTMLInputElement).checked })} /></label></td>
      <td><label><span class="field sr-only">Per day</span><input type="number" min=${L.timesPerDay[0]} max=${L.timesPerDay[1]} .value=${String(item.timesPerDay)} aria-label=${label('times a day')} @change=${(ev: Event) => this.#editItem(index, { timesPerDay: this.#number(ev) })} /></label></td>
      <td class="note"><label><span class="field sr-only">Note</span><input maxlength=${L.noteChars} .value=${item.note} aria-label=${label('note')} @change=${(ev: Event) => this.#editItem(index, { note: (ev.target as HTMLInputElement).value })} /></label></td>
      <td><button part="button" aria-label=${`Remove ${e.name}`} @click=${() => this.#edit({ items: this.draft!.items.filter((_, i) => i !== index) })}>Remove</button></td>
    </tr>`;
  }

  #renderResult(made: Made) {
    return html`<section part="result" class="result" aria-labelledby="made">
      <h3 id="made" tabindex="-1">The link for your patient</h3>
      <canvas part="qr" role="img" aria-label=${`QR code of the link (version ${made.version})`}></canvas>
      <p class="muted">QR version ${made.version} · ${made.link.length} characters · signed with your key ${made.keyId}</p>
      <input class="link" readonly aria-label="The plan's link" .value=${made.link} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
      <div class="row">
        <button part="button" @click=${this.#copy}>Copy the link</button>
        <button part="button" @click=${this.#print}>Print with the QR code</button>
      </div>
      <p class="muted">The patient opens the link (or scans the code) in the Kneebeat app and sees what changes before accepting. The plan is in the link itself: no server stores it.</p>
    </section>`;
  }

  override render() {
    const library = this.library;
    const rx = this.draft;
    if (!library || !rx) return html`<p class="muted" role="status">Loading the exercises…</p>`;
    const chosen = new Set(rx.items.map((i) => i.id));
    const others = library.EXERCISES.filter((e) => !chosen.has(e.id));
    const run = this.customRun ? 'custom' : runChoice(rx.run);
    return html`<h2>A plan for your patient</h2>
      <p class="muted">It starts from the program as the app runs it at level ${this.level}. Change what you like; the app's safety rules still apply on the patient's side.</p>
      <div class="row">
        <label>Your name<input maxlength=${RX_LIMITS.nameChars} .value=${rx.clinician} @change=${(e: Event) => this.#edit({ clinician: (e.target as HTMLInputElement).value })} /></label>
        <label>Level
          <select @change=${(e: Event) => this.#edit({ level: Number((e.target as HTMLSelectElement).value) as Level })}>
            ${LEVELS.map((l) => html`<option value=${l} ?selected=${l === rx.level}>${l}: ${LEVEL_NAMES[l]}</option>`)}
          </select>
        </label>
        <button part="button" @click=${() => this.#startFrom(rx.level)}>Start again from this level</button>
      </div>
      <h3>Exercises, in session order (${rx.items.length})</h3>
      <table part="plan">
        <thead>
          <tr><th>Exercise</th><th>Sets</th><th>Reps</th><th>Hold</th><th>Sides</th><th>Per day</th><th>Note</th><th>Remove</th></tr>
        </thead>
        <tbody>
          ${rx.items.map((item, i) => this.#renderItem(item, i))}
        </tbody>
      </table>
      <div class="row">
        <label>Add an exercise
          <select @change=${(e: Event) => (this.adding = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.adding}>Choose…</option>
            ${others.map((e) => html`<option value=${e.id} ?selected=${e.id === this.adding}>${e.name}</option>`)}
          </select>
        </label>
        <button part="button" ?disabled=${!this.adding} @click=${this.#addExercise}>Add</button>
      </div>
      <h3>Running</h3>
      <div class="row">
        <label>Pain limit while running
          <select @change=${(e: Event) => this.#edit({ runPainLimit: Number((e.target as HTMLSelectElement).value) })}>
            ${Array.from({ length: RUN_PAIN_LIMIT + 1 }, (_, n) => html`<option value=${n} ?selected=${n === rx.runPainLimit}>${n}/10</option>`)}
          </select>
        </label>
        <label>Walk/run
          <select @change=${(e: Event) => this.#setRun((e.target as HTMLSelectElement).value)}>
            <option value="program" ?selected=${run === 'program'}>The app's plan (moves on with comfortable runs)</option>
            ${RUN_PRESETS.map((p) => html`<option value=${p.id} ?selected=${run === p.id}>${p.name}</option>`)}
            <option value="custom" ?selected=${run === 'custom'}>Your own intervals</option>
          </select>
        </label>
        ${typeof rx.run === 'object' && run === 'custom' ? this.#renderIntervals(rx.run) : nothing}
        <label>Tempo, steps/min (empty: the app's cadence plan)
          <input type="number" min=${RX_LIMITS.cadence[0]} max=${RX_LIMITS.cadence[1]} .value=${rx.cadence === null ? '' : String(rx.cadence)}
            @change=${(e: Event) => {
              const value = (e.target as HTMLInputElement).value;
              this.#edit({ cadence: value === '' ? null : Number(value) });
            }} />
        </label>
      </div>
      ${this.problem ? html`<p class="message" role="alert">${this.problem}</p>` : nothing}
      <button part="button" class="primary" ?disabled=${this.working} @click=${this.#make}>Make the link and QR code</button>
      ${this.made ? this.#renderResult(this.made) : nothing}`;
  }

  #renderIntervals(plan: IntervalPlan) {
    const set = (change: Partial<IntervalPlan>) => this.#edit({ run: { ...plan, ...change } });
    return html`<label>Run s<input type="number" min="1" max="3600" .value=${String(plan.runS)} @change=${(e: Event) => set({ runS: this.#number(e) })} /></label>
      <label>Walk s<input type="number" min="1" max="3600" .value=${String(plan.walkS)} @change=${(e: Event) => set({ walkS: this.#number(e) })} /></label>
      <label>Repeats<input type="number" min="1" max="30" .value=${String(plan.repeats)} @change=${(e: Event) => set({ repeats: this.#number(e) })} /></label>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-clinician': KneeClinician;
  }
}
