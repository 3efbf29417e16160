/**
 * Cadence coaching, DOM-free: where the measured cadence stands against the target (low / in
 * the zone / high), time in the zone, a per-minute series and the run's average — and, in
 * Coach mode, whether the beat should play: only after the runner has been below the zone for
 * a few seconds, going quiet again once they are back in it (and, where each footfall is known,
 * landing with the beat). Feedback that comes when needed and fades when not is what gait
 * retraining favours.
 */
import type { Milliseconds, Seconds, StepsPerMinute } from '../units.js';
import { MinuteAverages } from './minute-averages.js';

export type ZoneState = 'unknown' | 'low' | 'in' | 'high';

/** The target zone: this far below and above the target still counts as on target. */
export const ZONE_BELOW: StepsPerMinute = 3;
export const ZONE_ABOVE: StepsPerMinute = 5;
/** Below the zone this long before the beat comes in (Coach mode). */
export const LOW_HOLD: Milliseconds = 5000;
/** In the zone (or above) this long before the beat goes quiet again. */
export const BACK_HOLD: Milliseconds = 5000;

export interface CoachSummary {
  averageSpm: StepsPerMinute | null;
  inZoneS: Seconds;
  measuredS: Seconds;
  /** Average measured cadence of each whole minute of the run (null: nothing measured then). */
  perMinute: (StepsPerMinute | null)[];
}

export function zoneOf(cadence: StepsPerMinute, target: StepsPerMinute): ZoneState {
  if (!Number.isFinite(cadence)) return 'unknown';
  if (cadence < target - ZONE_BELOW) return 'low';
  if (cadence > target + ZONE_ABOVE) return 'high';
  return 'in';
}

export class CadenceCoach {
  target: StepsPerMinute;
  state: ZoneState = 'unknown';
  /** In Coach mode: true while the beat should play. Starts true (the runner hears the target first). */
  beatOn = true;
  /** Back in the zone long enough, but the steps do not land with the beat: it plays on until they do. */
  waitingForBeat = false;

  #stateSince = 0;
  #inZone = 0;
  readonly #series = new MinuteAverages();

  constructor(target: StepsPerMinute) {
    this.target = target;
  }

  /**
   * The cadence measured at run time `t` (ms, pauses excluded; NaN while unknown). Returns the
   * zone. Time is credited to the interval since the previous update. `offBeat`: the latest
   * steps land off the beat (their median more than ±40 ms from the click; false when footfalls
   * are not known) — a beat that plays then stays until the steps fall in with it, so the
   * runner matches the rhythm and not only the count.
   */
  update(t: Milliseconds, cadence: StepsPerMinute, offBeat = false): ZoneState {
    const state = zoneOf(cadence, this.target);
    if (state !== this.state) {
      this.state = state;
      this.#stateSince = t;
    }
    const dt = this.#series.add(t, state === 'unknown' ? Number.NaN : cadence);
    if (state === 'in') this.#inZone += dt;
    const held = t - this.#stateSince;
    if (state === 'low' && held >= LOW_HOLD) this.beatOn = true;
    const back = (state === 'in' || state === 'high') && held >= BACK_HOLD;
    this.waitingForBeat = back && this.beatOn && offBeat;
    if (back && !offBeat) this.beatOn = false;
    return state;
  }

  get summary(): CoachSummary {
    return {
      averageSpm: this.#series.average,
      inZoneS: Math.round(this.#inZone / 100) / 10,
      measuredS: this.#series.knownS,
      perMinute: this.#series.perMinute,
    };
  }
}
