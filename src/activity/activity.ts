/**
 * A running activity — a run's beat, a set of holds, a rep count, a guided session — as one
 * model: what it is, what it was started for, when it started, and how long it has run. DOM-free.
 *
 * The wall clock is not a stopwatch: phones correct their clocks, and a clock stepped back
 * 30 s would put an end before its start. Durations come from a monotonic clock
 * (`performance.now()`), and the end time is the start plus that span.
 */
import type { EpochMs, Milliseconds, Seconds } from '../units.js';

export type ActivityKind = 'run' | 'hold' | 'reps' | 'guided';
export type ActivityStatus = 'running' | 'paused' | 'ended';
/** What the user may ask of an activity from anywhere (the strip, the lock screen, a watch). */
export type ActivityRequest = 'pause' | 'resume' | 'stop';

/** The two clocks an activity reads: the wall clock for dates, a monotonic one for spans. */
export interface ActivityClock {
  wall(): EpochMs;
  monotonic(): Milliseconds;
}

export const systemClock: ActivityClock = { wall: () => Date.now(), monotonic: () => performance.now() };

/** What an activity shows wherever it is shown (its own screen aside): the strip, the lock screen. */
export interface ActivityView {
  /** "Run", "Quad set", "Today's session". */
  title: string;
  /** The phase under way and its time left ("Walk 1 of 2 · 0:45 left"), or where it stands ("Rep 3/10"). */
  detail: string;
  /** Seconds it has run, pauses excluded. */
  elapsedS: Seconds;
  paused: boolean;
  /** It can be paused and resumed (a rep count cannot: it waits for the next tap). */
  pausable: boolean;
}

export class Activity {
  readonly id: string;
  readonly kind: ActivityKind;
  /** Wall-clock time of the start (for the record's date and id). */
  readonly startedAt: EpochMs;
  readonly #clock: ActivityClock;
  readonly #startedMono: Milliseconds;
  #pausedMs: Milliseconds = 0;
  #pausedSince: Milliseconds | null = null;
  #endedMono: Milliseconds | null = null;

  /** `startedAt`: the wall-clock start (default now); it must be the time the id was made from (ids begin with it). */
  constructor(id: string, kind: ActivityKind, clock: ActivityClock = systemClock, startedAt: EpochMs = clock.wall()) {
    this.id = id;
    this.kind = kind;
    this.#clock = clock;
    this.startedAt = startedAt;
    this.#startedMono = clock.monotonic();
  }

  get status(): ActivityStatus {
    return this.#endedMono !== null ? 'ended' : this.#pausedSince !== null ? 'paused' : 'running';
  }

  pause() {
    if (this.status === 'running') this.#pausedSince = this.#clock.monotonic();
  }

  resume() {
    if (this.#pausedSince === null || this.#endedMono !== null) return;
    this.#pausedMs += this.#clock.monotonic() - this.#pausedSince;
    this.#pausedSince = null;
  }

  end() {
    if (this.#endedMono !== null) return;
    this.resume();
    this.#endedMono = this.#clock.monotonic();
  }

  /** Milliseconds from the start to now (or the end), pauses included, on the monotonic clock. */
  get spanMs(): Milliseconds {
    return (this.#endedMono ?? this.#clock.monotonic()) - this.#startedMono;
  }

  /** Seconds of activity, pauses excluded. */
  get elapsedS(): Seconds {
    const pausing = this.#pausedSince === null ? 0 : (this.#endedMono ?? this.#clock.monotonic()) - this.#pausedSince;
    return Math.max(0, this.spanMs - this.#pausedMs - pausing) / 1000;
  }

  /** The end time for a record: the start plus the span, whatever the wall clock did meanwhile. */
  get endedAt(): EpochMs {
    return this.startedAt + Math.round(this.spanMs);
  }
}
