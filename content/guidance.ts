/** Plain-words guidance shown with the program. Written by Kneebeat from published PT guidance. */

export const NOT_MEDICAL_ADVICE =
  'Kneebeat helps you follow a rehab routine; it is not medical advice and does not replace an examination. If in doubt, ask a physiotherapist or doctor.';

export const PAIN_SCALE_NOTE =
  'Rate pain from 0 (none) to 10 (the worst imaginable). Some discomfort is fine: stay at 5 or below. Above 5, scale back a level.';

export const SETBACK_NOTE =
  'Setbacks of a few days are normal in knee rehab. Easing off for a day or two is part of the plan, not a failure.';

/** Signs that need a clinician, not an app. */
export const RED_FLAGS: readonly string[] = [
  'The knee is clearly swollen, or swells after activity.',
  'The knee gives way or locks.',
  'You cannot put weight on the leg, or cannot straighten or bend it as usual.',
  'Pain spreads down the leg or comes with numbness or tingling.',
  'Pain keeps getting worse, or has not improved after a few weeks of steady exercise.',
  'The knee is hot and red, or you feel unwell with a fever.',
];
