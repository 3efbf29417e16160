import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { describePlan } from '../../src/run/run-plan.js';
import { runToFit } from '../../src/run/run-fit.js';
import { runToTcx } from '../../src/run/run-tcx.js';
import type { CadenceSessionRecord, SessionRecord } from '../../src/session-record.js';
import type { EpochMs } from '../../src/units.js';
import { dateStamp, downloadBlob, downloadText, fileTimeStamp } from '../shared/download.js';
import { sessionStore, type ImportReport, type SessionStore } from '../../src/store/session-store.js';
import { dayKey, heatMap, painTrend, summarize } from '../../src/store/stats.js';
import { StoreError } from '../../src/store/store-error.js';
import { baseStyles } from '../shared/base-styles.js';
import { formStyles } from '../shared/form-styles.js';
import { printDocument } from '../shared/print-frame.js';
import { fhirFile, REPORT_WEEKS, reportDocument, shareOrDownload, type ReportWeeks } from './physio-share.js';
import { cadenceChart, heatMapChart, painChart } from './history-charts.js';
import { historyStyles } from './knee-history.styles.js';

const PAGE = 30;
/** Runs the cadence chart shows, the latest: enough to see a trend, few enough to draw at once. */
const CHART_RUNS = 60;
const PAIN_DAYS = 28;
/** Records loaded up front: enough for the heat map (8 whole weeks) and the pain chart. */
const RECENT_MS = 60 * 86_400_000;
const KIND_NAMES = { cadence: 'Run', hold: 'Holds', routine: 'Routine' } as const;

const timeFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const titleCase = (id: string) => id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

/**
 * The session log at a glance: streak and today's sessions, an 8-week heat map of the days
 * with sessions, the pain before/after trend, every session with its details, and export (JSON
 * and CSV), import and clear. On a watch-sized element (< 300 px) only the summary shows.
 *
 * Reads the device's session log (IndexedDB) and updates when this or another tab adds to it.
 *
 * @summary Streaks, adherence calendar, pain trend and session list, with export and import.
 *
 * @csspart heat-map - The 8-week heat map (SVG).
 * @csspart pain-chart - The pain trend chart (SVG).
 * @csspart cadence-chart - Cadence across runs: target and measured (SVG).
 * @csspart button - Export, import and clear buttons, a run's Save FIT and Save TCX, and the physio report's Print and Share.
 *
 * @cssprop --knee-heat-0 - Heat-map cell with no session (default #e3e8e6; dark #1f2624).
 * @cssprop --knee-heat-1 - One session (default #8fd1b6; dark #1d5a45).
 * @cssprop --knee-heat-2 - Two sessions (default #2f9e76).
 * @cssprop --knee-heat-3 - Three or more (default #006b4f; dark #37d39a).
 * @cssprop --knee-accent - Pain-after line, focus ring (default #006b4f; dark #37d39a).
 * @cssprop --knee-fg - Text colour (default #111; dark #f2f2f2).
 * @cssprop --knee-muted - Secondary text, pain-before line (default #444; dark #c4c4c4).
 * @cssprop --knee-warning - Errors and the pain limit line (default #b00020; dark #ff8a80).
 */
@customElement('knee-history')
export class KneeHistory extends LitElement {
  static override styles = [baseStyles, formStyles, historyStyles];

  /** Where sessions are read from (default: the app's log, database `kneebeat`). */
  @property({ attribute: false }) store: SessionStore = sessionStore;

  /** Start times of every session (from the store's keys): streaks and the heat map. */
  @state() private times: EpochMs[] = [];
  /** Records of the last 60 days, or all of them once the user asked for more. */
  @state() private records: SessionRecord[] = [];
  #allLoaded = false;
  @state() private loaded = false;
  @state() private skipped = 0;
  @state() private shown = PAGE;
  @state() private problem = '';
  @state() private report = '';
  /** The period the physio report and its data cover. */
  @state() private reportWeeks: ReportWeeks = 4;

  @query('dialog') private confirmDialog!: HTMLDialogElement;
  @query('input[type="file"]') private fileInput!: HTMLInputElement;

