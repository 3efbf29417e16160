// A stand-in for navigator.bluetooth with a Bangle.js 2 at the other end of its UART, answering
// as our watch app does: a ping with its clock (1000 ms ahead of the page's), 5 ms after it
// arrives. `said` holds every message the phone wrote, `raw` every line; `reply` is the watch
// speaking.
import { expect } from '@open-wc/testing';

/** The watch, 1000 ms ahead of the page clock; `said` holds every line the phone wrote. */
export function fakeWatch() {
  const said: Record<string, unknown>[] = [];
  const raw: string[] = [];
  let partial = '';
  const rx = Object.assign(new EventTarget(), {
    value: null as DataView | null,
    startNotifications: async () => rx,
    readValue: async () => rx.value!,
    writeValue: async () => {},
  });
  const reply = (message: object) => {
    rx.value = new DataView(new TextEncoder().encode(`${JSON.stringify(message)}\r\n`).buffer);
    rx.dispatchEvent(new Event('characteristicvaluechanged'));
  };
  const tx = Object.assign(new EventTarget(), {
    value: null as DataView | null,
    startNotifications: async () => tx,
    readValue: async () => tx.value!,
    writeValue: async (bytes: Uint8Array) => {
      expect(bytes.length).to.be.at.most(20); // one BLE packet
      partial += new TextDecoder().decode(bytes);
      let end: number;
      while ((end = partial.indexOf('\n')) >= 0) {
        const line = partial.slice(0, end);
        partial = partial.slice(end + 1);
        raw.push(line);
        if (line.startsWith('\x10')) continue; // an install command
        const message = JSON.parse(line) as Record<string, unknown>;
        said.push(message);
        // Our app answers a ping with its clock, 5 ms after it arrives.
        if (message['t'] === 'ping') setTimeout(() => reply({ t: 'pong', i: message['i'], w: performance.now() + 1000 }), 5);
      }
    },
  });
  const server = {
    connected: true,
    connect: async () => server,
    disconnect() {},
    getPrimaryService: async () => ({ getCharacteristic: async (uuid: string) => (uuid.startsWith('6e400002') ? tx : rx) }),
  };
  const device = Object.assign(new EventTarget(), { id: 'bangle', name: 'Bangle.js 1a2b', gatt: server });
  return { bluetooth: { requestDevice: async () => device }, said, raw, reply };
}
