import type { IntervalPlan } from '../../src/run/run-plan.js';

/** The user chose another run plan (`intervals`: null for a continuous run). Bubbles, composed. */
export class KneeRunPlanChangeEvent extends Event {
  static readonly eventName = 'knee-run-plan-change';
  constructor(readonly intervals: IntervalPlan | null) {
    super(KneeRunPlanChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-run-plan-change': KneeRunPlanChangeEvent;
  }
}
