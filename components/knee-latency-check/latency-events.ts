import type { Milliseconds } from '../../src/units.js';

/**
 * The user changed the delay: by a measurement that finished (`measured`), or by a step
 * button. Never fired when `latency` is set by script. Bubbles, composed.
 */
export class KneeLatencyChangeEvent extends Event {
  static readonly eventName = 'knee-latency-change';
  constructor(
    readonly latency: Milliseconds,
    readonly measured: boolean,
  ) {
    super(KneeLatencyChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-latency-change': KneeLatencyChangeEvent;
  }
}
