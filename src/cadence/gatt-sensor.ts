/**
 * A Bluetooth sensor that notifies one measurement (a footpod's cadence, a strap's heart rate):
 * the user picks it, it connects and subscribes, reads the battery where the device has one, and
 * reconnects by itself after a drop (GattLink). What a measurement means is the subclass's
 * (`parse`).
 */
import { GattLink } from './gatt-link.js';
import { BATTERY_LEVEL, BATTERY_SERVICE } from './rsc.js';
import type { Milliseconds } from '../units.js';
import type { BluetoothRemoteGATTCharacteristic, BluetoothRemoteGATTServer, RequestDeviceOptions } from './web-bluetooth.js';

export type { BluetoothStatus } from './gatt-link.js';

/** A reading older than this is no reading any more (the runner stopped, or the link is quiet). */
export const STALE: Milliseconds = 4000;

export abstract class GattSensor<T> extends GattLink {
  battery: number | null = null;
  last: T | null = null;
  #lastAt = Number.NEGATIVE_INFINITY;

  constructor(
    readonly service: number,
    readonly characteristic: number,
    kind: string,
  ) {
    super(kind);
  }

  /** The measurement's bytes read, or null when they are not one. */
  protected abstract parse(value: DataView): T | null;

  /** The last measurement if it is recent (STALE), else null. */
  get fresh(): T | null {
    return this.last && performance.now() - this.#lastAt <= STALE ? this.last : null;
  }

  protected requestOptions(): RequestDeviceOptions {
    return { filters: [{ services: [this.service] }], optionalServices: [BATTERY_SERVICE] };
  }

  protected async subscribe(server: BluetoothRemoteGATTServer): Promise<BluetoothRemoteGATTCharacteristic> {
    return (await server.getPrimaryService(this.service)).getCharacteristic(this.characteristic);
  }

  /** The battery, then the current measurement (a read), so the screen need not wait for the first notification. */
  protected override async opened(server: BluetoothRemoteGATTServer) {
    try {
      const level = await (await (await server.getPrimaryService(BATTERY_SERVICE)).getCharacteristic(BATTERY_LEVEL)).readValue();
      this.battery = level.getUint8(0);
      this.onchange?.();
    } catch {
      this.battery = null; // no battery service: nothing to show
    }
    await this.refresh();
  }

  protected received(value: DataView) {
    const parsed = this.parse(value);
    if (!parsed) return;
    this.last = parsed;
    this.#lastAt = performance.now();
    this.onchange?.();
  }
}
