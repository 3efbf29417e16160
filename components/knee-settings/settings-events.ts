import type { AppSettings } from '../../src/app/settings.js';

/**
 * The user changed a setting: `change` holds what changed (one field, or the delay from the
 * headphone check). Never fired when `settings` is set by script. Bubbles, composed.
 */
export class KneeSettingsChangeEvent extends Event {
  static readonly eventName = 'knee-settings-change';
  constructor(readonly change: Partial<AppSettings>) {
    super(KneeSettingsChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The user chose to stop following their clinician's plan (back to the app's own program). Bubbles, composed. */
export class KneePrescriptionStopEvent extends Event {
  static readonly eventName = 'knee-prescription-stop';
  constructor() {
    super(KneePrescriptionStopEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-prescription-stop': KneePrescriptionStopEvent;
    'knee-settings-change': KneeSettingsChangeEvent;
  }
}
