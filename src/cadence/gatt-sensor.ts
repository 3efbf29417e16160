/**
 * A Bluetooth sensor that notifies one measurement (a footpod's cadence, a strap's heart rate),
 * through Web Bluetooth: the user picks it, it connects and subscribes, reads the battery where
 * the device has one, and reconnects by itself after a drop (waiting longer each time). What a
 * measurement means is the subclass's (`parse`).
 */
import { Backoff } from './backoff.js';
import { holdGatt, releaseGatt } from './shared-gatt.js';
import { BATTERY_LEVEL, BATTERY_SERVICE } from './rsc.js';
import type { Milliseconds } from '../units.js';
import type { Bluetooth, BluetoothDevice, BluetoothRemoteGATTCharacteristic, BluetoothRemoteGATTServer } from './web-bluetooth.js';

export type BluetoothStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed';

/** A reading older than this is no reading any more (the runner stopped, or the link is quiet). */
export const STALE: Milliseconds = 4000;

export abstract class GattSensor<T> {
  status: BluetoothStatus = 'idle';
  /** A plain-words problem, or ''. */
  message = '';
  battery: number | null = null;
  last: T | null = null;
  /** Called on every measurement, and when the status or battery changes. */
  onchange: (() => void) | null = null;

  #device: BluetoothDevice | null = null;
  #characteristic: BluetoothRemoteGATTCharacteristic | null = null;
  #lastAt = Number.NEGATIVE_INFINITY;
  readonly #retry = new Backoff();
  #stopped = false;

  constructor(
    readonly service: number,
    readonly characteristic: number,
    /** What the sensor is, in the user's words ("sensor", "heart-rate strap"). */
    readonly kind: string,
  ) {}

  static get available(): boolean {
    return typeof navigator !== 'undefined' && 'bluetooth' in navigator;
  }

  /** The measurement's bytes read, or null when they are not one. */
  protected abstract parse(value: DataView): T | null;

  /** The last measurement if it is recent (STALE), else null. */
  get fresh(): T | null {
    return this.last && performance.now() - this.#lastAt <= STALE ? this.last : null;
  }

  get deviceName(): string {
    return this.#device?.name ?? this.kind;
  }

  /** Asks the user to pick a device (call from a tap), connects and subscribes. */
  async connect(bluetooth: Bluetooth = (navigator as Navigator & { bluetooth: Bluetooth }).bluetooth): Promise<boolean> {
    this.#stopped = false;
    this.#set('connecting', '');
    try {
      this.#device = await bluetooth.requestDevice({ filters: [{ services: [this.service] }], optionalServices: [BATTERY_SERVICE] });
    } catch (error) {
      this.#set('idle', (error as Error).name === 'NotFoundError' ? '' : `No ${this.kind}: ${(error as Error).message}`);
      return false;
    }
    this.#device.addEventListener('gattserverdisconnected', this.#onDrop);
    return this.#open();
  }

  /**
   * Asks the device for its current measurement (a read, where it allows one); the answer
   * arrives like a notification. Done once on connecting, so the screen need not wait for the
   * first notification.
   */
  async refresh(): Promise<void> {
    try {
      await this.#characteristic?.readValue();
    } catch {
      // A device that only notifies: its next notification will do.
    }
  }

  disconnect() {
    this.#stopped = true;
    this.#retry.cancel();
    this.#characteristic?.removeEventListener('characteristicvaluechanged', this.#onValue);
    this.#device?.removeEventListener('gattserverdisconnected', this.#onDrop);
    if (this.#device) releaseGatt(this.#device, this);
    this.#set('idle', '');
  }

  async #open(): Promise<boolean> {
    const device = this.#device;
    if (!device?.gatt) return false;
    try {
      const server = await device.gatt.connect();
      holdGatt(device, this);
      const service = await server.getPrimaryService(this.service);
      const characteristic = await service.getCharacteristic(this.characteristic);
      characteristic.addEventListener('characteristicvaluechanged', this.#onValue);
      await characteristic.startNotifications();
      this.#characteristic = characteristic;
      this.#retry.reset();
      this.#set('connected', '');
      await this.#readBattery(server);
      await this.refresh();
      return true;
    } catch (error) {
      if (this.#stopped) return false;
      this.#set('failed', `The ${this.kind} did not answer: ${(error as Error).message || 'unknown error'}.`);
      this.#retry.schedule(() => void this.#open());
      return false;
    }
  }

  async #readBattery(server: BluetoothRemoteGATTServer) {
    try {
      const level = await (await (await server.getPrimaryService(BATTERY_SERVICE)).getCharacteristic(BATTERY_LEVEL)).readValue();
      this.battery = level.getUint8(0);
      this.onchange?.();
    } catch {
      this.battery = null; // no battery service: nothing to show
    }
  }

  readonly #onValue = (event: Event) => {
    const value = (event.target as BluetoothRemoteGATTCharacteristic).value;
    const parsed = value ? this.parse(value) : null;
    if (!parsed) return;
    this.last = parsed;
    this.#lastAt = performance.now();
    this.onchange?.();
  };

  readonly #onDrop = () => {
    if (this.#stopped) return;
    this.#set('reconnecting', `The ${this.kind} dropped out; reconnecting…`);
    this.#retry.schedule(() => void this.#open());
  };

  #set(status: BluetoothStatus, message: string) {
    this.status = status;
    this.message = message;
    this.onchange?.();
  }
}
