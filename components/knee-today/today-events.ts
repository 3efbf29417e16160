import type { Level } from '../../content/types.js';

/**
 * The program moved the user's level (after enough good days at it). The owner stores it and
 * passes it back as `level`. Bubbles, composed.
 */
export class KneeLevelChangeEvent extends Event {
  static readonly eventName = 'knee-level-change';
  constructor(readonly level: Level) {
    super(KneeLevelChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-level-change': KneeLevelChangeEvent;
  }
}
