import type { Seconds, StepsPerMinute } from '../../src/units.js';

/** The first beat has sounded. Bubbles, composed. */
export class KneeMetronomeStartEvent extends Event {
  static readonly eventName = 'knee-metronome-start';
  constructor(readonly bpm: StepsPerMinute) {
    super(KneeMetronomeStartEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The beat has stopped. Bubbles, composed. */
export class KneeMetronomeStopEvent extends Event {
  static readonly eventName = 'knee-metronome-stop';
  constructor(
    readonly bpm: StepsPerMinute,
    readonly beats: number,
    readonly durationS: Seconds,
  ) {
    super(KneeMetronomeStopEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The user changed the tempo (buttons, keys or a tap-tempo target). Bubbles, composed. */
export class KneeMetronomeChangeEvent extends Event {
  static readonly eventName = 'knee-metronome-change';
  constructor(readonly bpm: StepsPerMinute) {
    super(KneeMetronomeChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Tap tempo measured the user's own cadence (`cadence`): a baseline for the cadence plan. Bubbles, composed. */
export class KneeMetronomeMeasureEvent extends Event {
  static readonly eventName = 'knee-metronome-measure';
  constructor(readonly cadence: StepsPerMinute) {
    super(KneeMetronomeMeasureEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-metronome-start': KneeMetronomeStartEvent;
    'knee-metronome-stop': KneeMetronomeStopEvent;
    'knee-metronome-change': KneeMetronomeChangeEvent;
    'knee-metronome-measure': KneeMetronomeMeasureEvent;
  }
}
