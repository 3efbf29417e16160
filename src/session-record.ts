/**
 * The record every component reports when a session ends, and the `knee-session` event that
 * carries it. The session log (a later issue) stores these; nothing here touches storage.
 */
import type { OnBeatSummary } from './cadence/on-beat.js';
import type { ActivityHandle } from './activity/registry.js';
import type { IntervalPlan } from './run/run-plan.js';
import type { EpochMs, Seconds, StepsPerMinute } from './units.js';

/** Bumped when the record's shape changes; the store migrates older versions on read. */
export const SESSION_SCHEMA_VERSION = 1;

export type SessionKind = 'cadence' | 'hold' | 'routine';
export type Side = 'left' | 'right' | 'none';

/** Pain on the 0–10 scale before, during and after a session, when the user gave it. */
export interface PainScores {
  before: number | null;
  /** The highest score given while the session ran ("it hurts" on a timer, counter or run); absent in older records. */
  during?: number | null;
  after: number | null;
}

interface SessionRecordBase<K extends SessionKind, Planned, Done> {
  /** Schema version of this record. */
  version: typeof SESSION_SCHEMA_VERSION;
  /** Sortable and unique: start time in base 36, then a random suffix. */
  id: string;
  kind: K;
  /** Content id of the exercise (e.g. `quad-set`), or null when none applies. */
  exerciseId: string | null;
  startedAt: EpochMs;
  endedAt: EpochMs;
  /** True when everything planned was done; false for a session stopped early. */
  complete: boolean;
  planned: Planned;
  done: Done;
  /** Pain before and after, when asked (the program's prompts); absent otherwise. */
  pain?: PainScores;
}

/** A run (or walk) with the cadence metronome. */
export type CadenceSessionRecord = SessionRecordBase<
  'cadence',
  {
    bpm: StepsPerMinute;
    /** The plan's length; null for a continuous run. */
    durationS: Seconds | null;
    /** Walk/run intervals, when the run followed them. */
    intervals?: IntervalPlan;
  },
  {
    /** Tempo when the session ended (it may have been changed while running). */
    bpm: StepsPerMinute;
    /** Time the beat played (pauses excluded): for a plan, how far into it the run went. */
    durationS: Seconds;
    /** Beats the engine actually played. */
    beats: number;
    /** With intervals: segments (runs and walks) played to their end. */
    segmentsDone?: number;
    /** The runner's own cadence as measured (motion sensor or Bluetooth), when it was. */
    measured?: MeasuredCadence;
    /** Heart rate from a Bluetooth strap or watch, when one was connected. */
    heartRate?: HeartRateSummary;
  }
>;

/** Heart rate during a run (a Bluetooth strap or watch), over run time. */
export interface HeartRateSummary {
  /** Time-weighted average over the time it was known; null when it never was. */
  averageBpm: number | null;
  maxBpm: number | null;
  /** Time with a heart rate known. */
  measuredS: Seconds;
  /** Average of each minute of the run (null: not known in that minute). */
  perMinute: (number | null)[];
}

/** Cadence measured during a run, against the target zone. */
export interface MeasuredCadence {
  source: 'motion' | 'bluetooth';
  /** Average over the time it was known; null when it never was. */
  averageSpm: StepsPerMinute | null;
  /** Time with the cadence known, and within the target zone. */
  measuredS: Seconds;
  inZoneS: Seconds;
  /** Average of each minute of the run (null: not known in that minute). */
  perMinute: (StepsPerMinute | null)[];
  /** How the steps landed on the beat, when the source gives footfalls (the phone's motion sensor). */
  onBeat?: OnBeatSummary;
}

/** Reps done, indexed `[set][sideIndex]` (one side: a single column). */
export type RepGrid = number[][];

/** A set of timed holds (quad sets, glute presses, stretches…). */
export type HoldSessionRecord = SessionRecordBase<
  'hold',
  { holdS: Seconds; reps: number; sets: number; sides: 'one' | 'both' },
  { reps: RepGrid; timeUnderTensionS: Seconds }
