/**
 * The program's decisions, as one table a clinician can read: each row a condition, an action,
 * the words the user is shown and where the rule comes from. `decideDay` (decide.ts) evaluates
 * the day's rows on the facts (facts.ts) and returns the action with its reasons; the running
 * rows are applied run by run (run-rules.ts). Every number is a named limit (limits.ts).
 *
 * Sources: "seed" — Kneebeat's clinical brief (issue 5), which summarises published
 * physical-therapy guidance for patellofemoral pain; "consensus" — widely published clinical
 * guidance, named in the note; "choice" — ours, with the reason.
 */
import { CLINICIAN_OFFERS } from '../../content/red-flags.js';
import type { Level } from '../../content/types.js';
import { whenSaid, type DayFacts } from './facts.js';
import type { PainScore } from './history.js';
import { soonText, urgentText } from './red-flag-advice.js';
import {
  BACK_OFF_DAYS,
  HOP_LEVEL,
  HOP_STAGE_SESSIONS,
  PAIN_LIMIT,
  PROGRESS_AFTER_SESSIONS,
  PROGRESS_MAX_PAIN,
  PROGRESS_WINDOW_DAYS,
  RED_FLAG_CHECK_PAIN,
  REPEAT_FLARES,
  REPEAT_FLARE_WINDOW_DAYS,
  SETTLE_WEEKS,
  SEVERE_PAIN,
  SEVERE_REPEAT_DAYS,
  SEVERE_REPEAT_WINDOW_DAYS,
  WORST_PAIN,
} from './limits.js';

/** What may be trained today, from least to most. */
export type Training = 'none' | 'stretches' | 'easier' | 'usual';
export const TRAINING_ORDER: readonly Training[] = ['none', 'stretches', 'easier', 'usual'];

/** How soon to see a clinician: today; in the next few days; an assessment when convenient. */
export type Clinician = 'today' | 'soon' | 'assess';
export const CLINICIAN_ORDER: readonly Clinician[] = ['assess', 'soon', 'today'];

/** A question the day needs answered before it can go on, in the order the rows list them. */
export type Ask = 'red-flags' | 'next-day' | 'bend' | 'warm-up';

export interface Action {
  /** Training today is at most this. */
  training?: Training;
  clinician?: Clinician;
  ask?: Ask;
  /** Move the user's level up. */
  progress?: true;
}

export interface Source {
  kind: 'seed' | 'consensus' | 'choice';
  note: string;
}

export interface Rule {
  id: string;
  /** `safety` rows may stop or lower training; `readiness` rows read today's bend; `level` rows the weeks before. */
  topic: 'safety' | 'readiness' | 'level';
  /** The condition, in words. */
  if: string;
  /** The action, in words. */
  then: string;
  source: Source;
  when: (f: DayFacts) => boolean;
  action: Action;
  /** What the user is told. */
  says: (f: DayFacts) => string;
}

const seed = (note: string): Source => ({ kind: 'seed', note });
const consensus = (note: string): Source => ({ kind: 'consensus', note });
const choice = (note: string): Source => ({ kind: 'choice', note });

const PAIN_MONITORING =
  'Pain-monitoring model for loading a painful tendon or joint (Silbernagel and colleagues): pain up to 5/10 during exercise is acceptable if it settles by the next morning';

const momentWords: Record<PainScore['moment'], string> = {
  bend: ' at the knee bend',
  before: ' before a session',
  during: ' during an exercise',
  after: ' after a session',
  'run-during': ' during a run',
  'run-after': ' after a run',
  'next-morning': ' in the morning',
};
/** The easier day, in words: the level below, or at level 1 the gentlest day. */
export const easierWords = (base: Level) =>
  base > 1 ? `level ${base - 1} today` : 'the gentlest day today: quad sets, the isometric glute press and stretches only, at the low end of the reps';
/** Today's bend as it stands: the retest after the warm-up, else the first (0 when not done). */
const bendNow = (f: DayFacts) => f.retest ?? f.bend ?? 0;
/** A bend that hurt, but not past the limit. */
const painful = (pain: number | null) => (pain ?? 0) > 0 && (pain ?? 0) <= PAIN_LIMIT;

