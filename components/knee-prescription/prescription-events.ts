import type { AcceptedPlan } from '../../src/rx/rx-store.js';

/**
 * The patient accepted a clinician's plan (`plan`, already kept on this device) or declined it
 * (`plan` null; nothing was kept). Bubbles, composed.
 */
export class KneePrescriptionEvent extends Event {
  static readonly eventName = 'knee-prescription';
  constructor(readonly plan: AcceptedPlan | null) {
    super(KneePrescriptionEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-prescription': KneePrescriptionEvent;
  }
}
