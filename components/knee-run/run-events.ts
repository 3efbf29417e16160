import type { IntervalPlan } from '../../src/run/run-plan.js';

/** The user chose another run plan (`intervals`: null for a continuous run). Bubbles, composed. */
export class KneeRunPlanChangeEvent extends Event {
  static readonly eventName = 'knee-run-plan-change';
  constructor(readonly intervals: IntervalPlan | null) {
    super(KneeRunPlanChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * The user asked to go back to the plan's tempo after choosing their own (`plan-bpm`): the
 * owner forgets the own tempo and passes the plan's as `bpm`. Bubbles, composed.
 */
export class KneeRunPlanTempoEvent extends Event {
  static readonly eventName = 'knee-run-plan-tempo';
  constructor(readonly bpm: number) {
    super(KneeRunPlanTempoEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-run-plan-tempo': KneeRunPlanTempoEvent;
    'knee-run-plan-change': KneeRunPlanChangeEvent;
  }
}
