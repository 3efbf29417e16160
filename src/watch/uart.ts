/**
 * A text link to an Espruino device (a Bangle.js) over the Nordic UART service, through Web
 * Bluetooth: our own small client. Writes go out in 20-byte pieces (what one BLE packet carries
 * on a link that has not negotiated more), one after another; what the watch sends arrives in
 * pieces too and is handed on line by line. A dropped link says so and reconnects by itself.
 */
import { GattLink } from '../cadence/gatt-link.js';
import type { BluetoothRemoteGATTCharacteristic, BluetoothRemoteGATTServer, RequestDeviceOptions } from '../cadence/web-bluetooth.js';

export const UART_SERVICE = '6e400001-b5a3-f393-e0a9-e50e24dcca9e';
/** The phone writes here… */
export const UART_TX = '6e400002-b5a3-f393-e0a9-e50e24dcca9e';
/** …and the watch notifies here. */
export const UART_RX = '6e400003-b5a3-f393-e0a9-e50e24dcca9e';
const CHUNK = 20;

export class UartLink extends GattLink {
  /** Each whole line the watch sends. */
  online: ((line: string) => void) | null = null;

  #tx: BluetoothRemoteGATTCharacteristic | null = null;
  #queue: Promise<void> = Promise.resolve();
  #partial = '';
  readonly #encoder = new TextEncoder();
  readonly #decoder = new TextDecoder();

  constructor() {
    super('watch');
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

  protected requestOptions(): RequestDeviceOptions {
    return { filters: [{ namePrefix: 'Bangle' }, { services: [UART_SERVICE] }], optionalServices: [UART_SERVICE] };
  }

  /** The phone writes to TX; the watch notifies on RX. */
  protected async subscribe(server: BluetoothRemoteGATTServer): Promise<BluetoothRemoteGATTCharacteristic> {
    const service = await server.getPrimaryService(UART_SERVICE);
    this.#tx = await service.getCharacteristic(UART_TX);
    return service.getCharacteristic(UART_RX);
  }

  protected override closed() {
    this.#tx = null;
  }

  /** What the watch sent, in pieces: handed on a whole line at a time. */
  protected received(value: DataView) {
    this.#partial += this.#decoder.decode(value, { stream: true });
    let end: number;
    while ((end = this.#partial.indexOf('\n')) >= 0) {
      const line = this.#partial.slice(0, end).replace(/\r$/, '');
      this.#partial = this.#partial.slice(end + 1);
      if (line) this.online?.(line);
    }
  }
}
