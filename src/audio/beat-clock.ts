/**
 * Where each beat falls, in sample frames, computed from an anchor and the beat period —
 * never by adding up intervals, which would accumulate rounding. Beat k after the anchor is
 * at `round(anchor + k · period)`, so it is within half a sample of the ideal grid however
 * long the metronome runs, even when the period is not a whole number of samples (173 spm at
 * 44.1 kHz is 15294.797… frames).
 *
 * Runs inside the audio worklet; pure, so it is unit-tested without audio.
 */
import type { Frames } from '../units.js';

export interface Onset {
  /** Frame at which the beat sounds (absolute, on the context's frame clock). */
  frame: Frames;
  /** Beats since start, from 0. */
  index: number;
}

export class BeatClock {
  #anchor = 0;
  /** The next beat to sound is `anchor + next · period`. */
  #next = 0;
  #period: Frames;
  #played = 0;
  #running = false;

  constructor(period: Frames) {
    this.#period = period;
  }

  get running() {
    return this.#running;
  }
  get period() {
    return this.#period;
  }
  /** Beats sounded since the last start. */
  get played() {
    return this.#played;
  }

  /** The first beat sounds at `frame`. */
  start(frame: Frames) {
    this.#anchor = frame;
    this.#next = 0;
    this.#played = 0;
    this.#running = true;
  }

  stop() {
    this.#running = false;
  }

  /** Exact (fractional) frame of the next beat; its onset is this rounded. */
  get nextExact(): Frames {
    return this.#anchor + this.#next * this.#period;
  }

  /**
   * A new tempo applies to the beat interval already under way: the next beat comes one new
   * period after the last one. If that moment has already passed (a big speed-up late in a
   * slow beat) the next beat sounds at `now` — a beat may be late, never doubled or dropped.
   */
  setPeriod(period: Frames, now: Frames) {
    if (!this.#running || this.#played === 0) {
      this.#period = period;
      return;
    }
    const last = this.#anchor + (this.#next - 1) * this.#period;
    this.#period = period;
    this.#anchor = Math.max(last, now - period);
    this.#next = 1;
  }

  /**
   * Puts the beats whose onset frame lies in `[from, from + length)` into `onsets` (cleared
   * first, and reused so the audio thread allocates nothing per render quantum), in order, and
   * advances the clock past them.
   */
  take(from: Frames, length: Frames, onsets: Onset[] = []): Onset[] {
    onsets.length = 0;
    while (this.#running) {
      const frame = Math.round(this.nextExact);
      if (frame >= from + length) break;
      // A beat whose frame is already behind `from` (only possible right after a re-anchor)
      // sounds at once rather than being skipped.
      onsets.push({ frame: Math.max(frame, from), index: this.#played });
      this.#next++;
      this.#played++;
    }
    return onsets;
  }
}
