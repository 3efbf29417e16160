import type { BodyArea, Level } from '../../content/types.js';

/**
 * The user chose a level or body area in the filters (`undefined`: all). Never fired when
 * `level` or `area` is set by script. Bubbles, composed.
 */
export class KneeLibraryFilterEvent extends Event {
  static readonly eventName = 'knee-library-filter';
  constructor(
    readonly level: Level | undefined,
    readonly area: BodyArea | undefined,
  ) {
    super(KneeLibraryFilterEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-library-filter': KneeLibraryFilterEvent;
  }
}
