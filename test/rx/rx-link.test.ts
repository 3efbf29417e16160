// A clinician's plan travels as a signed code in a link: every random plan comes back as it was
// sent; a changed character, a cut-short link, a newer version or plain text are refused with a
// message, and nothing else is read from them.
import { expect } from 'chai';
import { decodeBase41, encodeBase41, BASE41_ALPHABET } from '../../src/rx/base41.js';
import { EXERCISE_CODES } from '../../src/rx/exercise-codes.js';
import { prescriptionProblem } from '../../src/rx/prescription.js';
import { RxError, decodePlan, encodePlan } from '../../src/rx/rx-codec.js';
import { compressKey, decompressKey, keyId, newClinicianKey, openPlan, signPlan } from '../../src/rx/rx-sign.js';
import { EXERCISES } from '../../content/exercises.js';
import { randomPlan, seeded } from '../helpers/random-plan.js';

async function refused(promise: Promise<unknown>): Promise<RxError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(RxError);
    return error as RxError;
  }
  throw new Error('accepted');
}

describe('plan links', () => {
  let keys: CryptoKeyPair;
  before(async () => {
    keys = await newClinicianKey();
  });

  it('base41 round-trips bytes of every length and uses only QR alphanumeric characters safe in a link', () => {
    const r = seeded(7);
    for (let length = 0; length < 200; length++) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(r() * 256));
      const text = encodeBase41(bytes);
      expect(text.length).to.equal(Math.floor(length / 2) * 3 + (length % 2) * 2);
      expect([...text].every((c) => BASE41_ALPHABET.includes(c))).to.equal(true);
      expect([...decodeBase41(text)]).to.deep.equal([...bytes]);
    }
    expect(BASE41_ALPHABET).to.match(/^[0-9A-Z$*+\-/]{41}$/);
    expect(encodeURI(BASE41_ALPHABET)).to.equal(BASE41_ALPHABET);
    // 65535 = 17 + 40·41 + 38·41² → H / +, least significant first; 255 = 9 + 6·41 → 9 6.
    expect(encodeBase41(Uint8Array.of(255, 255, 255))).to.equal('H/+96');
    expect(() => decodeBase41('///')).to.throw(/not a valid group/); // 40 + 40·41 + 40·41² > 65535
  });

  it('gives every exercise in the library a code, and keeps the first codes where they were', () => {
    for (const e of EXERCISES) expect(EXERCISE_CODES, e.id).to.include(e.id);
    expect(new Set(EXERCISE_CODES).size).to.equal(EXERCISE_CODES.length);
    // Append only: links already given out name exercises by these numbers.
    expect(EXERCISE_CODES.slice(0, 5)).to.deep.equal(['quad-set', 'short-arc-quad', 'straight-leg-raise', 'straight-leg-raise-weighted', 'wall-slide']);
    expect(EXERCISE_CODES.length).to.be.at.most(255);
  });

  it('encodes and decodes 200 random plans exactly (bytes only, no signature)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rx = randomPlan(seed);
      expect(prescriptionProblem(rx), `seed ${seed}`).to.equal(null);
      const bytes = encodePlan(rx);
      const { rx: back, length } = decodePlan(bytes);
      expect(length).to.equal(bytes.length);
      expect(back, `seed ${seed}`).to.deep.equal({ ...rx, clinician: rx.clinician.trim(), items: rx.items.map((i) => ({ ...i, note: i.note.trim() })) });
    }
  });

  it('signs and opens 40 random plans, naming the key', async () => {
    const id = await keyId(compressKey(new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey))));
    expect(id).to.match(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    for (let seed = 1; seed <= 40; seed++) {
      const rx = randomPlan(seed);
      const code = await signPlan(rx, keys);
      const opened = await openPlan(code);
      expect(opened.rx, `seed ${seed}`).to.deep.equal(rx);
      expect(opened.keyId).to.equal(id);
      // Lower case (some apps change it) opens too.
      expect((await openPlan(code.toLowerCase())).rx).to.deep.equal(rx);
    }
  });

  it('refuses a changed character anywhere in the code, and says it was changed', async () => {
    const rx = randomPlan(3, 8);
    const code = await signPlan(rx, keys);
    const kinds = new Map<string, number>();
    for (let i = 0; i < code.length; i++) {
      const other = BASE41_ALPHABET[(BASE41_ALPHABET.indexOf(code[i]!) + 1 + (i % 40)) % 41]!;
      const changed = code.slice(0, i) + other + code.slice(i + 1);
      const error = await refused(openPlan(changed));
      kinds.set(error.kind, (kinds.get(error.kind) ?? 0) + 1);
      expect(error.message.length).to.be.greaterThan(20);
    }
    // Nearly every change reads as "changed"; a change that breaks a 3-character group, the
    // version byte, or an exercise code says what it found instead. None is accepted.
    expect(kinds.get('tampered') ?? 0).to.be.greaterThan(code.length * 0.8);
    expect([...kinds.keys()].every((k) => ['tampered', 'not-a-plan', 'version', 'truncated'].includes(k))).to.equal(true);
  });

  it('refuses a link cut short at any length, saying part is missing', async () => {
    const code = await signPlan(randomPlan(4, 10), keys);
    for (let cut = 1; cut < code.length; cut += 1) {
      const error = await refused(openPlan(code.slice(0, code.length - cut)));
      expect(error.kind, `cut ${cut}`).to.be.oneOf(['truncated', 'tampered', 'not-a-plan']);
      expect(error.message, `cut ${cut}`).to.match(/incomplete|changed|not a complete/);
    }
    expect((await refused(openPlan(code.slice(0, 100)))).message).to.match(/incomplete|missing/);
  });

  it('refuses a plan of a newer version (even signed), plain text, and extra text', async () => {
    const rx = randomPlan(5, 4);
    const bytes = encodePlan(rx);
    bytes[0] = 2;
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey));
    const signature = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, bytes));
    const newer = encodeBase41(Uint8Array.from([...compressKey(raw), ...signature, ...bytes]));
    const error = await refused(openPlan(newer));
    expect(error.kind).to.equal('version');
    expect(error.message).to.match(/newer version/);
    expect((await refused(openPlan('hello world'))).kind).to.be.oneOf(['not-a-plan', 'truncated']);
    expect((await refused(openPlan(''))).kind).to.equal('truncated');
    const code = await signPlan(rx, keys);
    expect((await refused(openPlan(code + '000'))).kind).to.equal('tampered');
  });

  it('reads back a compressed key exactly as WebCrypto exported it', async () => {
    for (let i = 0; i < 10; i++) {
      const pair = await newClinicianKey();
      const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
      expect([...decompressKey(compressKey(raw))]).to.deep.equal([...raw]);
    }
    expect(() => decompressKey(new Uint8Array(33))).to.throw(RxError);
  });

  it('refuses to encode a plan that breaks its limits, saying which', () => {
    const rx = randomPlan(6, 3);
    expect(() => encodePlan({ ...rx, clinician: ' ' })).to.throw(/your name/);
    expect(() => encodePlan({ ...rx, runPainLimit: 4 })).to.throw(/never allows more/);
    expect(() => encodePlan({ ...rx, items: [{ ...rx.items[0]!, sets: 11 }] })).to.throw(/sets must be 1 to 10/);
    expect(() => encodePlan({ ...rx, items: [{ ...rx.items[0]!, id: 'moonwalk' }] })).to.throw(/not an exercise/);
    expect(() => encodePlan({ ...rx, items: [rx.items[0]!, rx.items[0]!] })).to.throw(/twice/);
    expect(() => encodePlan({ ...rx, items: [] })).to.throw(/at least one/);
  });
});
