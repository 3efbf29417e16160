/** Plain-words guidance shown with the program. Written by Kneebeat from published PT guidance. */

export const NOT_MEDICAL_ADVICE =
  'Kneebeat helps you follow a rehab routine; it is not medical advice and does not replace an examination. If in doubt, ask a physiotherapist or doctor.';

export const PAIN_SCALE_NOTE =
  'Rate pain from 0 (none) to 10 (the worst imaginable). During exercise some discomfort is fine up to 5; above 5, stop and scale back a level. Hopping allows no knee pain at all, and running up to 3. Stop at once at any sharp pain.';

/** What the readiness answer means (the rule in src/program/rules.ts: checkReadiness). */
export const READINESS_NOTE = 'The bend should be pain-free. Any pain means more warm-up and an easier level today; above 5, a rest day with gentle stretches.';

/** Shown while the log has no recent session: a new user, or one back after a break. */
export const FIRST_USE_NOTE =
  'New to this, or back after a break? Have your knee assessed by a physiotherapist or doctor before you start, and stop at once at any sharp pain.';

export const SETBACK_NOTE = 'Setbacks of a few days are normal in knee rehab. Easing off for a day or two is part of the plan, not a failure.';

/** Signs that need a clinician, not an app. */
export const RED_FLAGS: readonly string[] = [
  'The knee is clearly swollen, or swells after activity.',
  'The knee gives way or locks.',
  'You cannot put weight on the leg, or cannot straighten or bend it as usual.',
  'Pain spreads down the leg or comes with numbness or tingling.',
  'Pain keeps getting worse, or has not improved after a few weeks of steady exercise.',
  'The knee is hot and red, or you feel unwell with a fever.',
];
