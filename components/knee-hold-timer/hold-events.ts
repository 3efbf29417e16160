import type { HoldSide } from '../../src/hold/hold-plan.js';
import type { Seconds } from '../../src/units.js';

interface RepPosition {
  /** 1-based. */
  rep: number;
  set: number;
  side: HoldSide;
}

/** A hold began (each rep). Bubbles, composed. */
export class KneeHoldStartEvent extends Event implements RepPosition {
  static readonly eventName = 'knee-hold-start';
  readonly rep: number;
  readonly set: number;
  readonly side: HoldSide;
  constructor(position: RepPosition) {
    super(KneeHoldStartEvent.eventName, { bubbles: true, composed: true });
    ({ rep: this.rep, set: this.set, side: this.side } = position);
  }
}

/** A hold ended (each rep): `heldS` seconds held, `completed` when held for the full time. Bubbles, composed. */
export class KneeHoldEndEvent extends Event implements RepPosition {
  static readonly eventName = 'knee-hold-end';
  readonly rep: number;
  readonly set: number;
  readonly side: HoldSide;
  constructor(
    position: RepPosition,
    readonly heldS: Seconds,
    readonly completed: boolean,
  ) {
    super(KneeHoldEndEvent.eventName, { bubbles: true, composed: true });
    ({ rep: this.rep, set: this.set, side: this.side } = position);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-hold-start': KneeHoldStartEvent;
    'knee-hold-end': KneeHoldEndEvent;
  }
}
