/**
 * A Bluetooth running sensor (footpod, some chest straps) as a cadence source, through Web
 * Bluetooth and the Running Speed and Cadence service. Devices report either steps or strides
 * per minute; the user says which (`unit`), and strides are doubled. Connecting, the battery
 * and reconnecting after a drop are the GattSensor's.
 */
import { GattSensor } from './gatt-sensor.js';
import { RSC_MEASUREMENT, RSC_SERVICE, parseRsc, type RscMeasurement } from './rsc.js';
import type { StepsPerMinute } from '../units.js';

export type { BluetoothStatus } from './gatt-sensor.js';
export type CadenceUnit = 'steps' | 'strides';

export class BluetoothCadence extends GattSensor<RscMeasurement> {
  unit: CadenceUnit;

  constructor(unit: CadenceUnit = 'steps') {
    super(RSC_SERVICE, RSC_MEASUREMENT, 'sensor');
    this.unit = unit;
  }

  protected parse(value: DataView) {
    return parseRsc(value);
  }

  /** Steps per minute now, or NaN (none yet, or the last reading is stale). */
  get cadence(): StepsPerMinute {
    const last = this.fresh;
    if (!last || last.cadence === 0) return Number.NaN;
    return last.cadence * (this.unit === 'strides' ? 2 : 1);
  }
}