>;

/** A day's routine of several exercises. */
export type RoutineSessionRecord = SessionRecordBase<
  'routine',
  { exerciseIds: string[]; /** Program level (1–4) the routine was done at. */ level: number },
  { exerciseIds: string[] }
>;

export type SessionRecord = CadenceSessionRecord | HoldSessionRecord | RoutineSessionRecord;

/** The first 9 characters of every id: the start time in base 36, so ids sort (and range) by time. */
export const idTimePrefix = (startedAt: EpochMs) => Math.max(0, Math.floor(startedAt)).toString(36).padStart(9, '0');

/**
 * A sortable unique id: the start time (base 36, fixed width so strings sort as times) and
 * a random suffix so two tabs starting in the same millisecond still differ.
 */
export function newSessionId(startedAt: EpochMs): string {
  const time = idTimePrefix(startedAt);
  const random = new Uint32Array(2);
  crypto.getRandomValues(random);
  return `${time}-${random[0]!.toString(36)}${random[1]!.toString(36)}`;
}

/** A record's fields but its version, and its id when the caller has none yet. */
export type RecordFields<R extends SessionRecord = SessionRecord> = R extends SessionRecord ? Omit<R, 'version' | 'id'> & { id?: string } : never;

/**
 * The one place a session record is made: stamps the schema version and, unless the caller
 * keeps one (a running activity's drafts and its final record share an id), a new id.
 */
export function sessionRecord<R extends SessionRecord>(fields: RecordFields<R>): R {
  return { ...fields, version: SESSION_SCHEMA_VERSION, id: fields.id ?? newSessionId(fields.startedAt) } as unknown as R;
}

/** Reps in a `[set][side]` grid, over every set and side. */
export const totalReps = (grid: readonly (readonly number[])[]): number => grid.flat().reduce((a, b) => a + b, 0);

/** Reps a plan asks for, over every set and side. */
export const plannedReps = (plan: { reps: number; sets: number; sides: 'one' | 'both' }): number => plan.reps * plan.sets * (plan.sides === 'both' ? 2 : 1);

/** Reps a record says were done, over every set and side (0 for kinds without reps). */
export const repsDone = (record: SessionRecord): number => (record.kind === 'hold' ? totalReps(record.done.reps) : 0);

/** Fired by every component when a session ends (completed or stopped); bubbles and is composed. */
export class KneeSessionEvent extends Event {
  static readonly eventName = 'knee-session';
  readonly record: SessionRecord;

  constructor(record: SessionRecord) {
    super(KneeSessionEvent.eventName, { bubbles: true, composed: true });
    this.record = record;
  }
}

/**
 * Fired by a running activity at its checkpoints (at its start, a second in, each rep, and at least every 5 s): the
 * session so far, as a partial record with the id its final record will have. A
 * `<knee-session-log>` keeps it as a draft, so a closed or crashed page still leaves a partial
 * session. Bubbles and is composed.
 */
export class KneeSessionProgressEvent extends Event {
  static readonly eventName = 'knee-session-progress';
  readonly record: SessionRecord;
  /** The running activity it comes from (what it shows, how to ask it to pause or stop), when it has one. */
  readonly activity: ActivityHandle | null;

  constructor(record: SessionRecord, activity: ActivityHandle | null = null) {
    super(KneeSessionProgressEvent.eventName, { bubbles: true, composed: true });
    this.record = record;
    this.activity = activity;
  }
}

/**
 * Pain scores given after a session was recorded (a run's "How does the knee feel?"): the
 * session log adds them to the stored record `id`. Bubbles and is composed.
 */
export class KneeSessionPainEvent extends Event {
  static readonly eventName = 'knee-session-pain';
  constructor(
    readonly id: string,
    readonly pain: Partial<PainScores>,
  ) {
    super(KneeSessionPainEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-session-pain': KneeSessionPainEvent;
    'knee-session-progress': KneeSessionProgressEvent;
    'knee-session': KneeSessionEvent;
  }
}
