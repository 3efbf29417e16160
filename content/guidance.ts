/** Plain-words guidance shown with the program. Written by Kneebeat from published PT guidance; numbers come from the rules' limits. */
import { HOP_PAIN_LIMIT, PAIN_LIMIT, RUN_PAIN_LIMIT, SEVERE_PAIN } from '../src/program/limits.js';

export const NOT_MEDICAL_ADVICE =
  'Kneebeat helps you follow a rehab routine; it is not medical advice and does not replace an examination. If in doubt, ask a physiotherapist or doctor.';

export const PAIN_SCALE_NOTE = `Rate pain from 0 (none) to 10 (the worst imaginable). During exercise some discomfort is fine up to ${PAIN_LIMIT}; above ${PAIN_LIMIT}, stop and scale back a level. Hopping allows ${HOP_PAIN_LIMIT} (no knee pain at all), running up to ${RUN_PAIN_LIMIT}. ${SEVERE_PAIN} or more anywhere means no training that day. Stop at once at any sharp pain.`;

/** What the readiness answer means (the rules in src/program/rules.ts: the `bend-…` rows). */
export const READINESS_NOTE = `The bend should be pain-free. Any pain up to ${PAIN_LIMIT}: the knee is not ready yet — warm up and test again, or do the easier level. Above ${PAIN_LIMIT}: a rest day with gentle stretches.`;

/** Shown while the log has no recent session: a new user, or one back after a break. */
export const FIRST_USE_NOTE =
  'New to this, or back after a break? Have your knee assessed by a physiotherapist or doctor before you start, and stop at once at any sharp pain.';

export const SETBACK_NOTE = 'Setbacks of a few days are normal in knee rehab. Easing off for a day or two is part of the plan, not a failure.';
