/**
 * How well steps land on the beat: each footfall against the click nearest it. A step within
 * ±40 ms of its click is on the beat; the median offset says whether the runner is early
 * (ahead of the beat, negative) or late (behind it, positive). DOM-free; times in ms on one
 * clock (the page's).
 */
import type { Milliseconds } from '../units.js';

/** A footfall this close to its click is on the beat. */
export const ON_BEAT: Milliseconds = 40;
/** Clicks kept: footfalls are known up to a second or two after they happen. */
const KEEP_CLICKS = 24;
/** The live figures look at the latest steps. */
const LIVE_STEPS = 20;

export interface OnBeatSummary {
  /** Steps compared with a click. */
  steps: number;
  /** Share of them within ±ON_BEAT ms of their click (0–1). */
  share: number;
  /** Median footfall − click (ms): positive is behind the beat. */
  medianOffsetMs: Milliseconds;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const summarise = (offsets: readonly number[]): OnBeatSummary | null =>
  offsets.length
    ? { steps: offsets.length, share: offsets.filter((o) => Math.abs(o) <= ON_BEAT).length / offsets.length, medianOffsetMs: Math.round(median(offsets)) }
    : null;

export class OnBeat {
  readonly #clicks: number[] = [];
  readonly #offsets: number[] = [];

  /** A click, as heard. */
  click(at: Milliseconds) {
    this.#clicks.push(at);
    if (this.#clicks.length > KEEP_CLICKS) this.#clicks.shift();
  }

  /** A footfall: its offset from the nearest click (within half the clicks' interval), or null when none is near. */
  footfall(at: Milliseconds): Milliseconds | null {
    const clicks = this.#clicks;
    if (clicks.length < 2) return null;
    let best = clicks[0]!;
    for (const c of clicks) if (Math.abs(c - at) < Math.abs(best - at)) best = c;
    const i = clicks.indexOf(best);
    const interval = i > 0 ? best - clicks[i - 1]! : clicks[1]! - clicks[0]!;
    const offset = at - best;
    if (!(Math.abs(offset) <= interval / 2)) return null;
    this.#offsets.push(offset);
    return offset;
  }

  /** The latest steps' figures, for the screen. */
  get live(): OnBeatSummary | null {
    return summarise(this.#offsets.slice(-LIVE_STEPS));
  }

  /** The whole run's, for its record. */
  summary(): OnBeatSummary | null {
    return summarise(this.#offsets);
  }
}
