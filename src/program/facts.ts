/**
 * The facts the rules table (rules.ts) reads, worked out once from the history: which scores
 * were severe, which days were flares, what the latest red-flag check said, how the bend went.
 * Each fact is a plain value the table's conditions compare with a named limit.
 */
import type { RedFlag } from '../../content/red-flags.js';
import type { Level } from '../../content/types.js';
import { addDays, type DayKey } from '../store/stats.js';
import type { EpochMs } from '../units.js';
import type { PainScore, ProgramHistory } from './history.js';
import { flagsOf } from './red-flag-advice.js';
import {
  BACK_OFF_DAYS,
  ESCALATION_SHOWN_DAYS,
  FIRST_USE_DAYS,
  HOP_LEVEL,
  HOP_ORDER,
  HOP_PAIN_LIMIT,
  HOP_STAGE_SESSIONS,
  PAIN_LIMIT,
  PROGRESS_MAX_PAIN,
  PROGRESS_WINDOW_DAYS,
  RED_FLAG_CHECK_PAIN,
  RED_FLAG_RECHECK_DAYS,
  REPEAT_FLARE_WINDOW_DAYS,
  SEVERE_PAIN,
  SEVERE_REPEAT_DAYS,
  SEVERE_REPEAT_WINDOW_DAYS,
  SEVERE_REST_DAYS,
  WORST_PAIN,
  type Pain,
} from './limits.js';

export interface DayFacts {
  today: DayKey;
  /** The user's level. */
  base: Level;
  /** Yes answers of the latest red-flag check (since the user was last seen), by urgency. */
  urgentFlags: RedFlag[];
  soonFlags: RedFlag[];
  /** No session in the last FIRST_USE_DAYS: new, or back after a break. */
  firstUse: boolean;
  /** Why the red-flag questions are due now, or null when they are not. */
  redFlagsDue: 'first-use' | 'high-score' | null;
  /** The latest 10/10 in the last ESCALATION_SHOWN_DAYS (since seen). */
  worst: PainScore | null;
  /** Two severe days within SEVERE_REPEAT_WINDOW_DAYS of each other, the later one recent: their days. */
  severePair: [DayKey, DayKey] | null;
  /** The highest severe score of today and the SEVERE_REST_DAYS − 1 days before. */
  severeRecent: PainScore | null;
  /** Days with a flare (a score above its limit, or a worse next morning) in the last REPEAT_FLARE_WINDOW_DAYS, since seen. */
  flareDays: DayKey[];
  /** The latest flare day within the last BACK_OFF_DAYS (today included), or null. */
  recentFlare: DayKey | null;
  /** Whether that flare is a worse next morning (the 24-hour rule) rather than a score. */
  recentFlareIsWorseNextDay: boolean;
  /** Weeks in a row, back from today, with a score above PROGRESS_MAX_PAIN (since seen). */
  weeksAbove: number;
  /** Today's bend, its retest after the warm-up, and whether the user chose the easier level instead. */
  bend: Pain | null;
  retest: Pain | null;
  choseEasier: boolean;
  /** The day the next-morning question is about (yesterday, when it had a session), while unanswered. */
  nextDayDue: DayKey | null;
  /** Full sessions at the user's level with every score of their day low enough, in the window. */
  goodSessions: number;
  /** A score above the progression limit, or a worse next morning, somewhere in the window. */
  anyHighInWindow: boolean;
  /** The highest pain that earns the next level (none at all into the hops). */
  progressMaxPain: Pain;
  /** Hops unlocked so far: 1 (double-leg), 2 (+ single-leg) or 3 (+ diagonal). */
  hopsUnlocked: number;
}

/** The limit a score is held to: none at all while hopping. */
export const limitOf = (score: PainScore): Pain => (score.hop ? HOP_PAIN_LIMIT : PAIN_LIMIT);
export const isFlare = (score: PainScore) => score.pain > limitOf(score);

/** A test of whether a day is one of the `days` days up to and including `last` (the bound computed once: it runs on every score). */
const inDays = (last: DayKey, days: number) => {
  const from = addDays(last, -days);
  return (day: DayKey) => day > from && day <= last;
};

