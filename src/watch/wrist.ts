/**
 * The watch on the wrist — a Bangle.js 2 running our app — one per page. Whichever view
 * connects it, it stays connected from view to view: a run, then a hold set, then the next.
 * Like the lock screen's Media Session, what it shows and what its button does belong to one
 * running activity at a time, the last to claim it. The run's beat grid and a hold set's cues go
 * to it as times on its own clock (WatchBeat keeps that clock in sight), never as "buzz now";
 * the steps it feels come back as times on the phone's clock. DOM-free apart from the page's
 * timers; nothing here renders. It loads with the views that connect a watch; activities
 * elsewhere reach it through wrist-port.ts.
 */
import type { Bluetooth } from '../cadence/web-bluetooth.js';
import { formatClock, type Milliseconds } from '../units.js';
import { WatchBeat, type WatchBeatOptions } from './beat-link.js';
import { installCommands } from './install.js';
import { UartLink } from './uart.js';
import { plugWrist, type WristCue, type WristFace, type WristPort } from './wrist-port.js';

export type { WristCue, WristFace } from './wrist-port.js';

/** Our watch app's source, beside the built scripts. */
export const loadWatchApp = async (): Promise<string> => {
  const response = await fetch(new URL('./kneebeat.app.js', import.meta.url));
  if (!response.ok) throw new Error(`the watch app could not be read (${response.status})`);
  return response.text();
};

/** What the wrist's buzz may be set to (ms): its length, and how far ahead of the beat it is asked for (the motor's start-up). */
export const WATCH_LIMITS = { buzzMs: { min: 10, max: 200, fallback: 40 }, latencyMs: { min: 0, max: 100, fallback: 0 } } as const;

type Settings = Pick<Wrist, 'every' | 'buzzMs' | 'latencyMs'>;

/** The phone's clock (ms) and timers, as WatchBeat takes them. */
export type WristClock = Pick<WatchBeatOptions, 'now' | 'setTimer' | 'clearTimer'>;

