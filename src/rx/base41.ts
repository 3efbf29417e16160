/**
 * Bytes as text that a QR code stores in its compact alphanumeric mode and a URL fragment keeps
 * as it is. QR alphanumeric mode has 45 characters (`0-9A-Z $%*+-./:`); base45 (RFC 9285) uses
 * them all, but a space and `%` break a link, and `.` and `:` at a link's end are often cut off
 * by the apps that turn text into links. The other 41 are safe, and 41³ > 65,536, so the same
 * scheme as base45 still packs 2 bytes into 3 characters (1 leftover byte into 2).
 */
export const BASE41_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-/';
const BASE = BASE41_ALPHABET.length;
const VALUE = new Map([...BASE41_ALPHABET].map((c, i) => [c, i]));

export function encodeBase41(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    const pair = i + 1 < bytes.length;
    let n = pair ? bytes[i]! * 256 + bytes[i + 1]! : bytes[i]!;
    for (let k = 0; k < (pair ? 3 : 2); k++) {
      out += BASE41_ALPHABET[n % BASE];
      n = Math.floor(n / BASE);
    }
  }
  return out;
}

/** Thrown for text that is not base41: says which character and where. */
export class Base41Error extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

export function decodeBase41(text: string): Uint8Array<ArrayBuffer> {
  if (text.length % 3 === 1) throw new Base41Error(`${text.length} characters cannot be whole bytes`, text.length);
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let o = 0;
  for (let i = 0; i < text.length; i += 3) {
    const chunk = text.slice(i, i + 3);
    let n = 0;
    for (let k = chunk.length - 1; k >= 0; k--) {
      const v = VALUE.get(chunk[k]!);
      if (v === undefined) throw new Base41Error(`“${chunk[k]}” (character ${i + k + 1}) is not part of a plan's code`, i + k);
      n = n * BASE + v;
    }
    if (chunk.length === 3) {
      if (n > 0xffff) throw new Base41Error(`characters ${i + 1}–${i + 3} are not a valid group`, i);
      out[o++] = n >> 8;
      out[o++] = n & 0xff;
    } else {
      if (n > 0xff) throw new Base41Error(`the last two characters are not a valid group`, i);
      out[o++] = n;
    }
  }
  return out;
}
