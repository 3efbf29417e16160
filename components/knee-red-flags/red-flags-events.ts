/**
 * The user answered the red-flag questions: `yes` holds the ids of the questions answered yes
 * (empty: all no), `at` when. An element that owns a store (Today) keeps it with the day and
 * sets `stored`; otherwise a `<knee-session-log>` around it does. Bubbles, composed.
 */
export class KneeRedFlagsEvent extends Event {
  static readonly eventName = 'knee-red-flags';
  /** Set by the element that kept the answers, so an outer log does not keep them twice. */
  stored = false;
  constructor(
    readonly yes: string[],
    readonly at: number,
  ) {
    super(KneeRedFlagsEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-red-flags': KneeRedFlagsEvent;
  }
}
