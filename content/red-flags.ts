/**
 * The red-flag questions: signs that a sore knee needs a clinician's examination, not an
 * exercise program. Asked as yes/no questions on first use and whenever a pain score reaches
 * RED_FLAG_CHECK_PAIN (src/program/limits.ts). Wording is Kneebeat's own; each question names
 * where the sign comes from.
 */

/** `today`: get seen today (urgent care or an emergency line); `soon`: book an appointment in the next few days. */
export type RedFlagUrgency = 'today' | 'soon';

export interface RedFlag {
  id: string;
  /** The yes/no question, short enough for a watch. */
  question: string;
  /** What a yes means, in a few words, for the message after the check. */
  sign: string;
  urgency: RedFlagUrgency;
  source: string;
}

const CKS = 'Red flags for knee pain in primary-care guidance (e.g. NICE Clinical Knowledge Summaries, "Knee pain – assessment")';
const OTTAWA = 'Ottawa knee rules (when a knee injury needs an X-ray)';
const PFP = 'Patellofemoral pain guidance: patellofemoral pain has no swelling, locking or instability; these point to another cause';

export const RED_FLAG_QUESTIONS: readonly RedFlag[] = [
  {
    id: 'swelling',
    question: 'Is there any swelling in or around the knee?',
    sign: 'swelling',
    urgency: 'soon',
    source: PFP,
  },
  {
    id: 'giving-way',
    question: 'Has the knee given way under you?',
    sign: 'the knee giving way',
    urgency: 'soon',
    source: PFP,
  },
  {
    id: 'locking',
    question: 'Does the knee lock, catch or get stuck?',
    sign: 'locking or catching',
    urgency: 'soon',
    source: PFP,
  },
  {
    id: 'injury',
    question: 'Did the pain start with a fall, a twist or a "pop"?',
    sign: 'an injury at the start (a fall, twist or pop)',
    urgency: 'today',
    source: `${CKS}; ${OTTAWA}`,
  },
  {
    id: 'kneecap-out',
    question: 'Has your kneecap slipped out of place?',
    sign: 'the kneecap slipping out of place',
    urgency: 'today',
    source: `${CKS} (patellar dislocation)`,
  },
  {
    id: 'night-rest',
    question: 'Does it hurt at night, or when you are resting?',
    sign: 'pain at night or at rest',
    urgency: 'soon',
    source: CKS,
  },
  {
    id: 'no-leg-raise',
    question: 'Lying on your back, are you unable to lift the straight leg?',
    sign: 'being unable to lift the straight leg',
    urgency: 'today',
    source: `${CKS} (the thigh muscle's tendon or the kneecap may be injured)`,
  },
  {
    id: 'hot-fever',
    question: 'Is the knee hot and red, or do you have a fever?',
    sign: 'a hot, red knee or a fever',
    urgency: 'today',
    source: `${CKS} (possible joint infection)`,
  },
  {
    id: 'calf',
    question: 'Is your calf painful, swollen or tender?',
    sign: 'a painful or swollen calf',
    urgency: 'today',
    source: `${CKS} (possible blood clot in the leg)`,
  },
  {
    id: 'bone-spot',
    question: 'Is there one spot on the bone that is tender to press?',
    sign: 'a tender spot on the bone',
    urgency: 'soon',
    source: `${OTTAWA}; stress fracture in runners`,
  },
  {
    id: 'hip-limp',
    question: 'Under 18: any hip pain, or a limp?',
    sign: 'hip pain or a limp in a young person',
    urgency: 'today',
    source: `${CKS} (in children and teenagers, knee pain can come from the hip: slipped capital femoral epiphysis)`,
  },
];

export const redFlagById = (id: string): RedFlag | undefined => RED_FLAG_QUESTIONS.find((f) => f.id === id);

/** The plain reassurance that is true for runner's knee, shown where pain is asked about. */
export const REASSURANCE =
  "Runner's knee is common and is not damage to the joint: the pain comes from the knee being loaded more than it is used to, and it usually settles with exercise that adds load gradually.";

/** What a clinician can offer, for the "get it assessed" advice. */
export const CLINICIAN_OFFERS = 'A physiotherapist or doctor can examine the knee, tape or brace it, look at how you run, and tailor a plan to you.';
