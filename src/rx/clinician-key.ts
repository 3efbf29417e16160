/**
 * The clinician's signing key on their device: made once and kept in IndexedDB (a CryptoKey
 * is stored as is; its private half was made non-extractable, so no script, ours included,
 * can read it out).
 */
import { createStore, get, set } from 'idb-keyval';
import { compressKey, keyId, newClinicianKey } from './rx-sign.js';

const store = () => createStore('kneebeat-clinician', 'keys');
const KEY = 'signing-key';

/** This device's key pair, made on first use. */
export async function clinicianKey(): Promise<CryptoKeyPair> {
  const db = store();
  const existing = await get<CryptoKeyPair>(KEY, db);
  if (existing) return existing;
  const made = await newClinicianKey();
  await set(KEY, made, db);
  return made;
}

/** The readable id of a key pair's public key, as patients see it. */
export async function clinicianKeyId(keys: CryptoKeyPair): Promise<string> {
  return keyId(compressKey(new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey))));
}
