import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LEVEL_NAMES, LEVELS, type BodyArea } from '../../content/types.js';
import { CLICK_SOUNDS } from '../../src/audio/click-sounds.js';
import { MAIN_VIEWS, neighbourView, parseRoute, routeHash, type MainView, type Route } from '../../src/app/routes.js';
import { loadSettings, saveSettings, type AppSettings } from '../../src/app/settings.js';
import { loadLibrary, type Library } from '../../src/program/load-library.js';
import type { KneeLatencyChangeEvent } from '../knee-latency-check/latency-events.js';
import '../knee-session-log/knee-session-log.js';
import '../knee-today/knee-today.js';
import { appStyles } from './knee-app.styles.js';

/**
 * Elements of the other views load when their view is first shown (Today, the default, comes
 * with the app), which keeps the app's first load small.
 */
const VIEW_MODULES: Partial<Record<Route['view'], () => Promise<unknown>>> = {
  run: () => import('../knee-metronome/knee-metronome.js'),
  exercise: () => import('../knee-exercise/knee-exercise.js'),
  history: () => import('../knee-history/knee-history.js'),
  settings: () => import('../knee-latency-check/knee-latency-check.js'),
};

const TITLES: Record<Route['view'], string> = {
  today: 'Today',
  run: 'Run',
  exercises: 'Exercises',
  exercise: 'Exercise',
  history: 'History',
  settings: 'Settings',
};
const AREAS: BodyArea[] = ['quadriceps', 'hip', 'glutes', 'hamstrings', 'calves', 'it-band', 'hip-flexors', 'balance', 'whole-leg'];
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
/** The on/off settings, in the order shown. */
const SWITCHES: [key: 'haptic' | 'voice' | 'keepAwake', text: string][] = [
  ['haptic', 'Vibration cues'],
  ['voice', 'Spoken cues'],
  ['keepAwake', 'Keep the screen on while running'],
];

/**
 * The Kneebeat app: Today, Run, Exercises and History views (and Settings), each with a deep
 * link (`#/run`, `#/exercise/quad-set`), in three layouts from one code base — watch (≤ 240
 * px, dark, one view at a time, a sideways swipe, Left/Right arrow keys or turning the crown
 * past a view's end move between views), phone (tab bar at
 * the bottom) and desktop (tabs on top). Every session finished anywhere in it is stored.
 *
 * @summary The whole app.
 */
@customElement('knee-app')
export class KneeApp extends LitElement {
  static override styles = appStyles;

  @state() private route: Route = parseRoute(location.hash);
  @state() private settings: AppSettings = loadSettings();
  @state() private library: Library | null = null;
  /** On a watch the library filters fold away behind a button; this opens them. */
  @state() private filtersOpen = false;
  #touchX: number | null = null;
  #wheel = { travel: 0, at: 0 };
  /** Passive: it never stops the scroll, so the browser need not wait for it. */
  readonly #wheelListener = { handleEvent: (event: WheelEvent) => this.#onWheel(event), passive: true };

