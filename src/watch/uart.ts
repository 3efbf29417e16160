/**
 * A text link to an Espruino device (a Bangle.js) over the Nordic UART service, through Web
 * Bluetooth: our own small client. Writes go out in 20-byte pieces (what one BLE packet carries
 * on a link that has not negotiated more), one after another; what the watch sends arrives in
 * pieces too and is handed on line by line. A dropped link says so and reconnects by itself.
 */
import { Backoff } from '../cadence/backoff.js';
import { holdGatt, releaseGatt } from '../cadence/shared-gatt.js';
import type { BluetoothStatus } from '../cadence/gatt-sensor.js';
import type { Bluetooth, BluetoothDevice, BluetoothRemoteGATTCharacteristic } from '../cadence/web-bluetooth.js';

export const UART_SERVICE = '6e400001-b5a3-f393-e0a9-e50e24dcca9e';
/** The phone writes here… */
export const UART_TX = '6e400002-b5a3-f393-e0a9-e50e24dcca9e';
/** …and the watch notifies here. */
export const UART_RX = '6e400003-b5a3-f393-e0a9-e50e24dcca9e';
const CHUNK = 20;

export type UartStatus = BluetoothStatus;

export class UartLink {
  status: UartStatus = 'idle';
  message = '';
  /** Each whole line the watch sends. */
  online: ((line: string) => void) | null = null;
  /** The status changed. */
  onchange: (() => void) | null = null;

  #device: BluetoothDevice | null = null;
  #tx: BluetoothRemoteGATTCharacteristic | null = null;
  #rx: BluetoothRemoteGATTCharacteristic | null = null;
  #queue: Promise<void> = Promise.resolve();
  #partial = '';
  #stopped = false;
  readonly #retry = new Backoff();
  readonly #encoder = new TextEncoder();
  readonly #decoder = new TextDecoder();

  get deviceName(): string {
    return this.#device?.name ?? 'watch';
  }

  /** Asks the user to pick the watch (call from a tap) and opens the link. */
  async connect(bluetooth: Bluetooth = (navigator as Navigator & { bluetooth: Bluetooth }).bluetooth): Promise<boolean> {
    this.#stopped = false;
    this.#set('connecting', '');
    try {
      this.#device = await bluetooth.requestDevice({ filters: [{ namePrefix: 'Bangle' }, { services: [UART_SERVICE] }], optionalServices: [UART_SERVICE] });
    } catch (error) {
      this.#set('idle', (error as Error).name === 'NotFoundError' ? '' : `No watch: ${(error as Error).message}`);
      return false;
    }
    this.#device.addEventListener('gattserverdisconnected', this.#onDrop);
    return this.#open();
  }

  /** Sends text (queued behind what is still going out); resolves once written. */
  send(text: string): Promise<void> {
    const bytes = this.#encoder.encode(text);
    const write = async () => {
      const tx = this.#tx;
      if (!tx || this.status !== 'connected') throw new Error('the watch is not connected');
      for (let i = 0; i < bytes.length; i += CHUNK) await tx.writeValue(bytes.slice(i, i + CHUNK));
    };
    const sent = this.#queue.then(write, write);
    this.#queue = sent.catch(() => {});
    return sent;
  }

  /**
   * Reads the watch's side once; the answer arrives as a notification would. (Chromium's
   * Bluetooth emulation, which the tests use, answers reads but sends no notifications.)
   */
  async refresh(): Promise<void> {
    try {
      await this.#rx?.readValue();
    } catch {
      // Not readable on this watch: its notifications do the same.
    }
  }

  disconnect() {
    this.#stopped = true;
    this.#retry.cancel();
    this.#rx?.removeEventListener('characteristicvaluechanged', this.#onData);
    this.#device?.removeEventListener('gattserverdisconnected', this.#onDrop);
    if (this.#device) releaseGatt(this.#device, this);
    this.#tx = null;
    this.#set('idle', '');
  }

  async #open(): Promise<boolean> {
    const gatt = this.#device?.gatt;
    if (!gatt) return false;
    try {
      const server = await gatt.connect();
      holdGatt(this.#device!, this);
      const service = await server.getPrimaryService(UART_SERVICE);
      this.#tx = await service.getCharacteristic(UART_TX);
      const rx = await service.getCharacteristic(UART_RX);
      rx.addEventListener('characteristicvaluechanged', this.#onData);
      await rx.startNotifications();
      this.#rx = rx;
      this.#retry.reset();
      this.#set('connected', '');
      return true;
    } catch (error) {
      if (this.#stopped) return false;
      this.#set('failed', `The watch did not answer: ${(error as Error).message || 'unknown error'}.`);
      this.#retry.schedule(() => void this.#open());
      return false;
    }
  }

  readonly #onData = (event: Event) => {
    const value = (event.target as BluetoothRemoteGATTCharacteristic).value;
    if (!value) return;
    this.#partial += this.#decoder.decode(value, { stream: true });
    let end: number;
    while ((end = this.#partial.indexOf('\n')) >= 0) {
      const line = this.#partial.slice(0, end).replace(/\r$/, '');
      this.#partial = this.#partial.slice(end + 1);
      if (line) this.online?.(line);
    }
  };

  readonly #onDrop = () => {
    this.#tx = null;
    if (this.#stopped) return;
    this.#set('reconnecting', 'The watch dropped out; reconnecting…');
    this.#retry.schedule(() => void this.#open());
  };

  #set(status: UartStatus, message: string) {
    this.status = status;
    this.message = message;
    this.onchange?.();
  }
}
