/**
 * The watch's link changed after the user asked: connected (or not, when the chooser was
 * closed or the watch did not answer), disconnected, or our app installed. Never fired by a
 * script's change. Bubbles, composed.
 */
export class KneeWatchChangeEvent extends Event {
  static readonly eventName = 'knee-watch-change';
  constructor(
    /** A link to the watch is open (or reconnecting). */
    readonly connected: boolean,
    /** 'installed', a problem in words, or '' when nothing was installed. */
    readonly install: string,
  ) {
    super(KneeWatchChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-watch-change': KneeWatchChangeEvent;
  }
}
