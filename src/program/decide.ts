/**
 * Evaluates the day's rows of the rules table (rules.ts) on the facts: one pure function that
 * returns what today may hold, the questions still to ask, how soon to see a clinician, and the
 * reasons — each matched row's words and source, most serious first.
 */
import type { Level } from '../../content/types.js';
import { dayFacts, type DayFacts } from './facts.js';
import type { ProgramHistory } from './history.js';
import { HOP_LEVEL, PROGRESS_AFTER_SESSIONS } from './limits.js';
import { CLINICIAN_ORDER, DAY_RULES, TRAINING_ORDER, type Ask, type Clinician, type Rule, type Source, type Training } from './rules.js';

export interface Reason {
  rule: string;
  text: string;
  source: Source;
  /** `alert`: a rule that stops or lowers training or sends to a clinician; `ask`: a question the day waits for (shown with it); `info` otherwise. */
  tone: 'alert' | 'ask' | 'info';
}

export interface DayDecision {
  /** The user's level after today's decision (a move up raises it). */
  base: Level;
  /** The level today's exercises come from. */
  level: Level;
  training: Training;
  /** Easier at level 1: the gentlest day (isometrics and stretches). */
  gentle: boolean;
  clinician: Clinician | null;
  /** Questions still to answer, first one first. */
  asks: Ask[];
  /** Hops unlocked (at the hopping level). */
  hopsUnlocked: number;
  /** Matched rows' reasons, most serious first, then where the level stands. */
  reasons: Reason[];
  /** The level moved up today. */
  progressed: boolean;
  facts: DayFacts;
}

/** The least training any row allows, and the soonest care any row asks (null: none). */
const least = (rules: readonly Rule[]): Training =>
  TRAINING_ORDER[Math.min(TRAINING_ORDER.length - 1, ...rules.map((r) => TRAINING_ORDER.indexOf(r.action.training ?? 'usual')))]!;
const soonest = (rules: readonly Rule[]): Clinician | null =>
  CLINICIAN_ORDER[Math.max(-1, ...rules.map((r) => CLINICIAN_ORDER.indexOf(r.action.clinician!)))] ?? null;

export interface DayOptions {
  /**
   * A clinician's plan sets the level: a move up the rules would make is held at it, and the
   * day says whom to ask. What the rules lower or stop stays so.
   */
  ceiling?: { level: Level; clinician: string };
}

/** Today's decision for a user at level `base`. */
export function decideDay(history: ProgramHistory, base: Level, options: DayOptions = {}): DayDecision {
  const facts = dayFacts(history, base);
  const matched = DAY_RULES.filter((rule) => rule.when(facts));
  // Training held back by the history (not by today's bend) blocks a move up, and a day with
  // no training asks no bend; unanswered red flags hold a move up until they are answered.
  const historyLimit = least(matched.filter((r) => r.topic !== 'readiness'));
  const waiting = matched.some((r) => r.action.ask === 'red-flags');
  const training = least(matched);
  const earned = historyLimit === 'usual' && !waiting && matched.some((r) => r.action.progress);
  const ceiling = options.ceiling;
  const held = earned && ceiling !== undefined && base >= ceiling.level;
  const progressed = earned && !held;
  const newBase = progressed ? ((base + 1) as Level) : base;
  const readinessAsk = (ask: Ask) => ask === 'bend' || ask === 'warm-up';
  const asks = matched.flatMap((r) => (r.action.ask && !(historyLimit === 'none' && readinessAsk(r.action.ask)) ? [r.action.ask] : []));
  const clinician = soonest(matched);
  const gentle = training === 'easier' && newBase === 1;
  const level = training === 'easier' ? (Math.max(1, newBase - 1) as Level) : newBase;

  const reasons: Reason[] = matched
    .filter((r) => !(historyLimit === 'none' && r.topic === 'readiness') && !(held && r.action.progress))
    .map((r) => ({
      rule: r.id,
      text: r.says(facts),
      source: r.source,
      // A question is asked where it is answered; a row that lowers training or sends to a clinician is an alert.
      tone: r.action.ask ? 'ask' : r.action.training || r.action.clinician ? 'alert' : 'info',
    }));
  if (held) reasons.push(ceilingReason(ceiling!));
  else if (!progressed && newBase < HOP_LEVEL && training === 'usual') reasons.push(stayReason(facts));
  return { base: newBase, level, training, gentle, clinician, asks, hopsUnlocked: facts.hopsUnlocked, reasons, progressed, facts };
}

function ceilingReason({ level, clinician }: NonNullable<DayOptions['ceiling']>): Reason {
  return {
    rule: 'plan-ceiling',
    text: `Your sessions have gone well enough to move up a level. Your physio's plan sets level ${level}: ask ${clinician} about the next step.`,
    source: { kind: 'choice', note: "a clinician's plan sets the level; the program does not go past it" },
    tone: 'info',
  };
}

function stayReason(f: DayFacts): Reason {
  const toGo = Math.max(0, PROGRESS_AFTER_SESSIONS - f.goodSessions);
  const limit = f.progressMaxPain === 0 ? 'pain-free' : `with pain ${f.progressMaxPain} or lower`;
  return {
    rule: 'stay',
    text: `Level ${f.base}: ${toGo} more full ${toGo === 1 ? 'session' : 'sessions'} ${limit} to move up${f.anyHighInWindow ? ', once the last two weeks are that calm' : ''}.`,
    source: { kind: 'seed', note: 'progress after a run of full sessions with low pain' },
    tone: 'info',
  };
}