export const DAY_RULES: readonly Rule[] = [
  {
    id: 'red-flag-today',
    topic: 'safety',
    if: 'A red-flag question that needs care the same day was answered yes (injury at the start, kneecap out, unable to lift the straight leg, hot red knee or fever, calf pain or swelling, hip pain or limp under 18)',
    then: 'No training; get seen today',
    source: consensus('Red flags for knee pain in primary-care guidance (NICE CKS), Ottawa knee rules; see content/red-flags.ts per question'),
    when: (f) => f.urgentFlags.length > 0,
    action: { training: 'none', clinician: 'today' },
    says: (f) => urgentText(f.urgentFlags),
  },
  {
    id: 'red-flag-soon',
    topic: 'safety',
    if: 'Another red-flag question was answered yes (swelling, giving way, locking, pain at night or rest, a tender spot on the bone)',
    then: 'No training; see a physiotherapist or doctor in the next few days',
    source: consensus('Patellofemoral pain guidance: these signs point to another cause than runner’s knee; NICE CKS'),
    when: (f) => f.soonFlags.length > 0,
    action: { training: 'none', clinician: 'soon' },
    says: (f) => soonText(f.soonFlags),
  },
  {
    id: 'red-flags-due',
    topic: 'safety',
    if: `First use (or back after a break) with no check yet, or a score of ${RED_FLAG_CHECK_PAIN} or more with no check since`,
    then: 'Ask the red-flag questions before anything else (the day waits for the answers)',
    source: choice('asking beats listing: a list in a closed section is easily skipped, a yes/no question is answered'),
    when: (f) => f.redFlagsDue !== null,
    action: { ask: 'red-flags' },
    says: (f) =>
      f.redFlagsDue === 'high-score'
        ? `Your knee hurt ${RED_FLAG_CHECK_PAIN} or more: answer a few yes/no questions before you train again.`
        : 'Before you start: a few yes/no questions about signs that need a clinician rather than an exercise plan.',
  },
  {
    id: 'worst-pain',
    topic: 'safety',
    if: `A score of ${WORST_PAIN} anywhere in the last two weeks (since last seen)`,
    then: 'No training; see a physiotherapist or doctor',
    source: choice('the worst pain imaginable during rehab exercise is never part of the plan; the brief gives no rule for it'),
    when: (f) => f.worst !== null,
    action: { training: 'none', clinician: 'soon' },
    says: (f) =>
      `Your knee hurt ${WORST_PAIN}/10${momentWords[f.worst!.moment]} ${whenSaid(f.worst!.day, f.today)}. See a physiotherapist or doctor before you train again.`,
  },
  {
    id: 'severe-twice',
    topic: 'safety',
    if: `Scores of ${SEVERE_PAIN} or more on ${SEVERE_REPEAT_DAYS} days within ${SEVERE_REPEAT_WINDOW_DAYS} days (the later one in the last two weeks, since last seen)`,
    then: 'No training; see a physiotherapist or doctor',
    source: choice('one severe day can be a one-off; a second within a week means the load is not the only problem'),
    when: (f) => f.severePair !== null,
    action: { training: 'none', clinician: 'soon' },
    says: (f) =>
      `Pain reached ${SEVERE_PAIN} or more on two days within a week (${whenSaid(f.severePair![0], f.today)} and ${whenSaid(f.severePair![1], f.today)}). See a physiotherapist or doctor before you train again.`,
  },
  {
    id: 'severe-recent',
    topic: 'safety',
    if: `A score of ${SEVERE_PAIN} or more today or yesterday`,
    then: 'No training today',
    source: choice(`well above the seed's limit of ${PAIN_LIMIT}, where backing off a level is not enough`),
    when: (f) => f.severeRecent !== null,
    action: { training: 'none' },
    says: (f) =>
      `Pain reached ${f.severeRecent!.pain}/10${momentWords[f.severeRecent!.moment]} ${whenSaid(f.severeRecent!.day, f.today)}. No training today: rest the knee; ice for 10–15 minutes can ease a flare. If it reaches ${SEVERE_PAIN} again within a week, or is not easing within two days, see a physiotherapist or doctor.`,
  },
  {
    id: 'flares-repeat',
    topic: 'safety',
    if: `Flares (pain above the limit, or a worse next morning) on ${REPEAT_FLARES} or more days in ${REPEAT_FLARE_WINDOW_DAYS} days (since last seen)`,
    then: 'The easier level; have the knee assessed',
    source: seed('"if pain keeps coming back, see a clinician"; the window is our choice: six weeks, so a flare every fortnight adds up'),
    when: (f) => f.flareDays.length >= REPEAT_FLARES,
    action: { training: 'easier', clinician: 'assess' },
    says: (f) =>
      `Pain went above the limit on ${f.flareDays.length} days in the last ${REPEAT_FLARE_WINDOW_DAYS / 7} weeks: backing off has not been enough. Have the knee assessed. ${CLINICIAN_OFFERS} Until then, ${easierWords(f.base)}.`,
  },
  {
    id: 'not-settled',
    topic: 'safety',
    if: `A score above ${PROGRESS_MAX_PAIN} in each of the last ${SETTLE_WEEKS} weeks (since last seen)`,
    then: 'Have the knee assessed',
    source: seed('"pain that does not improve after a few weeks: see a clinician"; three weeks is our reading of "a few"'),
    when: (f) => f.weeksAbove >= SETTLE_WEEKS,
    action: { clinician: 'assess' },
    says: (f) =>
      `Pain has gone above ${PROGRESS_MAX_PAIN} every week for ${f.weeksAbove} weeks: it has not settled. Have the knee assessed. ${CLINICIAN_OFFERS}`,
  },
  {
    id: 'flare-back-off',
    topic: 'safety',
    if: `A score above the limit (${PAIN_LIMIT}; while hopping, any pain) today or in the last ${BACK_OFF_DAYS} days`,
    then: 'The easier level (at level 1: quad sets, the glute press and stretches only)',
    source: seed(`"above ${PAIN_LIMIT}, scale back a level" for the next one or two days`),
    when: (f) => f.recentFlare !== null && !f.recentFlareIsWorseNextDay,
    action: { training: 'easier' },
    says: (f) =>
      `Pain went above the limit ${whenSaid(f.recentFlare!, f.today)}, so ${easierWords(f.base)}. Setbacks like this are normal; you go back up when it settles.`,
  },
  {
    id: 'next-morning-worse',
    topic: 'safety',
    if: `The knee was worse the morning after a session, in the last ${BACK_OFF_DAYS} days`,
    then: 'The easier level',
    source: consensus(PAIN_MONITORING),
    when: (f) => f.recentFlareIsWorseNextDay,
    action: { training: 'easier' },
    says: (f) => `The knee was worse the morning after ${whenSaid(f.recentFlare!, f.today)}'s session, so ${easierWords(f.base)}.`,
  },
  {
    id: 'next-morning-ask',
    topic: 'safety',
    if: 'Yesterday had a session and this morning has no answer yet',
    then: 'Ask how the knee is compared with before it (better, same, worse) and its pain now',
    source: consensus(PAIN_MONITORING),
    when: (f) => f.nextDayDue !== null,
    action: { ask: 'next-day' },
    says: () => 'How is the knee this morning, compared with before yesterday’s session?',
  },
  {
    id: 'bend-ask',
    topic: 'readiness',
    if: 'The small knee bend not yet done today',
    then: 'Ask for the bend and its pain',
    source: seed('a readiness check before each session: a small knee bend that should be pain-free'),
    when: (f) => f.bend === null,
    action: { ask: 'bend' },
    says: () => 'Before you start: do a small knee bend (a quarter squat). How much does it hurt?',
  },
  {
    id: 'bend-rest',
    topic: 'readiness',
    if: `The bend (or its retest) hurt more than ${PAIN_LIMIT}`,
    then: 'Gentle stretches only today',
    source: seed(`above ${PAIN_LIMIT}: a rest day with gentle stretches`),
    when: (f) => bendNow(f) > PAIN_LIMIT,
    action: { training: 'stretches' },
    says: (f) => `The bend hurt ${bendNow(f)}/10: a rest day for the knee. Do the gentle stretches only if they feel good.`,
  },
  {
    id: 'bend-not-ready',
    topic: 'readiness',
    if: `The first bend hurt 1–${PAIN_LIMIT}, before any warm-up`,
    then: 'Not ready yet: offer a warm-up and one retest, or the easier level',
    source: seed('a painful bend means the knee is not ready yet: warm up more and test again'),
    when: (f) => painful(f.bend) && f.retest === null && !f.choseEasier,
    action: { ask: 'warm-up' },
    says: (f) => `The bend hurt ${f.bend}/10: the knee is not ready yet. Warm up for about five minutes and test again, or do ${easierWords(f.base)}.`,
  },
  {
    id: 'bend-easier',
    topic: 'readiness',
    if: `The retest still hurt 1–${PAIN_LIMIT}, or the user chose the easier level after a painful bend`,
    then: 'The easier level today',
    source: seed('a bend that is not pain-free: an easier level today'),
    when: (f) => painful(f.retest) || (f.retest === null && f.choseEasier && painful(f.bend)),
    action: { training: 'easier' },
    says: (f) => (f.retest !== null ? `Still ${f.retest}/10 after the warm-up: ${easierWords(f.base)}.` : `As you chose: ${easierWords(f.base)}.`),
  },
  {
    id: 'bend-free',
    topic: 'readiness',
    if: 'The bend (or its retest) was pain-free',
    then: 'Train as planned',
    source: seed('a pain-free bend: the knee is ready'),
    when: (f) => f.bend !== null && bendNow(f) === 0,
    action: {},
    says: (f) => (f.retest === 0 ? 'Pain-free after the warm-up: your knee is ready.' : 'The bend was pain-free: your knee is ready.'),
  },
  {
    id: 'progress',
    topic: 'level',
    if: `${PROGRESS_AFTER_SESSIONS} full sessions at the level within ${PROGRESS_WINDOW_DAYS} days, every score of those ${PROGRESS_WINDOW_DAYS} days at or below ${PROGRESS_MAX_PAIN} (into the hops: 0), no worse next morning, nothing above holding training back`,
    then: 'Move up a level',
    source: seed('progress one level after a run of full sessions with low pain; the counts are our choice, and hops start only when level 3 is pain-free'),
    when: (f) => f.base < HOP_LEVEL && f.goodSessions >= PROGRESS_AFTER_SESSIONS && !f.anyHighInWindow,
    action: { progress: true },
    says: (f) => `${f.goodSessions} full sessions with low pain: you are ready for level ${f.base + 1}.`,
  },
  {
    id: 'hops-in-order',
    topic: 'level',
    if: `At the hopping level: double-leg hops first; single-leg hops after ${HOP_STAGE_SESSIONS} pain-free sessions of double-leg hops; diagonal hops after ${HOP_STAGE_SESSIONS} pain-free sessions of single-leg hops`,
    then: 'Add the next hop',
    source: seed('hops in order — double-leg, single-leg, diagonal — each only when the one before is pain-free; balance before hops'),
    when: (f) => f.base === HOP_LEVEL,
    action: {},
    says: (f) =>
      f.hopsUnlocked >= 3
        ? 'All three hops are in your routine; stop hopping at any knee pain.'
        : `Hops one at a time: the next one joins after ${HOP_STAGE_SESSIONS} pain-free sessions of the one before. Stop hopping at any knee pain.`,
  },
];

/** The rule for moving up, in one sentence (Today's "How the program moves on"). */
export const PROGRESSION_RULE =
  `Move up a level after ${PROGRESS_AFTER_SESSIONS} full sessions at your level within ${PROGRESS_WINDOW_DAYS} days, ` +
  `with every pain score of those days at ${PROGRESS_MAX_PAIN} or lower and no morning worse than the day before (into the hops: pain-free). ` +
  `Pain above ${PAIN_LIMIT} (any knee pain while hopping) means ${BACK_OFF_DAYS} days at the easier level; ` +
  `pain of ${SEVERE_PAIN} or more means no training that day or the next; ` +
  `flares on ${REPEAT_FLARES} days in ${REPEAT_FLARE_WINDOW_DAYS / 7} weeks, or pain that has not settled after ${SETTLE_WEEKS} weeks, mean having the knee assessed.`;
