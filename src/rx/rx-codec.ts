/**
 * A plan as a few bytes (version 1), so a 10-exercise plan and its signature fit a small QR
 * code; JSON would take several times the room. Layout, all integers unsigned, big-endian:
 *
 *   version (1)
 *   level (bits 0–2) · running pain limit (bits 3–4) · run plan kind (bits 5–6: program,
 *     continuous, intervals)
 *   issued day (2 bytes, days since 1970-01-01)
 *   cadence (1 byte: steps a minute; 0 = the app's cadence plan)
 *   [intervals: run s (2), walk s (2), repeats (1)]
 *   item count (1), then per item: exercise code (1) · sets−1 (bits 0–3), per side (bit 4),
 *     times a day−1 (bits 5–6), has a note (bit 7) · reps (1) · hold s (1) · [note: length (1), UTF-8]
 *   clinician: length (1), UTF-8
 *
 * The signed link adds the clinician's public key and signature after this (rx-sign.ts).
 */
import type { Level } from '../../content/types.js';
import { codeOfExercise, exerciseOfCode } from './exercise-codes.js';
import { prescriptionProblem, type PrescribedItem, type PrescribedRun, type Prescription } from './prescription.js';

export const RX_VERSION = 1;
export const INCOMPLETE = 'This link is incomplete: part of it is missing. Ask for it again, or scan the QR code.';

export type RxErrorKind = 'not-a-plan' | 'truncated' | 'version' | 'tampered' | 'invalid';

/** A plan that cannot be read or trusted: `kind` says which, the message says it to a person. */
export class RxError extends Error {
  constructor(
    readonly kind: RxErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'RxError';
  }
}

const RUN_KINDS = ['program', 'continuous', 'intervals'] as const;
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });

export function encodePlan(rx: Prescription): Uint8Array<ArrayBuffer> {
  const problem = prescriptionProblem(rx);
  if (problem) throw new RxError('invalid', problem);
  const out: number[] = [];
  const u16 = (n: number) => out.push(n >> 8, n & 0xff);
  const text = (s: string) => {
    const bytes = utf8.encode(s);
    if (bytes.length > 255) throw new RxError('invalid', `“${s.slice(0, 20)}…” is too long.`);
    out.push(bytes.length, ...bytes);
  };
  const runKind = typeof rx.run === 'object' ? 2 : RUN_KINDS.indexOf(rx.run);
  out.push(RX_VERSION, rx.level | (rx.runPainLimit << 3) | (runKind << 5));
  u16(rx.issuedDay);
  out.push(rx.cadence ?? 0);
  if (typeof rx.run === 'object') {
    u16(rx.run.runS);
    u16(rx.run.walkS);
    out.push(rx.run.repeats);
  }
  out.push(rx.items.length);
  for (const item of rx.items) {
    const note = item.note.trim();
    out.push(
      codeOfExercise(item.id)!,
      (item.sets - 1) | (Number(item.perSide) << 4) | ((item.timesPerDay - 1) << 5) | (note ? 0x80 : 0),
      item.reps,
      item.holdS,
    );
    if (note) text(note);
  }
  text(rx.clinician.trim());
  return Uint8Array.from(out);
}

/** Reads bytes in order; running past the end means the link was cut short. */
class Reader {
  offset = 0;
  constructor(readonly bytes: Uint8Array) {}
  u8(): number {
    if (this.offset >= this.bytes.length) throw new RxError('truncated', INCOMPLETE);
    return this.bytes[this.offset++]!;
  }
  u16(): number {
    return (this.u8() << 8) | this.u8();
  }
  text(): string {
    const length = this.u8();
    const bytes = Uint8Array.from({ length }, () => this.u8());
    try {
      return fromUtf8.decode(bytes);
    } catch {
      throw new RxError('tampered', 'This link has been changed: its text is garbled.');
    }
  }
}

/** The plan at the start of `bytes`, and where it ends (the signature follows). Throws RxError. */
export function decodePlan(bytes: Uint8Array): { rx: Prescription; length: number } {
  const r = new Reader(bytes);
  const version = r.u8();
  if (version !== RX_VERSION)
    throw new RxError(
      'version',
      version > RX_VERSION
        ? 'This plan was made with a newer version of Kneebeat. Update the app (reload it while online), then open the link again.'
        : 'This is not a Kneebeat plan link.',
    );
  const head = r.u8();
  const level = head & 0b111;
  const runPainLimit = (head >> 3) & 0b11;
  const runKind = RUN_KINDS[(head >> 5) & 0b11];
  const issuedDay = r.u16();
  const cadenceByte = r.u8();
  let run: PrescribedRun;
  if (runKind === 'intervals') run = { runS: r.u16(), walkS: r.u16(), repeats: r.u8() };
  else if (runKind) run = runKind;
  else throw new RxError('invalid', 'This plan has a running plan the app does not know.');
  const count = r.u8();
  const items: PrescribedItem[] = [];
  for (let i = 0; i < count; i++) {
    const code = r.u8();
    const packed = r.u8();
    const reps = r.u8();
    const holdS = r.u8();
    const id = exerciseOfCode(code);
    const note = packed & 0x80 ? r.text() : '';
    if (!id)
      throw new RxError(
        'version',
        'This plan names an exercise this version does not have. Update the app (reload it while online), then open the link again.',
      );
    items.push({ id, sets: (packed & 0xf) + 1, perSide: Boolean(packed & 0x10), timesPerDay: ((packed >> 5) & 0b11) + 1, reps, holdS, note });
  }
  const clinician = r.text();
  const rx: Prescription = { clinician, issuedDay, level: level as Level, items, runPainLimit, run, cadence: cadenceByte || null };
  const problem = prescriptionProblem(rx);
  if (problem) throw new RxError('invalid', `This plan cannot be used: ${problem}`);
  return { rx, length: r.offset };
}
