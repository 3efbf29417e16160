/**
 * Signed plans. The clinician's device signs a plan's bytes with its own ECDSA P-256 key
 * (WebCrypto, SHA-256); the code carries the public key (33 bytes, compressed) and the
 * signature (64 bytes), then the plan:
 *
 *   code = base41( public key ‖ signature ‖ plan bytes )
 *
 * A signature proves the plan is unchanged since that key signed it, not who holds the key:
 * the patient's app remembers the key the first time a clinician's plan is accepted and says
 * so when a later plan comes from another one (rx-store.ts).
 */
import { Base41Error, decodeBase41, encodeBase41 } from './base41.js';
import { INCOMPLETE, RxError, decodePlan, encodePlan } from './rx-codec.js';
import type { Prescription } from './prescription.js';

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
const KEY_BYTES = 33;
const SIG_BYTES = 64;

// P-256's field prime and curve constant b (a = −3), for reading a compressed public key.
const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

function powMod(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  base %= mod;
  for (; exp > 0n; exp >>= 1n, base = (base * base) % mod) if (exp & 1n) result = (result * base) % mod;
  return result;
}

const toBig = (bytes: Uint8Array) => bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n);
const fromBig = (n: bigint, length: number) => Uint8Array.from({ length }, (_, i) => Number((n >> BigInt(8 * (length - 1 - i))) & 0xffn));

/** An uncompressed point (0x04 ‖ x ‖ y) as a compressed one (0x02/0x03 ‖ x). */
export function compressKey(raw: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const out = raw.slice(0, KEY_BYTES);
  out[0] = 0x02 | (raw[64]! & 1);
  return out;
}

/**
 * A compressed point back to the uncompressed form WebCrypto imports (not every browser
 * imports compressed points). P ≡ 3 (mod 4), so y = (x³ − 3x + b)^((P+1)/4).
 */
export function decompressKey(key: Uint8Array): Uint8Array<ArrayBuffer> {
  if (key.length !== KEY_BYTES || (key[0] !== 2 && key[0] !== 3)) throw new RxError('tampered', 'This link has been changed: its key is not valid.');
  const x = toBig(key.subarray(1));
  const rhs = (((x * x * x - 3n * x + B) % P) + P) % P;
  let y = powMod(rhs, (P + 1n) / 4n, P);
  if ((y * y) % P !== rhs) throw new RxError('tampered', 'This link has been changed: its key is not valid.');
  if (Number(y & 1n) !== (key[0]! & 1)) y = P - y;
  const out = new Uint8Array(65);
  out[0] = 4;
  out.set(key.subarray(1), 1);
  out.set(fromBig(y, 32), 33);
  return out;
}

/** A short, readable name for a key: the first 8 bytes of its SHA-256, as four groups of hex. */
export async function keyId(compressed: Uint8Array<ArrayBuffer>): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', compressed));
  const hex = [...hash.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
  return hex.match(/.{4}/g)!.join('-');
}

/** A new key pair for a clinician's device: the private key can sign but never be exported. */
export const newClinicianKey = (): Promise<CryptoKeyPair> => crypto.subtle.generateKey(ECDSA, false, ['sign', 'verify']);

/** The plan's code (the part after `#/rx/`), signed with `keys`. Throws RxError for a plan that cannot be sent. */
export async function signPlan(rx: Prescription, keys: CryptoKeyPair): Promise<string> {
  const plan = encodePlan(rx);
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey));
  const signature = new Uint8Array(await crypto.subtle.sign(SIGN, keys.privateKey, plan));
  const bytes = new Uint8Array(KEY_BYTES + SIG_BYTES + plan.length);
  bytes.set(compressKey(raw), 0);
  bytes.set(signature, KEY_BYTES);
  bytes.set(plan, KEY_BYTES + SIG_BYTES);
  return encodeBase41(bytes);
}

export interface OpenedPlan {
  rx: Prescription;
  /** The signing key's readable id (keyId). */
  keyId: string;
}

/**
 * Reads and checks a plan's code: refuses (RxError) text that is not a code, a code cut short,
 * one changed after signing, or one from a newer version; otherwise the plan and its key's id.
 */
export async function openPlan(code: string): Promise<OpenedPlan> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = decodeBase41(code.trim().toUpperCase());
  } catch (error) {
    if (code.trim().length % 3 === 1) throw new RxError('truncated', INCOMPLETE);
    throw new RxError('not-a-plan', `This is not a complete Kneebeat plan link (${error instanceof Base41Error ? error.message : String(error)}).`);
  }
  if (bytes.length <= KEY_BYTES + SIG_BYTES) throw new RxError('truncated', INCOMPLETE);
  const key = bytes.subarray(0, KEY_BYTES);
  const signature = bytes.subarray(KEY_BYTES, KEY_BYTES + SIG_BYTES);
  const plan = bytes.subarray(KEY_BYTES + SIG_BYTES);
  const publicKey = await crypto.subtle.importKey('raw', decompressKey(key), ECDSA, true, ['verify']);
  const valid = await crypto.subtle.verify(SIGN, publicKey, signature, plan);
  if (!valid) {
    // Say why if the plan itself shows it (cut short, newer version); else it was changed.
    try {
      decodePlan(plan);
    } catch (error) {
      if (error instanceof RxError && (error.kind === 'truncated' || error.kind === 'version')) throw error;
    }
    throw new RxError('tampered', 'This link has been changed since your clinician made it, so it cannot be trusted. Ask them to send it again.');
  }
  const { rx, length } = decodePlan(plan);
  if (length !== plan.length) throw new RxError('tampered', 'This link has extra text after the plan. Ask your clinician to send it again.');
  return { rx, keyId: await keyId(key) };
}
