/**
 * The run screen's Bangle.js: the UART link, installing our watch app, and keeping the watch's
 * beat on the phone's grid (WatchBeat). The metronome reports each beat as it is heard; a beat
 * that falls where the grid said (within 2 ms) changes nothing, anything else (a start, a new
 * tempo, a resume) is sent at once. The watch's button pauses and resumes the run. Nothing here
 * renders.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Bluetooth } from '../../src/cadence/web-bluetooth.js';
import { installCommands } from '../../src/watch/install.js';
import { UartLink } from '../../src/watch/uart.js';
import { WatchBeat } from '../../src/watch/beat-link.js';
import type { Milliseconds } from '../../src/units.js';

/** Our watch app's source, beside the built scripts. */
export const loadWatchApp = async (): Promise<string> => {
  const response = await fetch(new URL('./kneebeat.app.js', import.meta.url));
  if (!response.ok) throw new Error(`the watch app could not be read (${response.status})`);
  return response.text();
};

/** What the wrist's buzz may be set to (ms): its length, and how far ahead of the beat it is asked for (the motor's start-up). */
export const WATCH_LIMITS = { buzzMs: { min: 10, max: 200, fallback: 40 }, latencyMs: { min: 0, max: 100, fallback: 0 } } as const;

export class WatchController implements ReactiveController {
  link: UartLink | null = null;
  beat: WatchBeat | null = null;
  /** Buzz every n-th beat (1, 2 or 4), the buzz's length and the motor's start-up delay (ms). */
  every = 1;
  buzzMs = 40;
  latencyMs = 20;
  /** '' · 'installing' · 'installed' · a problem in words. */
  install = '';
  /** The app on the watch answered (its `hello`). */
  appVersion: number | null = null;
  readonly #host: ReactiveControllerHost;
  readonly #onButton: () => void;
  #lastFace = '';

  constructor(host: ReactiveControllerHost, onButton: () => void) {
    this.#host = host;
    this.#onButton = onButton;
    host.addController(this);
  }

  /** Asks for the watch (call from a tap) and starts keeping its clock. */
  async connect(bluetooth?: Bluetooth): Promise<void> {
    this.disconnect();
    const link = new UartLink();
    link.online = (line) => this.#onLine(line);
    link.onchange = () => this.#host.requestUpdate();
    this.link = link;
    this.#host.requestUpdate();
    if (!(await link.connect(bluetooth))) {
      if (link.status === 'idle' && !link.message) this.link = null;
      this.#host.requestUpdate();
      return;
    }
    this.beat = new WatchBeat({
      send: (message) => void link.send(`${JSON.stringify(message)}\n`).catch(() => {}),
      now: () => performance.now(),
      setTimer: (fn, ms) => window.setTimeout(fn, ms),
      clearTimer: (id) => clearTimeout(id as number),
    });
    this.beat.start();
    this.#host.requestUpdate();
  }

  /** Writes our app to the watch and starts it (the App Loader's way). `source` for tests. */
  async installApp(source?: string): Promise<void> {
    const link = this.link;
    if (!link) return;
    this.install = 'installing';
    this.#host.requestUpdate();
    try {
      for (const line of installCommands(source ?? (await loadWatchApp()))) await link.send(line);
      this.install = 'installed';
    } catch (error) {
      this.install = `Not installed: ${(error as Error).message}`;
    }
    this.#host.requestUpdate();
  }

  /** A beat heard on the phone: the grid goes to the watch when it is not where the last one said. */
  beatHeard(heardAt: Milliseconds, bpm: number) {
    const beat = this.beat;
    if (!beat) return;
    const grid = beat.grid;
    const period = 60000 / bpm;
    const expected = grid && grid.on && grid.bpm === bpm ? grid.anchor + Math.round((heardAt - grid.anchor) / period) * period : Number.NaN;
    const moved = !(Math.abs(heardAt - expected) <= 2);
    beat.setGrid({ bpm, anchor: heardAt, every: this.every, buzzMs: this.buzzMs, latencyMs: this.latencyMs, on: true }, moved);
  }

  /** The beat paused or stopped on the phone: the wrist goes quiet. */
  quiet() {
    const grid = this.beat?.grid;
    if (grid?.on) this.beat!.setGrid({ ...grid, on: false });
  }

  /** Settings changed on the run screen (every n-th beat, length, delay; kept within WATCH_LIMITS; 0 or no number falls back to the default): sent with the grid. */
  retune(change: Partial<Pick<WatchController, 'every' | 'buzzMs' | 'latencyMs'>>) {
    for (const key of ['buzzMs', 'latencyMs'] as const) {
      const value = change[key];
      if (value === undefined) continue;
      const { min, max, fallback } = WATCH_LIMITS[key];
      change[key] = Number.isFinite(value) && value !== 0 ? Math.max(min, Math.min(max, value)) : fallback;
    }
    Object.assign(this, change);
    const grid = this.beat?.grid;
    if (grid) this.beat!.setGrid({ ...grid, every: this.every, buzzMs: this.buzzMs, latencyMs: this.latencyMs });
    this.#host.requestUpdate();
  }

  /** The watch face's words, sent when they change (once a second at most: the run screen's tick). */
  face(elapsed: string, phase: string, left: string) {
    const key = `${elapsed}|${phase}|${left}`;
    if (!this.beat || key === this.#lastFace) return;
    this.#lastFace = key;
    void this.link?.send(`${JSON.stringify({ t: 'face', e: elapsed, p: phase, r: left })}\n`).catch(() => {});
  }

  disconnect() {
    this.beat?.stop();
    this.beat = null;
    this.link?.disconnect();
    this.link = null;
    this.appVersion = null;
    this.install = '';
    this.#host.requestUpdate();
  }

  hostDisconnected() {
    this.disconnect();
  }

  #onLine(line: string) {
    let message: { t?: string; v?: number; i?: number; w?: number };
    try {
      message = JSON.parse(line) as typeof message;
    } catch {
      return; // the watch's prompt echoing, or a message not ours
    }
    if (message.t === 'btn') this.#onButton();
    else if (message.t === 'hello') {
      this.appVersion = message.v ?? null;
      this.#host.requestUpdate();
    } else {
      this.beat?.receive(message);
      this.#host.requestUpdate(); // the clock's estimate shows
    }
  }
}
