/**
 * The Bluetooth Running Speed and Cadence service (0x1814): its measurement characteristic
 * (0x2A53), as footpods and some chest straps send it. DOM-free parsing.
 *
 * Layout: flags (uint8: bit 0 stride length present, bit 1 total distance present, bit 2
 * running), speed (uint16, 1/256 m/s), cadence (uint8, per minute), [stride length (uint16,
 * 1/100 m)], [total distance (uint32, 1/10 m)], little-endian.
 */
export const RSC_SERVICE = 0x1814;
export const RSC_MEASUREMENT = 0x2a53;
export const BATTERY_SERVICE = 0x180f;
export const BATTERY_LEVEL = 0x2a19;

export interface RscMeasurement {
  speedMps: number;
  /** As the device sends it: steps or strides per minute (devices differ; the user says which). */
  cadence: number;
  strideM: number | null;
  distanceM: number | null;
  running: boolean;
}

/** Parses one measurement, or returns null for a value too short for the flags it carries. */
export function parseRsc(value: DataView): RscMeasurement | null {
  if (value.byteLength < 4) return null;
  const flags = value.getUint8(0);
  const hasStride = (flags & 1) !== 0;
  const hasDistance = (flags & 2) !== 0;
  const needed = 4 + (hasStride ? 2 : 0) + (hasDistance ? 4 : 0);
  if (value.byteLength < needed) return null;
  let at = 4;
  const strideM = hasStride ? value.getUint16(at, true) / 100 : null;
  if (hasStride) at += 2;
  const distanceM = hasDistance ? value.getUint32(at, true) / 10 : null;
  return {
    speedMps: value.getUint16(1, true) / 256,
    cadence: value.getUint8(3),
    strideM,
    distanceM,
    running: (flags & 4) !== 0,
  };
}

/** Builds a measurement's bytes (for tests and the emulated sensor). */
export function encodeRsc(m: { speedMps: number; cadence: number; strideM?: number; distanceM?: number; running?: boolean }): Uint8Array {
  const hasStride = m.strideM !== undefined;
  const hasDistance = m.distanceM !== undefined;
  const bytes = new Uint8Array(4 + (hasStride ? 2 : 0) + (hasDistance ? 4 : 0));
  const view = new DataView(bytes.buffer);
  view.setUint8(0, (hasStride ? 1 : 0) | (hasDistance ? 2 : 0) | (m.running ? 4 : 0));
  view.setUint16(1, Math.round(m.speedMps * 256), true);
  view.setUint8(3, Math.round(m.cadence));
  let at = 4;
  if (hasStride) {
    view.setUint16(at, Math.round(m.strideM! * 100), true);
    at += 2;
  }
  if (hasDistance) view.setUint32(at, Math.round(m.distanceM! * 10), true);
  return bytes;
}
