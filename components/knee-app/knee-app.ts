import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Level } from '../../content/types.js';
import { WATCH_CYCLE, neighbourView, parseRoute, routeHash, type CycleView, type Route } from '../../src/app/routes.js';
import { loadSettings, saveSettings, type AppSettings } from '../../src/app/settings.js';
import { isBodyArea, isLevel } from '../../src/program/library-filter.js';
import { loadProgram, saveProgram, type ProgramState } from '../../src/program/program-state.js';
import { DEFAULT_BPM, RUN_PAIN_LIMIT } from '../../src/program/limits.js';
import type { RunOutcome } from '../../src/program/history.js';
import { loadLibrary, type Library } from '../../src/program/load-library.js';
import { describePlan, type IntervalPlan } from '../../src/run/run-plan.js';
import { sessionStore } from '../../src/store/session-store.js';
import type { KneeSessionEvent } from '../../src/session-record.js';
import type { KneeLibraryFilterEvent } from '../knee-library/library-events.js';
import type { KneeSettingsChangeEvent } from '../knee-settings/settings-events.js';
import type { KneeMetronomeChangeEvent, KneeMetronomeMeasureEvent } from '../knee-metronome/metronome-events.js';
import type { KneeLevelChangeEvent } from '../knee-today/today-events.js';
import type { KneeRunPlanChangeEvent } from '../knee-run/run-events.js';
import { nowPlaying } from './now-playing.js';
import type { AcceptedPlan } from '../../src/rx/rx-store.js';
import type { KneePrescriptionEvent } from '../knee-prescription/prescription-events.js';
import type { ActivityHandle } from '../../src/activity/registry.js';
import type { KneeActivityRequestEvent } from '../../src/activity/request-event.js';
import type { KneeSessionLog } from '../knee-session-log/knee-session-log.js';
import '../knee-session-log/knee-session-log.js';
import '../knee-today/knee-today.js';
import { appStyles } from './knee-app.styles.js';

/**
 * Elements of the other views load when their view is first shown (Today, the default, comes
 * with the app), which keeps the app's first load small.
 */
const VIEW_MODULES: Partial<Record<Route['view'], () => Promise<unknown>>> = {
  run: () => import('../knee-run/knee-run.js'),
  exercise: () => import('../knee-exercise/knee-exercise.js'),
  history: () => import('../knee-history/knee-history.js'),
  exercises: () => import('../knee-library/knee-library.js'),
  settings: () => import('../knee-settings/knee-settings.js'),
  clinician: () => import('../knee-clinician/knee-clinician.js'),
  rx: () => import('../knee-prescription/knee-prescription.js'),
};

const TITLES: Record<Route['view'], string> = {
  today: 'Today',
  run: 'Run',
  exercises: 'Exercises',
  exercise: 'Exercise',
  history: 'History',
  settings: 'Settings',
  clinician: 'For clinicians',
  rx: "Your physio's plan",
};
/** The watch layout's largest width (px), as in the styles' `@container (max-width: 240px)`. */
const WATCH_MAX = 240;
const SWIPE = 50;
/**
 * Wheel travel (px) past the end of a view's scroll that turns to the next view: a couple of
 * crown detents, so reaching the end of a list does not flip the view by itself.
 */
const WHEEL_TURN = 150;
/** A pause this long (ms) in the wheel starts a new turn. */
const WHEEL_PAUSE = 400;

/** The view a route shows, as a key: views that host activities are kept by it while they run. */
const viewKey = (route: Route) => (route.view === 'exercise' ? `exercise/${route.id}` : route.view);
const routeOfKey = (key: string): Route => parseRoute(`#/${key}`);

/**
 * The Kneebeat app: Today, Run, Exercises and History views (and Settings), each with a deep
 * link (`#/run`, `#/exercise/quad-set`), in three layouts from one code base — watch (≤ 240
 * px, dark, one view at a time, a sideways swipe, Left/Right arrow keys or turning the crown
 * past a view's end move between views), phone (tab bar at
 * the bottom) and desktop (tabs on top). Every session finished anywhere in it is stored.
 *
 * The app owns the settings and the program state (level, cadence baseline) and passes them
 * down; elements ask for changes with events. A running activity (a beat, a hold set, a rep
 * count) outlives its view like music in a player: its view stays alive, hidden, and the
 * other views show a "now playing" strip that leads back; only Stop ends it.
 *
 * @summary The whole app.
 *
 * @csspart now-playing - The strip of an activity running in another view (what, elapsed time, Pause/Stop).
 */