  readonly #onHash = () => {
    this.route = parseRoute(location.hash);
  };

  protected override willUpdate() {
    void VIEW_MODULES[this.route.view]?.();
  }

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
    void loadLibrary().then((library) => (this.library = library));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
  }

  /** Laid out as a watch: the only layout whose gestures and keys move between views. */
  get #isWatch() {
    return this.getBoundingClientRect().width <= WATCH_MAX;
  }

  #go(view: MainView) {
    location.hash = routeHash({ view });
  }

  /**
   * Watch navigation by keyboard: Left/Right arrows. (The rotary crown scrolls; see #onWheel.)
   */
  #onKeydown(event: KeyboardEvent) {
    if (!this.#isWatch) return;
    const target = event.composedPath()[0] as Element;
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      if (this.route.view === 'run') return; // the metronome uses arrows for its tempo
      event.preventDefault();
      this.#go(neighbourView(this.route.view, event.key === 'ArrowRight' ? 1 : -1));
    }
  }

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

  #renderExercises(route: Extract<Route, { view: 'exercises' | 'today' | 'run' | 'history' | 'settings' }>) {
    const library = this.library;
    if (!library) return html`<p role="status">Loading…</p>`;
    const list = library.EXERCISES.filter(
      (e) => (!route.level || e.level === route.level || (route.level && e.level === 'daily')) && (!route.area || e.areas.includes(route.area as BodyArea)),
    );
    const setFilter = (level: number | undefined, area: string | undefined) => {
      location.hash = routeHash({ view: 'exercises', ...(level ? { level } : {}), ...(area ? { area } : {}) });
    };
    return html`<button
        class="filter-toggle"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >
        Filter${route.level || route.area ? ' (on)' : ''}
      </button>
      <div class="filters ${this.filtersOpen ? 'open' : ''}" id="filters">
        <label
          >Level
          <select @change=${(e: Event) => setFilter(Number((e.target as HTMLSelectElement).value) || undefined, route.area)}>
            <option value="" ?selected=${!route.level}>All</option>
            ${LEVELS.map((l) => html`<option value=${l} ?selected=${route.level === l}>${l}: ${LEVEL_NAMES[l]}</option>`)}
          </select>
        </label>
        <label
          >Body area
          <select @change=${(e: Event) => setFilter(route.level, (e.target as HTMLSelectElement).value || undefined)}>
            <option value="" ?selected=${!route.area}>All</option>
            ${AREAS.map((a) => html`<option value=${a} ?selected=${route.area === a}>${a.replace('-', ' ')}</option>`)}
          </select>
        </label>
      </div>
      <ul class="library" aria-label="Exercises">
        ${list.map(
          (e) => html`<li>
            <a href=${routeHash({ view: 'exercise', id: e.id })}
               ><span class="name">${e.name}</span><small>${library.describeDosage(e.dosage)} · ${e.level === 'daily' ? 'daily stretch' : `level ${e.level}`}</small></a
            >
          </li>`,
        )}
      </ul>`;
  }

  #renderSettings() {
    const s = this.settings;
    return html`<form class="settings" @submit=${(e: Event) => e.preventDefault()}>
      <label
        >Metronome sound
        <select @change=${(e: Event) => this.#update({ sound: (e.target as HTMLSelectElement).value as AppSettings['sound'] })}>
          ${CLICK_SOUNDS.map((sound) => html`<option value=${sound} ?selected=${s.sound === sound}>${sound}</option>`)}
        </select>
      </label>
      <label
        >Volume
        <input
          type="range"
          min="0"
          max="1"
          step="0.05"
          .value=${String(s.volume)}
          aria-valuetext=${`${Math.round(s.volume * 100)} percent`}
          @change=${(e: Event) => this.#update({ volume: Number((e.target as HTMLInputElement).value) })}
        />
      </label>
      ${SWITCHES.map(
        ([key, text]) =>
          html`<label class="check"
            ><input type="checkbox" .checked=${s[key]} @change=${(e: Event) => this.#update({ [key]: (e.target as HTMLInputElement).checked })} />
            ${text}</label
          >`,
      )}
      <fieldset class="latency">
        <legend>Bluetooth headphones</legend>
        <p class="note">They play each click a little late; the metronome's flash and vibration wait as long, so all three land together.</p>
        <knee-latency-check
          latency=${s.latency}
          sound=${s.sound}
          volume=${s.volume}
          @knee-latency-change=${(e: KneeLatencyChangeEvent) => this.#update({ latency: e.latency })}
        ></knee-latency-check>
      </fieldset>
    </form>`;
  }

  #renderView(route: Route) {
    const s = this.settings;
    switch (route.view) {
      case 'today':
        return html`<knee-today></knee-today>`;
      case 'run':
        return html`<knee-metronome
          plan
          sound=${s.sound}
          volume=${s.volume}
          latency=${s.latency}
          ?haptic=${s.haptic}
          ?keep-awake=${s.keepAwake}
          exercise="run-cadence"
        ></knee-metronome>`;
      case 'exercises':
        return this.#renderExercises(route);
      case 'exercise':
        return html`<a class="back" href="#/exercises">← All exercises</a>
          <knee-exercise exercise=${route.id} ?haptic=${s.haptic} ?voice=${s.voice}></knee-exercise>`;
      case 'history':
        return html`<knee-history></knee-history>`;
      case 'settings':
        return this.#renderSettings();
    }
  }

  override render() {
    const route = this.route;
    const current = route.view === 'exercise' ? 'exercises' : route.view;
    return html`<div class="shell" @keydown=${this.#onKeydown} @touchstart=${this.#onTouchStart} @touchend=${this.#onTouchEnd} @wheel=${this.#wheelListener}>
      <main data-view=${route.view}>
        <h1>${TITLES[route.view]}</h1>
        <knee-session-log>${this.#renderView(route)}</knee-session-log>
        <p class="watch-hint">Swipe or turn the crown for other views</p>
      </main>
      <nav aria-label="Views">
        ${[...MAIN_VIEWS, 'settings' as const].map(
          (view) => html`<a href=${routeHash({ view })} aria-current=${current === view ? 'page' : nothing}>${TITLES[view]}</a>`,
        )}
      </nav>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-app': KneeApp;
  }
}
