/**
 * The patient's side, on this device: the plan accepted from a clinician (if any), and the keys
 * of clinicians whose plans were accepted — trust on first use: the first plan's key is
 * remembered, and a later plan signed by another key is flagged before it can be accepted.
 */
import { LocalValue } from '../platform/local-value.js';
import type { EpochMs } from '../units.js';
import { prescriptionProblem, type Prescription } from './prescription.js';

export interface AcceptedPlan {
  rx: Prescription;
  keyId: string;
  acceptedAt: EpochMs;
}

export interface TrustedKey {
  keyId: string;
  /** The name the first plan signed with it gave. */
  clinician: string;
  since: EpochMs;
}

interface PhysioState {
  accepted: AcceptedPlan | null;
  trusted: TrustedKey[];
}

/** `first`: no clinician's key is known yet; `known`: signed by a remembered key; `other-key`: keys are known, and this is not one. */
export type KeyTrust = 'first' | 'known' | 'other-key';

const isAccepted = (raw: unknown): raw is AcceptedPlan => {
  const a = raw as AcceptedPlan | null;
  if (!a || typeof a !== 'object' || typeof a.keyId !== 'string' || typeof a.acceptedAt !== 'number' || !a.rx || !Array.isArray(a.rx.items)) return false;
  try {
    return prescriptionProblem(a.rx) === null && a.rx.items.every((i) => typeof i.note === 'string' && typeof i.perSide === 'boolean');
  } catch {
    return false;
  }
};

const isTrusted = (raw: unknown): raw is TrustedKey =>
  !!raw &&
  typeof raw === 'object' &&
  typeof (raw as TrustedKey).keyId === 'string' &&
  typeof (raw as TrustedKey).clinician === 'string' &&
  typeof (raw as TrustedKey).since === 'number';

const stored = new LocalValue<PhysioState>('kneebeat-physio', (raw) => ({
  accepted: isAccepted(raw.accepted) ? raw.accepted : null,
  trusted: Array.isArray(raw.trusted) ? raw.trusted.filter(isTrusted) : [],
}));

const read = (): PhysioState => stored.read() ?? { accepted: null, trusted: [] };

/** The plan the patient accepted, or null (the app's own program). */
export const acceptedPlan = (): AcceptedPlan | null => read().accepted;

/** Keys remembered from accepted plans, oldest first. */
export const trustedKeys = (): TrustedKey[] => read().trusted;

export function keyTrust(keyId: string): KeyTrust {
  const trusted = read().trusted;
  if (!trusted.length) return 'first';
  return trusted.some((t) => t.keyId === keyId) ? 'known' : 'other-key';
}

/** Follows `rx` from now on, and remembers its key. */
export function acceptPlan(rx: Prescription, keyId: string, now: EpochMs = Date.now()): AcceptedPlan {
  const state = read();
  const accepted = { rx, keyId, acceptedAt: now };
  const trusted = state.trusted.some((t) => t.keyId === keyId) ? state.trusted : [...state.trusted, { keyId, clinician: rx.clinician, since: now }];
  stored.write({ accepted, trusted });
  return accepted;
}

/** Back to the app's own program (the remembered keys stay). */
export function stopFollowingPlan() {
  stored.write({ ...read(), accepted: null });
}