const pageClock: WristClock = {
  now: () => performance.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

export class Wrist extends EventTarget implements WristPort {
  link: UartLink | null = null;
  beat: WatchBeat | null = null;
  /** Buzz every n-th beat (1, 2 or 4), the buzz's length and the motor's start-up delay (ms). */
  every = 1;
  buzzMs = 40;
  latencyMs = 20;
  /** '' · 'installing' · 'installed' · a problem in words. */
  install = '';
  /** The app on the watch answered (its `hello`), with its version. */
  appVersion: number | null = null;
  #owner: { who: object; onButton: () => void } | null = null;
  /** The hold set's cues still to come (phone times), sent again with each newer clock estimate. */
  #cueList: readonly WristCue[] = [];
  #lastFace = '';
  readonly #footfallListeners = new Set<(at: Milliseconds) => void>();
  /** The phone's clock (ms) and timers: the page's; a simulation's in the bench. */
  readonly #clock: WristClock;
  /** Where messages to the watch go: the open link. */
  #sender: Pick<UartLink, 'send'> | null = null;

  constructor(clock: WristClock = pageClock) {
    super();
    this.#clock = clock;
  }

  /** A link is open or opening. */
  get connected(): boolean {
    return this.link !== null;
  }

  /** Asks for the watch (call from a tap) and starts keeping its clock. */
  async connect(bluetooth?: Bluetooth): Promise<void> {
    this.disconnect();
    const link = new UartLink();
    link.online = (line) => this.receive(line);
    link.onchange = () => this.#changed();
    this.link = link;
    this.#changed();
    if (!(await link.connect(bluetooth))) {
      if (link.status === 'idle' && !link.message) this.link = null;
      this.#changed();
      return;
    }
    this.attach(link);
  }

  /** Starts keeping the clock of the watch at the other end of an open `link` (connect() does it; the bench gives a simulated link). */
  attach(link: Pick<UartLink, 'send'>) {
    this.beat?.stop();
    this.beat = new WatchBeat({
      send: (message) => this.#send(message),
      now: this.#clock.now,
      setTimer: this.#clock.setTimer,
      clearTimer: this.#clock.clearTimer,
      onRound: () => this.#sendCues(),
    });
    this.#sender = link;
    this.beat.start();
    this.#lastFace = '';
    this.#changed();
  }

  /** Writes our app to the watch and starts it (the App Loader's way). `source` for tests. */
  async installApp(source?: string): Promise<void> {
    const link = this.link;
    if (!link) return;
    this.install = 'installing';
    this.#changed();
    try {
      for (const line of installCommands(source ?? (await loadWatchApp()))) await link.send(line);
      this.install = 'installed';
    } catch (error) {
      this.install = `Not installed: ${(error as Error).message}`;
    }
    this.#changed();
  }

  disconnect() {
    this.beat?.stop();
    this.beat = null;
    this.#sender = null;
    this.link?.disconnect();
    this.link = null;
    this.appVersion = null;
    this.install = '';
    this.#changed();
  }

  /** A beat heard on the phone: the grid goes to the watch when it is not where the last one said (within 2 ms). */
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

  /** Every n-th beat, buzz length, motor delay (kept within WATCH_LIMITS; 0 or no number falls back to the default): sent with the grid. */
  retune(change: Partial<Settings>) {
    for (const key of ['buzzMs', 'latencyMs'] as const) {
      const value = change[key];
      if (value === undefined) continue;
      const { min, max, fallback } = WATCH_LIMITS[key];
      change[key] = Number.isFinite(value) && value !== 0 ? Math.max(min, Math.min(max, value)) : fallback;
    }
    Object.assign(this, change);
    const grid = this.beat?.grid;
    if (grid) this.beat!.setGrid({ ...grid, every: this.every, buzzMs: this.buzzMs, latencyMs: this.latencyMs });
    this.#changed();
  }

  /**
   * An activity shows `face` on the watch and takes its button (the last to claim it has it).
   * Sent only when what shows changes: once a second at most while it runs.
   */
  claim(who: object, face: WristFace, onButton: () => void) {
    this.#owner = { who, onButton };
    this.#face({ t: 'face', e: formatClock(face.elapsedS), p: face.detail, r: face.title, z: face.paused ? 1 : 0 });
  }

  /** The activity ended: the face goes back to rest, and the button to nobody. */
  release(who: object) {
    if (this.#owner?.who !== who) return;
    this.#owner = null;
    this.#face({ t: 'face', e: '', p: '', r: 'Kneebeat', z: 0 });
  }

  /**
   * A hold set's cues from now on, buzzed by the watch on its own clock (each kind its own
   * pattern); none cancels what was to come (a pause, a stop). They go again after each round
   * of pings, placed with the newer estimate of the watch's clock (as the beat's grid does):
   * a set is minutes long, and a young estimate's drift would add up over it. Nothing goes
   * before the watch's clock is known.
   */
  cues(cues: readonly WristCue[]) {
    this.#cueList = cues;
    this.#sendCues(true);
  }

  /** The cues still to come (the watch drops any it has buzzed); after a round, only while some are left. */
  #sendCues(always = false) {
    const sync = this.beat?.sync;
    if (!sync?.ready) return;
    const now = this.#clock.now();
    const ahead = this.#cueList.filter((cue) => cue.at >= now);
    if (!ahead.length && !always) return;
    this.#cueList = ahead;
    this.#send({ t: 'cues', l: this.latencyMs, c: ahead.map((cue) => [Math.round(sync.toWatch(cue.at)), cue.kind]) });
  }

  /** Calls `listener` with each step the watch feels (its impact, on the phone's clock, ms); returns the way to stop. */
  onFootfall(listener: (at: Milliseconds) => void): () => void {
    this.#footfallListeners.add(listener);
    return () => this.#footfallListeners.delete(listener);
  }

  #send(message: object) {
    void this.#sender?.send(`${JSON.stringify(message)}\n`).catch(() => {});
  }

  #face(message: object) {
    const key = JSON.stringify(message);
    if (!this.beat || key === this.#lastFace) return;
    this.#lastFace = key;
    this.#send(message);
  }

  /** A line from the watch (the link hands each one on). */
  receive(line: string) {
    let message: { t?: string; v?: number; i?: number; w?: number; s?: unknown };
    try {
      message = JSON.parse(line) as typeof message;
    } catch {
      return; // the watch's prompt echoing, or a message not ours
    }
    if (message.t === 'btn') this.#owner?.onButton();
    else if (message.t === 'hello') {
      this.appVersion = message.v ?? null;
      this.#changed();
    } else if (message.t === 'steps') this.#steps(message.s);
    else {
      this.beat?.receive(message);
      this.#changed(); // the clock's estimate shows
    }
  }

  /** The watch's step times (its clock), on the phone's clock, to whoever listens. */
  #steps(times: unknown) {
    const sync = this.beat?.sync;
    if (!sync?.ready || !Array.isArray(times)) return;
    for (const w of times) if (typeof w === 'number' && Number.isFinite(w)) for (const listener of this.#footfallListeners) listener(sync.toPhone(w));
  }

  #changed() {
    this.dispatchEvent(new Event('change'));
  }
}

/** The page's one watch (running activities reach it through wrist-port.ts). */
export const wrist = new Wrist();
plugWrist(wrist);
