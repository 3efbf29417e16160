import type { ActivityRequest } from './activity.js';

/**
 * A request to pause, resume or stop the running activity `id`, from wherever the user asked
 * (the now-playing strip, the lock screen, a watch): the activity's owner answers it, nothing
 * else changes its state (Media Chrome's `mediaplayrequest` pattern). The strip fires it
 * (bubbling, composed) to the app, which hands it to the activity's own element as a copy that
 * does not bubble (`atOwner`), so it is answered once. Bubbles, composed.
 */
export class KneeActivityRequestEvent extends Event {
  static readonly eventName = 'knee-activity-request';
  constructor(
    readonly action: ActivityRequest,
    readonly id: string,
    readonly atOwner = false,
  ) {
    super(KneeActivityRequestEvent.eventName, { bubbles: !atOwner, composed: !atOwner });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-activity-request': KneeActivityRequestEvent;
  }
}
