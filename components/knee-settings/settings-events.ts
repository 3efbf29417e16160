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

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-settings-change': KneeSettingsChangeEvent;
  }
}