  #unsubscribe: (() => void) | null = null;
  /** Newest load wins when changes arrive quickly. */
  #loadNumber = 0;

  /** Resolves once the first read of the log has been rendered. */
  get ready(): Promise<boolean> {
    return this.#ready.then(() => this.updateComplete);
  }
  #ready: Promise<void> = Promise.resolve();

  override connectedCallback() {
    super.connectedCallback();
    this.#unsubscribe = this.store.onChange(() => void this.reload());
    this.#ready = this.reload();
    // After the first render: check the start-time index against the sessions (a rebuild
    // announces a change, which reloads the figures).
    void this.#ready.then(() => this.store.verifyIndex()).catch(() => undefined);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = null;
  }

  /**
   * Reads the log again: every start time (keys only, cheap) and the records of the last 60
   * days — or all records, once the user has asked to see older ones.
   */
  async reload(): Promise<void> {
    const number = ++this.#loadNumber;
    try {
      const [times, { records, skipped }] = await Promise.all([
        this.store.startTimes(),
        this.store.list(this.#allLoaded ? {} : { from: Date.now() - RECENT_MS }),
      ]);
      if (number !== this.#loadNumber) return;
      this.times = times;
      this.records = records;
      this.skipped = skipped;
      this.problem = '';
    } catch (error) {
      if (number !== this.#loadNumber) return;
      this.problem = `Your history could not be read. ${StoreError.from(error).message}`;
    }
    this.loaded = true;
  }

  /** Loads every record (older ones are read only when asked for). */
  async #loadAll() {
    if (!this.#allLoaded) {
      this.#allLoaded = true;
      await this.reload();
    }
  }

  async #showMore() {
    await this.#loadAll();
    this.shown += PAGE;
  }

  async #export(kind: 'json' | 'csv') {
    let file: Blob;
    try {
      // JSON keeps every stored record as it is, readable or not (a newer version's records),
      // so Export then Clear never loses one; CSV lists the sessions this version can read.
      // Made off the page's main thread: a large log takes seconds.
      this.report = 'Preparing the file…';
      file = await this.store.exportFile(kind);
      this.report = '';
    } catch (error) {
      this.report = '';
      this.problem = StoreError.from(error).message;
      return;
    }
    downloadBlob(file, `kneebeat-sessions-${dateStamp()}.${kind}`);
  }

