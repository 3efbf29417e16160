/**
 * Where the segment changes of a walk/run plan fall, in sample frames: the audio worklet asks
 * it, render quantum by render quantum, so the beat starts and stops exactly on the plan's time.
 * Boundaries are computed from one anchor (like the beat clock), never by adding up segments.
 *
 * Runs inside the audio worklet; pure, so it is unit-tested without audio.
 */
import type { Frames, Hertz, Seconds } from '../units.js';
import type { SegmentKind } from '../run/run-plan.js';

export interface Boundary {
  /** Segment that begins here; `segments.length` for the end of the plan. */
  index: number;
  /** The kind of the segment that begins, or 'end'. */
  kind: SegmentKind | 'end';
  frame: Frames;
}

export class IntervalClock {
  readonly #kinds: SegmentKind[];
  /** Start of each segment and the end of the plan, in seconds from the plan's start. */
  readonly #starts: Seconds[];
  readonly #rate: Hertz;
  /** Frame at which the plan's time 0 falls (may lie before the start, when resuming). */
  #origin = 0;
  #next = 0;

  constructor(segments: readonly { kind: SegmentKind; seconds: Seconds }[], sampleRate: Hertz) {
    this.#kinds = segments.map((s) => s.kind);
    this.#starts = [0];
    for (const s of segments) this.#starts.push(this.#starts.at(-1)! + s.seconds);
    this.#rate = sampleRate;
  }

  /** The frame of boundary `index` (`segments.length`: the end). */
  frameOf(index: number): Frames {
    return this.#origin + Math.round(this.#starts[index]! * this.#rate);
  }

  /**
   * Starts at `frame`, `from` seconds into the plan. Returns the segment under way there (a
   * boundary exactly at `from` is reported by `take`, not here), or null when the plan is over.
   */
  start(frame: Frames, from: Seconds): { index: number; kind: SegmentKind } | null {
    this.#origin = frame - Math.round(from * this.#rate);
    let next = 0;
    while (next < this.#starts.length && this.frameOf(next) < frame) next++;
    this.#next = next;
    if (next === this.#starts.length) return null;
    const current = next - 1;
    return current >= 0 ? { index: current, kind: this.#kinds[current]! } : null;
  }

  /** The boundary in `[from, from + length)`, if any, and moves past it (one per call). */
  take(from: Frames, length: Frames): Boundary | null {
    if (this.#next < 0 || this.#next >= this.#starts.length) return null;
    const frame = this.frameOf(this.#next);
    if (frame >= from + length) return null;
    const index = this.#next++;
    return { index, kind: this.#kinds[index] ?? 'end', frame: Math.max(frame, from) };
  }
}
