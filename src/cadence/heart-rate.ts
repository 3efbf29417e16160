/**
 * The Bluetooth Heart Rate service (0x180D): its measurement characteristic (0x2A37), as chest
 * straps (Polar, Wahoo, Coospo), Garmin watches broadcasting heart rate and PineTime send it.
 * DOM-free parsing.
 *
 * Layout, little-endian: flags (uint8: bit 0 value is uint16, bits 1–2 sensor contact — 2 not
 * detected, 3 detected, 0/1 not supported — bit 3 energy expended present, bit 4 RR intervals
 * present), heart rate (uint8 or uint16, beats/min), [energy expended (uint16, kJ)], [RR
 * intervals (uint16 each, 1/1024 s), to the end].
 */
export const HEART_RATE_SERVICE = 0x180d;
export const HEART_RATE_MEASUREMENT = 0x2a37;

export interface HeartRateMeasurement {
  bpm: number;
  /** `null`: the sensor does not say; `false`: it says the skin contact is lost. */
  contact: boolean | null;
  energyKJ: number | null;
  /** Beat-to-beat intervals in this message, in ms. */
  rrMs: number[];
}

/** Parses one measurement, or null for a value too short for what its flags announce. */
export function parseHeartRate(value: DataView): HeartRateMeasurement | null {
  if (value.byteLength < 2) return null;
  const flags = value.getUint8(0);
  const wide = (flags & 1) !== 0;
  const contactBits = (flags >> 1) & 3;
  const hasEnergy = (flags & 8) !== 0;
  const hasRr = (flags & 16) !== 0;
  let at = 1;
  if (value.byteLength < at + (wide ? 2 : 1) + (hasEnergy ? 2 : 0)) return null;
  const bpm = wide ? value.getUint16(at, true) : value.getUint8(at);
  at += wide ? 2 : 1;
  const energyKJ = hasEnergy ? value.getUint16(at, true) : null;
  if (hasEnergy) at += 2;
  const rrMs: number[] = [];
  if (hasRr) for (; at + 1 < value.byteLength; at += 2) rrMs.push((value.getUint16(at, true) * 1000) / 1024);
  return { bpm, contact: contactBits === 3 ? true : contactBits === 2 ? false : null, energyKJ, rrMs };
}

/** Builds a measurement's bytes (for tests and the emulated strap). */
export function encodeHeartRate(m: { bpm: number; wide?: boolean; contact?: boolean | null; energyKJ?: number; rrMs?: number[] }): Uint8Array {
  const wide = m.wide ?? m.bpm > 255;
  const hasEnergy = m.energyKJ !== undefined;
  const rr = m.rrMs ?? [];
  const bytes = new Uint8Array(1 + (wide ? 2 : 1) + (hasEnergy ? 2 : 0) + rr.length * 2);
  const view = new DataView(bytes.buffer);
  const contact = m.contact === true ? 3 : m.contact === false ? 2 : 0;
  view.setUint8(0, (wide ? 1 : 0) | (contact << 1) | (hasEnergy ? 8 : 0) | (rr.length ? 16 : 0));
  let at = 1;
  if (wide) view.setUint16(at, m.bpm, true);
  else view.setUint8(at, m.bpm);
  at += wide ? 2 : 1;
  if (hasEnergy) {
    view.setUint16(at, m.energyKJ!, true);
    at += 2;
  }
  for (const ms of rr) {
    view.setUint16(at, Math.round((ms * 1024) / 1000), true);
    at += 2;
  }
  return bytes;
}
