/**
 * A heart-rate strap or watch over Bluetooth (the standard Heart Rate service, which Polar,
 * Wahoo and Coospo straps, Garmin watches broadcasting heart rate and PineTime all speak).
 * Connecting, the battery and reconnecting after a drop are the GattSensor's.
 */
import { GattSensor } from './gatt-sensor.js';
import { HEART_RATE_MEASUREMENT, HEART_RATE_SERVICE, parseHeartRate, type HeartRateMeasurement } from './heart-rate.js';

export class BluetoothHeartRate extends GattSensor<HeartRateMeasurement> {
  constructor() {
    super(HEART_RATE_SERVICE, HEART_RATE_MEASUREMENT, 'heart-rate sensor');
  }

  protected parse(value: DataView) {
    return parseHeartRate(value);
  }

  /** Beats per minute now, or NaN: none yet, stale, 0, or the strap says it has lost skin contact. */
  get bpm(): number {
    const last = this.fresh;
    if (!last || last.bpm === 0 || last.contact === false) return Number.NaN;
    return last.bpm;
  }
}
