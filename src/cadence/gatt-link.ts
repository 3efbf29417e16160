/**
 * A Web Bluetooth link to one device the user picks, kept up by us: it connects, opens the
 * characteristic that notifies (what that is and what its values mean is the subclass's), and
 * after a drop says so and reconnects by itself, waiting longer each time. A footpod, a
 * heart-rate strap and a Bangle.js's UART are each one; on one device they share its connection
 * (shared-gatt.ts), so one letting go does not cut the others off.
 */
import { Backoff } from './backoff.js';
import { holdGatt, releaseGatt } from './shared-gatt.js';
import type { Bluetooth, BluetoothDevice, BluetoothRemoteGATTCharacteristic, BluetoothRemoteGATTServer, RequestDeviceOptions } from './web-bluetooth.js';

export type BluetoothStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed';

export abstract class GattLink {
  status: BluetoothStatus = 'idle';
  /** A plain-words problem, or ''. */
  message = '';
  /** Called when the status changes (and by subclasses when what they show changes). */
  onchange: (() => void) | null = null;

  #device: BluetoothDevice | null = null;
  #notifying: BluetoothRemoteGATTCharacteristic | null = null;
  readonly #retry = new Backoff();
  #stopped = false;

  constructor(
    /** What the device is, in the user's words ("sensor", "heart-rate strap", "watch"). */
    readonly kind: string,
  ) {}

  static get available(): boolean {
    return typeof navigator !== 'undefined' && 'bluetooth' in navigator;
  }

  get deviceName(): string {
    return this.#device?.name ?? this.kind;
  }

  /** What the chooser offers, and the services this link may open. */
  protected abstract requestOptions(): RequestDeviceOptions;
  /** Opens what the link needs on a connected device; returns the characteristic that notifies. */
  protected abstract subscribe(server: BluetoothRemoteGATTServer): Promise<BluetoothRemoteGATTCharacteristic>;
  /** A value the device notified (or a read answered). */
  protected abstract received(value: DataView): void;
  /** Connected and subscribed (a sensor reads its battery here). */
  protected async opened(_server: BluetoothRemoteGATTServer): Promise<void> {}
  /** The link went down: dropped, or let go. */
  protected closed(): void {}

  /** Asks the user to pick the device (call from a tap), connects and subscribes. */
  async connect(bluetooth: Bluetooth = (navigator as Navigator & { bluetooth: Bluetooth }).bluetooth): Promise<boolean> {
    this.#stopped = false;
    this.set('connecting', '');
    try {
      this.#device = await bluetooth.requestDevice(this.requestOptions());
    } catch (error) {
      this.set('idle', (error as Error).name === 'NotFoundError' ? '' : `No ${this.kind}: ${(error as Error).message}`);
      return false;
    }
    this.#device.addEventListener('gattserverdisconnected', this.#onDrop);
    return this.#open();
  }

  /**
   * Reads the notifying characteristic once, where the device allows it; the answer arrives as a
   * notification would. (Chromium's Bluetooth emulation, which the tests use, answers reads but
   * sends no notifications.)
   */
  async refresh(): Promise<void> {
    try {
      await this.#notifying?.readValue();
    } catch {
      // A device that only notifies: its next notification will do.
    }
  }

  disconnect() {
    this.#stopped = true;
    this.#retry.cancel();
    this.#notifying?.removeEventListener('characteristicvaluechanged', this.#onValue);
    this.#device?.removeEventListener('gattserverdisconnected', this.#onDrop);
    if (this.#device) releaseGatt(this.#device, this);
    this.closed();
    this.set('idle', '');
  }

  protected set(status: BluetoothStatus, message: string) {
    this.status = status;
    this.message = message;
    this.onchange?.();
  }

  async #open(): Promise<boolean> {
    const device = this.#device;
    if (!device?.gatt) return false;
    try {
      const server = await device.gatt.connect();
      holdGatt(device, this);
      const notifying = await this.subscribe(server);
      notifying.addEventListener('characteristicvaluechanged', this.#onValue);
      await notifying.startNotifications();
      this.#notifying = notifying;
      this.#retry.reset();
      this.set('connected', '');
      await this.opened(server);
      return true;
    } catch (error) {
      if (this.#stopped) return false;
      this.set('failed', `The ${this.kind} did not answer: ${(error as Error).message || 'unknown error'}.`);
      this.#retry.schedule(() => void this.#open());
      return false;
    }
  }

  readonly #onValue = (event: Event) => {
    const value = (event.target as BluetoothRemoteGATTCharacteristic).value;
    if (value) this.received(value);
  };

  readonly #onDrop = () => {
    this.closed();
    if (this.#stopped) return;
    this.set('reconnecting', `The ${this.kind} dropped out; reconnecting…`);
    this.#retry.schedule(() => void this.#open());
  };
}
