/**
 * One Bluetooth device can be several of ours at once: a Bangle.js is the watch link (its UART),
 * the cadence sensor (Running Speed and Cadence) and the heart-rate sensor. They share the
 * device's one GATT connection, so the last of them to let go disconnects it — not the first,
 * which would cut the others off.
 */
import type { BluetoothDevice } from './web-bluetooth.js';

const users = new Map<string, Set<object>>();

/** `who` uses `device`'s connection (until it lets go). */
export function holdGatt(device: BluetoothDevice, who: object) {
  const held = users.get(device.id) ?? new Set<object>();
  held.add(who);
  users.set(device.id, held);
}

/** `who` lets go of `device`: the connection closes when nobody else holds it. */
export function releaseGatt(device: BluetoothDevice, who: object) {
  const held = users.get(device.id);
  held?.delete(who);
  if (held?.size) return;
  users.delete(device.id);
  device.gatt?.disconnect();
}
