/**
 * Today's routine as a guided session, one step at a time: pain before, each exercise in turn
 * with a short rest between, pain after, then a summary. Pure (no DOM, no clock of its own):
 * the element shows the current step and reports what happened.
 */
import { repsDone, type SessionRecord } from '../session-record.js';
import type { EpochMs, Seconds } from '../units.js';
import type { ItemStatus } from './day-state.js';
import { SEVERE_PAIN } from './limits.js';
import type { RoutineItem } from './routine.js';

export type GuidedStep =
  | { kind: 'pain-before' }
  | { kind: 'exercise'; index: number }
  | { kind: 'rest'; next: number; seconds: Seconds }
  | { kind: 'pain-after' }
  | { kind: 'summary' };

/** An exercise's outcome in the session: done (every rep), partial, or skipped. */
export type GuidedResult = Exclude<ItemStatus, 'todo'> | 'skipped';

export interface GuidedSummary {
  durationS: Seconds;
  done: number;
  partial: number;
  skipped: number;
  painBefore: number | null;
  painAfter: number | null;
}

/** Rest between two exercises. */
export const REST_BETWEEN: Seconds = 20;

export class GuidedSession {
  readonly items: readonly RoutineItem[];
  readonly startedAt: EpochMs;
  readonly restS: Seconds;
  #step: GuidedStep = { kind: 'pain-before' };
  readonly #results: (GuidedResult | null)[];
  #painBefore: number | null = null;
  #painAfter: number | null = null;
  #endedAt: EpochMs | null = null;
  #lastDuring: { index: number; pain: number } | null = null;

  constructor(items: readonly RoutineItem[], startedAt: EpochMs, restS: Seconds = REST_BETWEEN) {
    this.items = items;
    this.startedAt = startedAt;
    this.restS = restS;
    this.#results = items.map(() => null);
  }

  get step(): GuidedStep {
    return this.#step;
  }

  /** Each exercise's outcome so far (null: not reached). */
  get results(): readonly (GuidedResult | null)[] {
    return this.#results;
  }

  get painBefore() {
    return this.#painBefore;
  }

  answerPainBefore(pain: number) {
    if (this.#step.kind !== 'pain-before') return;
    this.#painBefore = pain;
    this.#step = this.items.length ? { kind: 'exercise', index: 0 } : { kind: 'pain-after' };
  }

  /** The "it hurts" score the last exercise ended with, when one was given. */
  get lastDuring() {
    return this.#lastDuring;
  }

  /**
   * The current exercise ended with `record` (its timer or counter finished or was stopped):
   * done when every rep was, partial when some were; then a rest before the next. A score of
   * SEVERE_PAIN or more given during it ends the exercises: no more training today.
   */
  exerciseEnded(record: SessionRecord) {
    const step = this.#step;
    if (step.kind !== 'exercise') return;
    this.#results[step.index] = record.complete ? 'done' : repsDone(record) > 0 ? 'partial' : 'skipped';
    const during = record.pain?.during;
    this.#lastDuring = typeof during === 'number' ? { index: step.index, pain: during } : null;
    if ((during ?? 0) >= SEVERE_PAIN) this.stop();
    else this.#advance(step.index);
  }

  /** Skips the current exercise (or the rest before the next). */
  skip() {
    const step = this.#step;
    if (step.kind === 'exercise') {
      this.#results[step.index] = 'skipped';
      this.#advance(step.index);
    } else if (step.kind === 'rest') this.#step = { kind: 'exercise', index: step.next };
  }

  /** The rest is over. */
  restEnded() {
    const step = this.#step;
    if (step.kind === 'rest') this.#step = { kind: 'exercise', index: step.next };
  }

  /** Ends the exercises early: what is left counts as skipped; pain after is still asked. */
  stop() {
    const kind = this.#step.kind;
    if (kind !== 'exercise' && kind !== 'rest') return;
    this.#results.forEach((result, i) => (this.#results[i] = result ?? 'skipped'));
    this.#step = { kind: 'pain-after' };
  }

  answerPainAfter(pain: number, now: EpochMs) {
    if (this.#step.kind !== 'pain-after') return;
    this.#painAfter = pain;
    this.#endedAt = now;
    this.#step = { kind: 'summary' };
  }

  summary(): GuidedSummary {
    const count = (result: GuidedResult) => this.#results.filter((r) => r === result).length;
    return {
      durationS: ((this.#endedAt ?? this.startedAt) - this.startedAt) / 1000,
      done: count('done'),
      partial: count('partial'),
      skipped: count('skipped'),
      painBefore: this.#painBefore,
      painAfter: this.#painAfter,
    };
  }

  #advance(index: number) {
    const next = index + 1;
    this.#step =
      next >= this.items.length ? { kind: 'pain-after' } : this.restS > 0 ? { kind: 'rest', next, seconds: this.restS } : { kind: 'exercise', index: next };
  }
}
