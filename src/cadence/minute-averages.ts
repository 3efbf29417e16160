/**
 * A value sampled now and then through a run (cadence, heart rate): its time-weighted average,
 * highest value, how long it was known, and the average of each minute. Time is credited to the
 * interval since the previous sample (at most 5 s, so a stalled page does not credit a gap).
 */
import type { Milliseconds, Seconds } from '../units.js';

const MAX_STEP: Milliseconds = 5000;

export class MinuteAverages {
  #last = Number.NaN;
  #known = 0;
  #sum = 0;
  #max = Number.NEGATIVE_INFINITY;
  readonly #minutes: { sum: number; time: number }[] = [];

  /** The value at run time `t` (ms, pauses excluded; NaN while unknown). Returns the time credited to it (ms). */
  add(t: Milliseconds, value: number): Milliseconds {
    const dt = Number.isNaN(this.#last) ? 0 : Math.max(0, Math.min(t - this.#last, MAX_STEP));
    this.#last = t;
    if (!Number.isFinite(value)) return 0;
    this.#known += dt;
    this.#sum += value * dt;
    if (dt > 0) this.#max = Math.max(this.#max, value);
    const minute = Math.floor(t / 60000);
    while (this.#minutes.length <= minute) this.#minutes.push({ sum: 0, time: 0 });
    this.#minutes[minute]!.sum += value * dt;
    this.#minutes[minute]!.time += dt;
    return dt;
  }

  /** Rounded time-weighted average, or null when never known. */
  get average(): number | null {
    return this.#known > 0 ? Math.round(this.#sum / this.#known) : null;
  }

  /** The highest value held for some time, or null. */
  get max(): number | null {
    return Number.isFinite(this.#max) ? this.#max : null;
  }

  /** Seconds the value was known, to a tenth. */
  get knownS(): Seconds {
    return Math.round(this.#known / 100) / 10;
  }

  /** Average of each whole minute of the run (null: not known in that minute). */
  get perMinute(): (number | null)[] {
    return this.#minutes.map((m) => (m.time > 0 ? Math.round(m.sum / m.time) : null));
  }
}