@customElement('knee-app')
export class KneeApp extends LitElement {
  static override styles = appStyles;

  @state() private route: Route = parseRoute(location.hash);
  @state() private settings: AppSettings = loadSettings();
  @state() private program: ProgramState = loadProgram();
  /**
   * The clinician's plan the user accepted (from `#/rx/…`), or null: the program's own;
   * undefined until read (it loads on demand, beside the library, to keep the first load small).
   */
  @state() private physioPlan: AcceptedPlan | null | undefined = undefined;
  /** The runs of the last weeks, as the running rules read them (the walk/run and cadence plans). */
  @state() private runs: RunOutcome[] = [];
  /** The program's rules, loaded with the library (on demand). */
  @state() private library: Library | null = null;
  /** The session log around the views: its registry of running activities is the one the strip reads. */
  @query('knee-session-log') private log!: KneeSessionLog | null;
  /**
   * A new version is waiting: calling this applies it (the page's service-worker script sets
   * it, see app.js).
   */
  @property({ attribute: false }) updateReady: (() => void) | null = null;
  /** A new version took over in another tab while an activity runs here: it loads when the activity ends. */
  @state() private updateWaits = false;
  /** Views kept in the page, in the order they were first shown (never reordered: a move would restart them). */
  #mounted: string[] = [];
  #tick = 0;
  #touchX: number | null = null;
  #wheel = { travel: 0, at: 0 };
  /** Passive: it never stops the scroll, so the browser need not wait for it. */
  readonly #wheelListener = { handleEvent: (event: WheelEvent) => this.#onWheel(event), passive: true };

