import type { SessionRecord } from '../../src/session-record.js';

/**
 * A session was stored on this device (`knee-session-saved`), or one left unfinished by a
 * closed or crashed page was stored as partial (`knee-session-recovered`). Bubbles, composed.
 */
export class KneeSessionSavedEvent extends Event {
  static readonly eventName = 'knee-session-saved';
  constructor(
    readonly record: SessionRecord,
    type: 'knee-session-saved' | 'knee-session-recovered' = 'knee-session-saved',
  ) {
    super(type, { bubbles: true, composed: true });
  }
}

/** A session could not be stored; it is kept in memory and offered as a download. Bubbles, composed. */
export class KneeSessionUnsavedEvent extends Event {
  static readonly eventName = 'knee-session-unsaved';
  constructor(
    readonly record: SessionRecord,
    readonly message: string,
  ) {
    super(KneeSessionUnsavedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-session-saved': KneeSessionSavedEvent;
    'knee-session-recovered': KneeSessionSavedEvent;
    'knee-session-unsaved': KneeSessionUnsavedEvent;
  }
}
