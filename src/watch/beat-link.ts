/**
 * The phone's side of the beat on a Bangle.js: it keeps the watch's clock in sight with rounds of
 * pings (ClockSync) and tells the watch the tempo and where the beat grid lies in the watch's own
 * clock — never "buzz now". A round runs at the start and every SYNC_EVERY after; each round
 * that hears back re-anchors the watch on the phone's grid with the newer clock estimate. DOM-free:
 * the sending, the clock and the timers are given (a Web Bluetooth UART in the app, a
 * simulated link in the bench).
 */
import type { Milliseconds } from '../units.js';
import { ClockSync } from './clock-sync.js';

/** Between rounds of pings: well inside what a 50 ppm drift can move (3 ms a minute). */
export const SYNC_EVERY: Milliseconds = 30_000;
/** Pings in a round, and the spacing between them (each waits for a different connection event). */
export const PINGS = 16;
export const PING_GAP: Milliseconds = 250;
/** The waits (ms, from a round's start) after the first rounds: more readings while the estimate is young. */
const FIRST_GAPS: readonly Milliseconds[] = [5_000, 5_000, 10_000, 15_000];
/** A round whose bounds leave the watch's clock this uncertain (ms) or less may start the beat. */
const GOOD_ENOUGH: Milliseconds = 10;
/** A round's answers are waited for this long after its last ping. */
const ROUND_WAIT: Milliseconds = 600;

export interface WatchBeatOptions {
  send: (message: object) => void;
  /** The phone's clock (ms, monotonic): the same one the beat grid is given in. */
  now: () => Milliseconds;
  setTimer: (fn: () => void, ms: Milliseconds) => unknown;
  clearTimer: (id: unknown) => void;
  /** A round heard back: the clock's estimate is newer (whatever else is timed on the watch is sent again). */
  onRound?: () => void;
}

export interface BeatGrid {
  bpm: number;
  /** A beat's time on the phone's clock (ms). */
  anchor: Milliseconds;
  /** Buzz every n-th beat (1, 2 or 4). */
  every: number;
  /** Buzz length (ms) and the motor's start-up delay (ms), which the watch buzzes ahead by. */
  buzzMs: Milliseconds;
  latencyMs: Milliseconds;
  on: boolean;
}

export class WatchBeat {
  readonly sync = new ClockSync();
  /** Rounds of pings sent, and rounds that heard back. */
  rounds = 0;
  roundsHeard = 0;
  #grid: BeatGrid | null = null;
  #pending = new Map<number, Milliseconds>();
  #nextPing = 0;
  #heardThisRound = false;
  #timers: unknown[] = [];
  #running = false;
  readonly #o: WatchBeatOptions;

  constructor(options: WatchBeatOptions) {
    this.#o = options;
  }

  /** Starts keeping the watch in sync (and sends the grid when one is set). */
  start() {
    if (this.#running) return;
    this.#running = true;
    this.#round();
  }

  stop() {
    this.#running = false;
    for (const id of this.#timers) this.#o.clearTimer(id);
    this.#timers = [];
    this.#o.send({ t: 'stop' });
  }

  /**
   * The phone's beat grid: `tell` (default) sends it at once (a new tempo, a start, a pause);
   * without, it is only kept, and goes out with the next round (a beat that fell where the grid
   * said it would).
   */
  setGrid(grid: BeatGrid, tell = true) {
    this.#grid = grid;
    if (tell) this.#sendGrid();
  }

  get grid(): BeatGrid | null {
    return this.#grid;
  }

  /** A line from the watch. */
  receive(message: { t?: string; i?: number; w?: number }) {
    if (message.t !== 'pong' || typeof message.i !== 'number' || typeof message.w !== 'number') return;
    const sentAt = this.#pending.get(message.i);
    if (sentAt === undefined) return;
    this.#pending.delete(message.i);
    this.sync.add({ sentAt, receivedAt: this.#o.now(), watch: message.w });
    this.#heardThisRound = true;
  }

  #later(fn: () => void, ms: Milliseconds) {
    const id = this.#o.setTimer(() => {
      this.#timers = this.#timers.filter((t) => t !== id);
      fn();
    }, ms);
    this.#timers.push(id);
  }

  #round() {
    if (!this.#running) return;
    this.rounds++;
    this.#heardThisRound = false;
    this.#pending.clear();
    for (let k = 0; k < PINGS; k++) {
      this.#later(() => {
        const i = ++this.#nextPing;
        this.#pending.set(i, this.#o.now());
        this.#o.send({ t: 'ping', i });
      }, k * PING_GAP);
    }
    this.#later(
      () => {
        if (this.#heardThisRound) {
          this.roundsHeard++;
          this.#sendGrid();
          this.#o.onRound?.();
        }
      },
      (PINGS - 1) * PING_GAP + ROUND_WAIT,
    );
    // The first rounds come sooner (each one more reading to average while the estimate is
    // young), then one every SYNC_EVERY.
    this.#later(() => this.#round(), Math.min(SYNC_EVERY, FIRST_GAPS[this.rounds - 1] ?? SYNC_EVERY));
  }

  #sendGrid() {
    const grid = this.#grid;
    // Not before the clock is known well: a round whose bounds pin it to ±10 ms, or three
    // rounds (one ping's answer alone can be 100 ms off).
    if (!grid || this.roundsHeard === 0 || (this.sync.uncertainty > GOOD_ENOUGH && this.roundsHeard < 3)) return;
    // Re-anchored on the beat of the grid nearest now, so the watch's grid is fresh where it
    // plays; a grid that starts later (a tempo change said ahead) keeps its start.
    const period = 60000 / grid.bpm;
    const now = this.#o.now();
    const anchor = now < grid.anchor ? grid.anchor : grid.anchor + Math.round((now - grid.anchor) / period) * period;
    // The tempo in the watch's own clock: a watch running 50 ppm fast counts a beat 50 ppm longer.
    const bpm = grid.bpm / (1 + this.sync.drift);
    this.#o.send({ t: 'beat', bpm, a: this.sync.toWatch(anchor), n: grid.every, b: grid.buzzMs, l: grid.latencyMs, on: grid.on });
  }
}