  readonly #onHash = () => {
    this.route = parseRoute(location.hash);
  };

  protected override willUpdate() {
    void VIEW_MODULES[this.route.view]?.();
    // Keep the current view and every view with a running activity; drop the rest.
    const current = viewKey(this.route);
    const running = new Set(this.#running().map((a) => a.key));
    this.#mounted = this.#mounted.filter((key) => key === current || running.has(key));
    if (!this.#mounted.includes(current)) this.#mounted.push(current);
  }

  #unsubscribe: (() => void) | null = null;

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
    // On the window, not the app: from page load, before anything has focus (on a watch the
    // arrow keys or a bezel that sends them move between views at once).
    addEventListener('keydown', this.#onKeydown);
    void import('../../src/rx/rx-store.js').then((rx) => (this.physioPlan = rx.acceptedPlan()));
    this.#unsubscribe = sessionStore.onChange(() => void this.#loadRuns());
    void this.#loadRuns();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
    removeEventListener('keydown', this.#onKeydown);
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    clearInterval(this.#tick);
    this.#tick = 0;
  }

  protected override firstUpdated() {
    // One registry of running activities, the log's: the strip and the kept views follow it.
    this.log?.activities.addEventListener('change', () => this.requestUpdate());
  }

  /** True while an activity runs in the app (a beat, a set, a count, a guided session). */
  get busy(): boolean {
    return (this.log?.activities.size ?? 0) > 0;
  }

  /**
   * Resolves when a new version may load: at once when nothing runs; otherwise once it has
   * ended and the user has moved on from it (another view, or the page hidden), so neither the
   * run nor its summary and pain question is cut short. The page script waits for it.
   */
  whenIdle(): Promise<void> {
    const registry = this.log?.activities;
    if (!registry?.size) return Promise.resolve();
    this.updateWaits = true;
    return new Promise<void>((resolve) => {
      const check = () => {
        if (registry.size) return;
        registry.removeEventListener('change', check);
        resolve();
      };
      registry.addEventListener('change', check);
    }).then(
      () =>
        new Promise<void>((resolve) => {
          addEventListener('hashchange', () => resolve(), { once: true });
          document.addEventListener('visibilitychange', () => document.hidden && resolve());
        }),
    );
  }

  /** The running activities (from the log's registry), each with the view it lives in. */
  #running(): { activity: ActivityHandle; key: string }[] {
    return (this.log?.activities.list() ?? []).flatMap((activity) => {
      const key = this.#viewOf(activity.element);
      return key === null ? [] : [{ activity, key }];
    });
  }

  /** The view box (its key) an element lives in, through the shadow roots between them. */
  #viewOf(element: EventTarget): string | null {
    let node: Node | null = element instanceof Node ? element : null;
    while (node) {
      if (node instanceof HTMLElement && node.classList.contains('view') && node.getRootNode() === this.renderRoot) return node.dataset['view'] ?? null;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return null;
  }

  /** Running activities whose view is not the one shown: the strip shows them. */
  get #away(): { activity: ActivityHandle; key: string }[] {
    const current = viewKey(this.route);
    return this.#running().filter((a) => a.key !== current);
  }

  /** Pause, Resume or Stop from the strip: handed to the activity, which answers it. */
  #onRequest(event: KneeActivityRequestEvent) {
    if (event.atOwner) return;
    event.stopPropagation();
    this.log?.activities.request(event.id, event.action);
  }

  protected override updated() {
    // The strip's clock: once a second while an activity runs out of sight, not otherwise.
    const showing = this.#away.length > 0;
    if (showing && !this.#tick) this.#tick = window.setInterval(() => this.requestUpdate(), 1000);
    if (!showing && this.#tick) {
      clearInterval(this.#tick);
      this.#tick = 0;
    }
  }

  /** Reads the runs the running rules need (and their pain scores and next mornings). */
  async #loadRuns() {
    try {
      const library = (this.library ??= await loadLibrary());
      const stored = await library.readStoredProgram(sessionStore, Date.now());
      this.runs = library.historyOf(stored, stored.today).runs;
    } catch {
      // Storage not answering: the plans start from their first step until it does.
    }
  }

  /** A session was recorded. */
  #onSession(event: KneeSessionEvent) {
    // A run chosen for this once is done: the walk/run plan goes on from it.
    if (event.record.kind === 'cadence' && this.settings.runPlan) this.#update({ runPlan: null });
  }

  #updateProgram(change: Partial<ProgramState>) {
    this.program = { ...this.program, ...change };
    saveProgram(this.program);
  }

  /**
   * The Run view's tempo and where it comes from: this step of the cadence plan (which moves on
   * with comfortable runs), or a common default until the user taps along to measure their
   * own; a tempo the user chose instead is kept, with the plan's offered back.
   */
  get #runTarget(): { bpm: number; note: string; planBpm: number } {
    const { baselineCadence, baselineAt } = this.program;
    const plan = baselineCadence === null || !this.library ? null : this.library.cadencePlan(baselineCadence, baselineAt ?? Date.now(), this.runs);
    const prescribed = this.physioPlan?.rx.cadence ?? null;
    const planBpm = prescribed ?? plan?.target ?? DEFAULT_BPM;
    const note =
      prescribed !== null
        ? `From your physio, ${this.physioPlan!.rx.clinician}: ${prescribed} steps a minute.`
        : plan
          ? plan.message
          : 'A common target. Tap along on a run to measure your own cadence.';
    const own = this.settings.runBpm;
    if (own !== null && own !== planBpm) return { bpm: own, note: `Your own tempo, ${own}. ${note}`, planBpm };
    return { bpm: planBpm, note, planBpm: 0 };
  }

  /** The next run: the one the runner chose, or the walk/run plan's next step and why. */
  get #runPlan(): { intervals: IntervalPlan | null; note: string } {
    const rx = this.physioPlan?.rx;
    const chosen = this.settings.runPlan;
    if (rx && this.library) {
      const theirs = this.library.prescribedRun(rx, this.runs);
      if (chosen) return { intervals: chosen.intervals, note: `Your choice for this run. ${theirs.note}` };
      return theirs;
    }
    const next = this.library?.nextRun(this.runs) ?? { plan: null, reason: '' };
    if (chosen) return { intervals: chosen.intervals, note: `Your choice for this run. The plan's next step: ${describePlan(next.plan)}.` };
    return { intervals: next.plan, note: `The walk/run plan: ${next.reason}` };
  }

  /** Laid out as a watch: the only layout whose gestures and keys move between views. */
  get #isWatch() {
    return this.getBoundingClientRect().width <= WATCH_MAX;
  }

  #go(view: CycleView) {
    location.hash = routeHash({ view });
  }

  /**
   * Watch navigation by keyboard: Left/Right arrows. (The rotary crown scrolls; see #onWheel.)
   */
  readonly #onKeydown = (event: KeyboardEvent) => {
    if (!this.#isWatch || event.defaultPrevented) return;
    const target = event.composedPath()[0] as Element;
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      if (this.route.view === 'run') return; // the metronome uses arrows for its tempo
      event.preventDefault();
      this.#go(neighbourView(this.route.view, event.key === 'ArrowRight' ? 1 : -1));
    }
  };

  #onTouchStart(event: TouchEvent) {
    this.#touchX = event.touches[0]?.clientX ?? null;
  }

  #onTouchEnd(event: TouchEvent) {
    const start = this.#touchX;
    this.#touchX = null;
    const end = event.changedTouches[0]?.clientX;
    if (start === null || end === undefined || !this.#isWatch) return;
    if (Math.abs(end - start) >= SWIPE) this.#go(neighbourView(this.route.view, end < start ? 1 : -1));
  }

  /**
   * The rotary crown, where the watch's browser turns it into wheel events (as it does for a
   * scroll wheel): it scrolls the view, and turning on past the view's end (or a view that
   * does not scroll, like Run) moves to the next view, past its start to the previous one.
   */
  #onWheel(event: WheelEvent) {
    if (event.deltaY === 0 || !this.#isWatch) return;
    const page = document.scrollingElement ?? document.documentElement;
    const down = event.deltaY > 0;
    const atEnd = down ? page.scrollTop + page.clientHeight >= page.scrollHeight - 1 : page.scrollTop <= 0;
    const wheel = this.#wheel;
    if (!atEnd || event.timeStamp - wheel.at > WHEEL_PAUSE || Math.sign(wheel.travel) !== Math.sign(event.deltaY)) wheel.travel = 0;
    wheel.at = event.timeStamp;
    if (!atEnd) return;
    wheel.travel += event.deltaY;
    if (Math.abs(wheel.travel) < WHEEL_TURN) return;
    wheel.travel = 0;
    this.#go(neighbourView(this.route.view, down ? 1 : -1));
    page.scrollTop = 0;
  }

  #update(change: Partial<AppSettings>) {
    this.settings = { ...this.settings, ...change };
    saveSettings(this.settings);
  }

  #renderView(route: Route) {
    const s = this.settings;
    switch (route.view) {
      case 'today':
        // Today waits for the plan it follows: deciding the day without it could move the level.
        if (this.physioPlan === undefined) return html`<p role="status">Loading today's plan…</p>`;
        return html`<knee-today
          .level=${this.program.level}
          .prescription=${this.physioPlan?.rx ?? null}
          ?haptic=${s.haptic}
          ?voice=${s.voice}
          .volume=${s.volume}
          .audioMode=${s.audioMode}
          @knee-level-change=${(e: KneeLevelChangeEvent) => this.#updateProgram({ level: e.level as Level })}
        ></knee-today>`;
      case 'run': {
        // The plans come from the rules, loaded with the library: the screen waits the moment it takes.
        if (!this.library) return html`<p role="status">Loading the run…</p>`;
        const target = this.#runTarget;
        const plan = this.#runPlan;
        return html`<knee-run
          bpm=${target.bpm}
          target-note=${target.note}
          plan-bpm=${target.planBpm}
          plan-note=${plan.note}
          .intervals=${plan.intervals}
          sound=${s.sound}
          volume=${s.volume}
          latency=${s.latency}
          ?haptic=${s.haptic}
          ?keep-awake=${s.keepAwake}
          ?voice=${s.voice}
          audio-mode=${s.audioMode}
          pain-limit=${this.physioPlan?.rx.runPainLimit ?? RUN_PAIN_LIMIT}
          @knee-run-plan-change=${(e: KneeRunPlanChangeEvent) => this.#update({ runPlan: { intervals: e.intervals } })}
          @knee-run-plan-tempo=${() => this.#update({ runBpm: null })}
          @knee-metronome-change=${(e: KneeMetronomeChangeEvent) => this.#update({ runBpm: e.bpm })}
          @knee-metronome-measure=${(e: KneeMetronomeMeasureEvent) => this.#updateProgram({ baselineCadence: e.cadence, baselineAt: Date.now() })}
        ></knee-run>`;
      }
      case 'exercises':
        return html`<knee-library
          .level=${isLevel(route.level) ? route.level : undefined}
          .area=${isBodyArea(route.area) ? route.area : undefined}
          @knee-library-filter=${(e: KneeLibraryFilterEvent) => {
            location.hash = routeHash({ view: 'exercises', ...(e.level ? { level: e.level } : {}), ...(e.area ? { area: e.area } : {}) });
          }}
        ></knee-library>`;
      case 'exercise': {
        const prescribed = this.#prescribed(route.id);
        // The way back: above the card on a phone; on a watch below the timer, which takes
        // the round screen (the top of a page cannot be scrolled into the circle).
        return html`<a class="back roomy" href="#/exercises">← All exercises</a>
          <knee-exercise
            exercise=${route.id}
            .dosage=${prescribed?.dosage ?? null}
            .prescribedBy=${prescribed?.clinician ?? ''}
            .note=${prescribed?.note ?? ''}
            ?haptic=${s.haptic} ?voice=${s.voice} .volume=${s.volume} .audioMode=${s.audioMode}></knee-exercise>
          <a class="back compact" href="#/exercises">← All exercises</a>`;
      }
      case 'history':
        return html`<knee-history></knee-history>`;
      case 'settings':
        return html`<knee-settings
          .settings=${s}
          .physio=${this.physioPlan ? { clinician: this.physioPlan.rx.clinician, acceptedAt: this.physioPlan.acceptedAt } : null}
          @knee-settings-change=${(e: KneeSettingsChangeEvent) => this.#update(e.change)}
          @knee-prescription-stop=${() =>
            void import('../../src/rx/rx-store.js').then((rx) => {
              rx.stopFollowingPlan();
              this.physioPlan = null;
            })}
        ></knee-settings>`;
      case 'clinician':
        return html`<knee-clinician .level=${this.physioPlan?.rx.level ?? this.program.level}></knee-clinician>`;
      case 'rx':
        return html`<knee-prescription
          code=${route.code}
          .level=${this.program.level}
          @knee-prescription=${(e: KneePrescriptionEvent) => {
            if (e.plan) this.physioPlan = e.plan;
          }}
        ></knee-prescription>`;
    }
  }

  /** What the accepted plan sets for an exercise (its dosage, who, their note), or null (the library's). */
  #prescribed(id: string) {
    const rx = this.physioPlan?.rx;
    const item = rx?.items.find((i) => i.id === id);
    const e = item && this.library?.exerciseById(id);
    return rx && item && e ? { dosage: this.library!.dosageOf(item, e), clinician: rx.clinician, note: item.note } : null;
  }

  /** The current view and every view with a running activity, each in its own kept box. */
  #renderViews(route: Route) {
    const current = viewKey(route);
    return repeat(
      this.#mounted,
      (key) => key,
      (key) =>
        html`<div
          class="view"
          data-view=${key}
          ?hidden=${key !== current}
          @knee-session=${(e: KneeSessionEvent) => this.#onSession(e)}
        >
          ${this.#renderView(key === current ? route : routeOfKey(key))}
        </div>`,
    );
  }

  override render() {
    const route = this.route;
    const current = route.view === 'exercise' ? 'exercises' : route.view;
    const away = this.#away;
    return html`<div
      class="shell"
      @touchstart=${this.#onTouchStart}
      @touchend=${this.#onTouchEnd}
      @wheel=${this.#wheelListener}
      @knee-activity-request=${this.#onRequest}
    >
      <main data-view=${route.view} class=${away.length ? 'playing' : ''}>
        ${
          this.updateWaits
            ? html`<div class="update" role="status">A new version loads once what is running here has ended and you move on.</div>`
            : this.updateReady
              ? html`<div class="update" role="status">
                A new version is ready.
                <button @click=${() => this.updateReady?.()}>Reload</button>
              </div>`
              : nothing
        }
        <h1>${TITLES[route.view]}</h1>
        ${away.map(({ activity, key }) => nowPlaying(activity, routeHash(routeOfKey(key))))}
        <knee-session-log>${this.#renderViews(route)}</knee-session-log>
        <p class="watch-hint">Swipe or turn the crown for other views</p>
      </main>
      <nav aria-label="Views">
        ${WATCH_CYCLE.map((view) => html`<a href=${routeHash({ view })} aria-current=${current === view ? 'page' : nothing}>${TITLES[view]}</a>`)}
      </nav>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-app': KneeApp;
  }
}