export function dayFacts(history: ProgramHistory, base: Level): DayFacts {
  const { today } = history;
  const seen: EpochMs = history.seenClinicianAt ?? -Infinity;
  // Escalations count what happened after the user was last seen by a clinician.
  const scores = history.scores.filter((s) => s.at > seen);

  const latestCheck = history.redFlagChecks.filter((c) => c.at > seen).at(-1) ?? null;
  const flags = flagsOf(latestCheck?.yes ?? []);
  const lastCheckAt = history.redFlagChecks.at(-1)?.at ?? -Infinity;
  const recheckDays = inDays(today, RED_FLAG_RECHECK_DAYS);
  const highAfterCheck = scores.some((s) => s.pain >= RED_FLAG_CHECK_PAIN && s.at > lastCheckAt && recheckDays(s.day));
  const firstUseDays = inDays(today, FIRST_USE_DAYS);
  const checkedRecently = history.redFlagChecks.some((c) => firstUseDays(c.day));

  const shownDays = inDays(today, ESCALATION_SHOWN_DAYS);
  const worst = scores.filter((s) => s.pain >= WORST_PAIN && shownDays(s.day)).at(-1) ?? null;
  const severe = scores.filter((s) => s.pain >= SEVERE_PAIN);
  // Scores come oldest first, so their days do too: SEVERE_REPEAT_DAYS of them in a row
  // within the window, the last of them recent, are the pair (first and last) to report.
  const severeDays = [...new Set(severe.map((s) => s.day))];
  let severePair: [DayKey, DayKey] | null = null;
  for (const [i, last] of severeDays.entries()) {
    const first = severeDays[i - (SEVERE_REPEAT_DAYS - 1)];
    if (first !== undefined && last <= addDays(first, SEVERE_REPEAT_WINDOW_DAYS - 1) && shownDays(last)) severePair = [first, last];
  }
  const restDays = inDays(today, SEVERE_REST_DAYS);
  const severeRecent = severe.filter((s) => restDays(s.day)).sort((a, b) => b.pain - a.pain)[0] ?? null;

  const worse = history.worseNextDay.filter((w) => w.at > seen).map((w) => w.day);
  const flareDays = [...new Set([...scores.filter(isFlare).map((s) => s.day), ...worse])].filter(inDays(today, REPEAT_FLARE_WINDOW_DAYS));
  // Today's bend speaks for today through the readiness rows; from tomorrow it is a flare like any other.
  const scoreFlareDays = new Set(scores.filter((s) => isFlare(s) && !(s.moment === 'bend' && s.day === today)).map((s) => s.day));
  const recentFlare =
    [...scoreFlareDays, ...worse]
      .filter(inDays(today, BACK_OFF_DAYS + 1))
      .sort()
      .at(-1) ?? null;
  const recentFlareIsWorseNextDay = recentFlare !== null && !scoreFlareDays.has(recentFlare);

  const aboveInWeek = (weeksBack: number) => {
    const week = inDays(addDays(today, -7 * weeksBack), 7);
    return scores.some((s) => s.pain > PROGRESS_MAX_PAIN && week(s.day));
  };
  let weeksAbove = 0;
  while (aboveInWeek(weeksAbove)) weeksAbove++;

  const next = Math.min(HOP_LEVEL, base + 1) as Level;
  const progressMaxPain = next >= HOP_LEVEL ? HOP_PAIN_LIMIT : PROGRESS_MAX_PAIN;
  const progressDays = inDays(today, PROGRESS_WINDOW_DAYS);
  const windowScores = history.scores.filter((s) => progressDays(s.day));
  const windowWorse = history.worseNextDay.map((w) => w.day).filter(progressDays);
  const dayMax = new Map<DayKey, Pain>();
  for (const s of windowScores) dayMax.set(s.day, Math.max(dayMax.get(s.day) ?? 0, s.pain));
  const goodDays = new Set(
    history.routines
      .filter((r) => progressDays(r.day) && r.level === base && r.complete)
      .filter((r) => dayMax.has(r.day) && dayMax.get(r.day)! <= progressMaxPain && !windowWorse.includes(r.day))
      .map((r) => r.day),
  );

  const state = history.todayState;
  return {
    today,
    base,
    urgentFlags: flags.filter((f) => f.urgency === 'today'),
    soonFlags: flags.filter((f) => f.urgency === 'soon'),
    firstUse: history.firstUse,
    redFlagsDue: highAfterCheck ? 'high-score' : history.firstUse && !checkedRecently ? 'first-use' : null,
    worst,
    severePair,
    severeRecent,
    flareDays,
    recentFlare,
    recentFlareIsWorseNextDay,
    weeksAbove,
    bend: state.readinessPain,
    retest: state.retestPain,
    choseEasier: state.choseEasier,
    nextDayDue: history.lastActiveDay === addDays(today, -1) && state.nextDay === null ? history.lastActiveDay : null,
    goodSessions: goodDays.size,
    anyHighInWindow: windowScores.some((s) => s.pain > progressMaxPain) || windowWorse.length > 0,
    progressMaxPain,
    hopsUnlocked: hopsUnlocked(history),
  };
}

/** 1 + the hops whose easier hop has HOP_STAGE_SESSIONS complete, pain-free sessions. */
function hopsUnlocked(history: ProgramHistory): number {
  let unlocked = 1;
  while (unlocked < HOP_ORDER.length) {
    const before = HOP_ORDER[unlocked - 1];
    const good = history.hops.filter((h) => h.exerciseId === before && h.complete && h.painFree).length;
    if (good < HOP_STAGE_SESSIONS) break;
    unlocked++;
  }
  return unlocked;
}

/** "today", "yesterday" or the date, for the messages. */
export function whenSaid(day: DayKey, today: DayKey): string {
  if (day === today) return 'today';
  if (day === addDays(today, -1)) return 'yesterday';
  return new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
}