  /** A run as a file for Garmin Connect (FIT) or Strava and other logs (TCX), offered for download. */
  async #saveRun(record: CadenceSessionRecord, format: 'fit' | 'tcx') {
    const name = `kneebeat-run-${fileTimeStamp(record.startedAt)}.${format}`;
    try {
      if (format === 'fit') downloadBlob(new Blob([(await runToFit(record)) as Uint8Array<ArrayBuffer>], { type: 'application/vnd.ant.fit' }), name);
      else downloadText(runToTcx(record), name, 'application/vnd.garmin.tcx+xml');
    } catch (error) {
      // Garmin's encoder is fetched the first time a FIT file is made (and kept): offline before
      // that, it is not there. TCX needs nothing fetched.
      const notFetched = error instanceof TypeError && /import|fetch/i.test(error.message);
      this.problem = notFetched
        ? 'The FIT file could not be made: its encoder is fetched the first time it is used, and it could not be fetched. Try again online, or use Save TCX, which works offline.'
        : `The ${format.toUpperCase()} file could not be made (${error instanceof Error ? error.message : String(error)}).`;
    }
  }

  /** The physio report for the chosen weeks, printed on its own (or saved as PDF from the print dialog). */
  async #printReport() {
    try {
      await printDocument(await reportDocument(this.store, this.reportWeeks));
    } catch (error) {
      this.problem = `The report could not be made. ${StoreError.from(error).message}`;
    }
  }

  /** The same weeks as a FHIR R4 Bundle, to the share sheet or a download. */
  async #shareData() {
    try {
      const how = await shareOrDownload(await fhirFile(this.store, this.reportWeeks), 'Kneebeat data for my physiotherapist');
      this.report = how === 'downloaded' ? 'The data file (FHIR) was saved to your downloads.' : how === 'shared' ? 'The data file (FHIR) was shared.' : '';
    } catch (error) {
      this.problem = `The data file could not be made. ${StoreError.from(error).message}`;
    }
  }

  async #import() {
    const file = this.fileInput.files?.[0];
    this.fileInput.value = '';
    if (!file) return;
    try {
      this.report = 'Importing…';
      const report = await this.store.importJSON(file, {
        onProgress: (written, total) => (this.report = `Importing… ${written.toLocaleString()} of ${total.toLocaleString()} sessions`),
      });
      this.report = describeImport(report);
      this.problem = '';
    } catch (error) {
      // A refused file: the reason, and nothing left saying it is still importing.
      this.report = '';
      this.problem = StoreError.from(error).message;
    }
  }

  async #clear() {
    this.confirmDialog.close();
    try {
      await this.store.clear();
      this.report = 'All sessions were deleted from this device.';
    } catch (error) {
      this.problem = StoreError.from(error).message;
    }
  }

  #renderSession(r: SessionRecord) {
    const what = r.exerciseId ? titleCase(r.exerciseId) : KIND_NAMES[r.kind];
    const duration = durationWords((r.endedAt - r.startedAt) / 1000);
    return html`<li>
      <details>
        <summary>${timeFormat.format(r.startedAt)} · ${what}${r.complete ? '' : ' (partial)'}</summary>
        <dl>
          <dt>Kind</dt>
          <dd>${KIND_NAMES[r.kind]}</dd>
          <dt>Duration</dt>
          <dd>${duration}</dd>
          ${
            r.kind === 'cadence'
              ? html`<dt>Cadence</dt>
                <dd>${r.done.bpm} steps/min, ${r.done.beats} beats</dd>
                ${
                  r.planned.intervals
                    ? html`<dt>Plan</dt>
                      <dd>${describePlan(r.planned.intervals)}: ${r.done.segmentsDone ?? 0} of ${r.planned.intervals.repeats * 2} parts</dd>`
                    : nothing
                }`
              : nothing
          }
          ${
            r.kind === 'hold'
              ? html`<dt>Reps</dt>
                <dd>${r.done.reps.map((sides) => sides.join(' / ')).join(', ')} of ${r.planned.reps} × ${r.planned.holdS} s</dd>
                <dt>Time held</dt>
                <dd>${Math.round(r.done.timeUnderTensionS)} s</dd>`
              : nothing
          }
          ${
            r.kind === 'routine'
              ? html`<dt>Done</dt>
                <dd>${r.done.exerciseIds.length} of ${r.planned.exerciseIds.length} exercises</dd>`
              : nothing
          }
          ${
            r.pain
              ? html`<dt>Pain</dt>
                <dd>before ${r.pain.before ?? '–'}, after ${r.pain.after ?? '–'}</dd>`
              : nothing
          }
        </dl>
        ${
          r.kind === 'cadence'
            ? html`<p class="muted small" id=${`files-${r.id}`}>For Garmin Connect, Strava and other training logs (both take either file):</p>
              <div class="actions" role="group" aria-labelledby=${`files-${r.id}`}>
                <button part="button" @click=${() => void this.#saveRun(r, 'fit')}>Save FIT</button>
                <button part="button" @click=${() => void this.#saveRun(r, 'tcx')}>Save TCX</button>
              </div>`
            : nothing
        }
      </details>
    </li>`;
  }

  override render() {
    if (!this.loaded) return html`<p class="muted" role="status">Loading your history…</p>`;
    const now = Date.now();
    const s = summarize(this.times, now);
    const total = this.times.length;
    const newest = [...this.records].reverse().slice(0, this.shown);
    return html`
      <div class="summary" role="group" aria-label="Summary">
        <div class="figure"><b>${s.currentStreak}</b><span>day streak</span></div>
        <div class="figure"><b>${s.today}</b><span>today</span></div>
        <div class="figure roomy"><b>${Math.round(s.adherence7 * 7)}/7</b><span>days this week</span></div>
        <div class="figure roomy"><b>${s.bestStreak}</b><span>best streak</span></div>
      </div>
      ${this.problem ? html`<p class="message" role="alert">${this.problem}</p>` : nothing}
      <p class="report" role="status">${this.report}</p>
      <div class="roomy">
        ${heatMapChart(heatMap(this.times, now))}
        ${painChart(painTrend(this.records, now, PAIN_DAYS), PAIN_DAYS, dayKey(now))}
        ${cadenceChart(this.records.filter((r): r is CadenceSessionRecord => r.kind === 'cadence').slice(-CHART_RUNS))}
        <h2>Share with my physio</h2>
        <p class="muted small">
          A one-page report — exercises, pain by week, runs, warning signs — to print or save as a PDF, and the same data as a file for a clinic's record system (FHIR). Nothing
          is sent: you choose where it goes.
        </p>
        <div class="actions">
          <label
            >Period
            <select
              @change=${(e: Event) => (this.reportWeeks = Number((e.target as HTMLSelectElement).value) as ReportWeeks)}
            >
              ${REPORT_WEEKS.map((w) => html`<option value=${w} ?selected=${w === this.reportWeeks}>last ${w} weeks</option>`)}
            </select>
          </label>
          <button part="button" ?disabled=${!total} @click=${() => void this.#printReport()}>Print report</button>
          <button part="button" ?disabled=${!total} @click=${() => void this.#shareData()}>Share data (FHIR)</button>
        </div>
        <h2 id="sessions">Sessions (${total})</h2>
        ${
          this.skipped
            ? html`<p class="muted small">${this.skipped} stored ${this.skipped === 1 ? 'session' : 'sessions'} could not be read and ${this.skipped === 1 ? 'is' : 'are'} not shown.</p>`
            : nothing
        }
        ${
          total
            ? html`<ul>
              ${newest.map((r) => this.#renderSession(r))}
            </ul>`
            : html`<p class="muted">No sessions yet. They appear here when you finish one.</p>`
        }
        ${total > Math.min(this.shown, this.records.length) ? html`<button part="button" @click=${() => void this.#showMore()}>Show more</button>` : nothing}
        <h2>Export and import</h2>
        <div class="actions">
          <button part="button" ?disabled=${!total} @click=${() => void this.#export('json')}>Export JSON</button>
          <button part="button" ?disabled=${!total} @click=${() => void this.#export('csv')}>Export CSV</button>
          <button part="button" @click=${() => this.fileInput.click()}>Import…</button>
          <input type="file" accept="application/json,.json" hidden aria-label="Import a Kneebeat export" @change=${this.#import} />
          <button part="button" ?disabled=${!total} @click=${() => this.confirmDialog.showModal()}>Clear…</button>
        </div>
      </div>
      <dialog aria-labelledby="confirm-title">
        <!-- showModal() focuses the first button, Cancel: the safe choice. -->
        <p id="confirm-title">Delete all ${total} sessions from this device? This cannot be undone. Export them first to keep a copy.</p>
        <div class="actions">
          <button part="button" @click=${() => this.confirmDialog.close()}>Cancel</button>
          <button part="button" class="danger" @click=${() => void this.#clear()}>Delete all</button>
        </div>
      </dialog>
    `;
  }
}

function describeImport(report: ImportReport): string {
  const parts = [`Imported ${report.added} ${report.added === 1 ? 'session' : 'sessions'}`];
  if (report.duplicates) parts.push(`${report.duplicates} already here`);
  if (report.rekeyed) parts.push(`${report.rekeyed} given an id that matches their date`);
  if (report.rejected) parts.push(`${report.rejected} rejected (${report.reasons.slice(0, 3).join('; ')})`);
  return `${parts.join(', ')}.`;
}

/** A session's length as said: "4 s", "1 min 20 s", "35 min" (a few seconds are not "1 min"). */
export function durationWords(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 10 && s % 60 ? `${m} min ${s % 60} s` : `${Math.round(s / 60)} min`;
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-history': KneeHistory;
  }
}
