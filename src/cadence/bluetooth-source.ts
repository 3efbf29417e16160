/**
 * A Bluetooth running sensor (footpod, some chest straps) as a cadence source, through Web
 * Bluetooth and the Running Speed and Cadence service. Devices report either steps or strides
 * per minute; the user says which (`unit`), and strides are doubled. Reconnects by itself after
 * a drop (waiting longer each time), and reads the battery where the device has one.
 */
import { BATTERY_LEVEL, BATTERY_SERVICE, RSC_MEASUREMENT, RSC_SERVICE, parseRsc, type RscMeasurement } from './rsc.js';
import type { Milliseconds, StepsPerMinute } from '../units.js';
import type { Bluetooth, BluetoothDevice, BluetoothRemoteGATTCharacteristic, BluetoothRemoteGATTServer } from './web-bluetooth.js';

export type CadenceUnit = 'steps' | 'strides';
export type BluetoothStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed';

const RECONNECT_FIRST: Milliseconds = 1000;
const RECONNECT_MAX: Milliseconds = 30000;
/** A reading older than this is no cadence any more (the runner stopped, or the link is quiet). */
const STALE: Milliseconds = 4000;

export class BluetoothCadence {
  unit: CadenceUnit;
  status: BluetoothStatus = 'idle';
  /** A plain-words problem, or ''. */
  message = '';
  battery: number | null = null;
  last: RscMeasurement | null = null;
  /** Called on every measurement, and when the status or battery changes. */
  onchange: (() => void) | null = null;

  #device: BluetoothDevice | null = null;
  #characteristic: BluetoothRemoteGATTCharacteristic | null = null;
  #lastAt = Number.NEGATIVE_INFINITY;
  #retryWait = RECONNECT_FIRST;
  #retryTimer = 0;
  #stopped = false;

  constructor(unit: CadenceUnit = 'steps') {
    this.unit = unit;
  }

  static get available(): boolean {
    return typeof navigator !== 'undefined' && 'bluetooth' in navigator;
  }

  /** Steps per minute now, or NaN (none yet, or the last reading is stale). */
  get cadence(): StepsPerMinute {
    if (!this.last || performance.now() - this.#lastAt > STALE || this.last.cadence === 0) return Number.NaN;
    return this.last.cadence * (this.unit === 'strides' ? 2 : 1);
  }

  get deviceName(): string {
    return this.#device?.name ?? 'sensor';
  }

  /** Asks the user to pick a sensor (call from a tap), connects and subscribes. */
  async connect(bluetooth: Bluetooth = (navigator as Navigator & { bluetooth: Bluetooth }).bluetooth): Promise<boolean> {
    this.#stopped = false;
    this.#set('connecting', '');
    try {
      this.#device = await bluetooth.requestDevice({ filters: [{ services: [RSC_SERVICE] }], optionalServices: [BATTERY_SERVICE] });
    } catch (error) {
      this.#set('idle', (error as Error).name === 'NotFoundError' ? '' : `No sensor: ${(error as Error).message}`);
      return false;
    }
    this.#device.addEventListener('gattserverdisconnected', this.#onDrop);
    return this.#open();
  }

  /**
   * Asks the sensor for its current measurement (a read, where it allows one); the answer
   * arrives like a notification. Done once on connecting, so the screen need not wait for the
   * first notification.
   */
  async refresh(): Promise<void> {
    try {
      await this.#characteristic?.readValue();
    } catch {
      // A sensor that only notifies: its next notification will do.
    }
  }

  disconnect() {
    this.#stopped = true;
    clearTimeout(this.#retryTimer);
    this.#characteristic?.removeEventListener('characteristicvaluechanged', this.#onValue);
    this.#device?.removeEventListener('gattserverdisconnected', this.#onDrop);
    this.#device?.gatt?.disconnect();
    this.#set('idle', '');
  }

  async #open(): Promise<boolean> {
    const device = this.#device;
    if (!device?.gatt) return false;
    try {
      const server = await device.gatt.connect();
      const service = await server.getPrimaryService(RSC_SERVICE);
      const characteristic = await service.getCharacteristic(RSC_MEASUREMENT);
      characteristic.addEventListener('characteristicvaluechanged', this.#onValue);
      await characteristic.startNotifications();
      this.#characteristic = characteristic;
      this.#retryWait = RECONNECT_FIRST;
      this.#set('connected', '');
      await this.#readBattery(server);
      await this.refresh();
      return true;
    } catch (error) {
      if (this.#stopped) return false;
      this.#set('failed', `The sensor did not answer: ${(error as Error).message || 'unknown error'}.`);
      this.#scheduleReconnect();
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
    const parsed = value ? parseRsc(value) : null;
    if (!parsed) return;
    this.last = parsed;
    this.#lastAt = performance.now();
    this.onchange?.();
  };

  readonly #onDrop = () => {
    if (this.#stopped) return;
    this.#set('reconnecting', 'The sensor dropped out; reconnecting…');
    this.#scheduleReconnect();
  };

  #scheduleReconnect() {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = window.setTimeout(() => {
      this.#retryWait = Math.min(RECONNECT_MAX, this.#retryWait * 2);
      void this.#open();
    }, this.#retryWait);
  }

  #set(status: BluetoothStatus, message: string) {
    this.status = status;
    this.message = message;
    this.onchange?.();
  }
}
