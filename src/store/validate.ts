/**
 * Turns untrusted data (a stored value, an imported file) into a SessionRecord, or says why it
 * cannot. It copies field by field into fresh objects — nothing from the input object itself
 * is kept — so hostile keys (`__proto__`, `constructor`), extra fields and huge strings never
 * reach the store or the UI.
 */
import type { OnBeatSummary } from '../cadence/on-beat.js';
import {
  SESSION_SCHEMA_VERSION,
  sessionRecord,
  type RecordFields,
  idTimePrefix,
  type CadenceSessionRecord,
  type HoldSessionRecord,
  type HeartRateSummary,
  type MeasuredCadence,
  type PainScores,
  type RoutineSessionRecord,
  type SessionRecord,
} from '../session-record.js';
import { INTERVAL_LIMITS, type IntervalPlan } from '../run/run-plan.js';

export type Validated = { ok: true; record: SessionRecord } | { ok: false; reason: string };

const ID = /^[0-9a-z]{9}-[0-9a-z]{1,24}$/;
const CONTENT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** 2000-01-01 to 2200-01-01: anything outside is a broken clock or a forgery. */
const MIN_TIME = 946684800000;
const MAX_TIME = 7258118400000;
const MAX_LIST = 200;

class Invalid extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function field(source: Record<string, unknown>, key: string): unknown {
  // Own data properties only: never a getter, never something inherited.
  const descriptor = Object.getOwnPropertyDescriptor(source, key);
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}

function object(source: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = field(source, key);
  if (!isObject(value)) throw new Invalid(`${key} must be an object`);
  return value;
}

function number(source: Record<string, unknown>, key: string, min: number, max: number, integer = false): number {
  const value = field(source, key);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Invalid(`${key} must be a number`);
  if (value < min || value > max) throw new Invalid(`${key} must be within ${min}–${max}`);
  if (integer && !Number.isInteger(value)) throw new Invalid(`${key} must be a whole number`);
  return value;
}

/** A time in words a person reads: its date (never the raw number of milliseconds). */
function dateOf(time: number): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? 'a date out of range' : date.toISOString().slice(0, 10);
}

function time(source: Record<string, unknown>, key: string, min: number, max: number): number {
  const value = field(source, key);
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Invalid(`${key} must be a time`);
  if (value < min) throw new Invalid(`${key} (${dateOf(value)}) is before ${dateOf(min)}`);
  if (value > max) throw new Invalid(`${key} (${dateOf(value)}) is after ${dateOf(max)}`);
  return value;
}

function nullableNumber(source: Record<string, unknown>, key: string, min: number, max: number): number | null {
  return field(source, key) === null ? null : number(source, key, min, max);
}

function oneOf<T extends string>(source: Record<string, unknown>, key: string, allowed: readonly T[]): T {
  const value = field(source, key);
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new Invalid(`${key} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function contentId(value: unknown, key: string): string {
  if (typeof value !== 'string' || !CONTENT_ID.test(value)) throw new Invalid(`${key} must be a content id`);
  return value;
}

function repGrid(value: unknown): number[][] {
  if (!Array.isArray(value) || value.length > 20) throw new Invalid('done.reps must be a list of sets');
  return value.map((set) => {
    if (!Array.isArray(set) || set.length < 1 || set.length > 2) throw new Invalid('done.reps must list 1 or 2 sides per set');
    return set.map((n) => {
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 1000) throw new Invalid('done.reps must hold rep counts');
      return n;
    });
  });
}

function idList(value: unknown, key: string): string[] {
  if (!Array.isArray(value) || value.length > MAX_LIST) throw new Invalid(`${key} must be a list of content ids`);
  return value.map((id) => contentId(id, key));
}

function intervals(planned: Record<string, unknown>): IntervalPlan {
  const p = object(planned, 'intervals');
  return {
    runS: number(p, 'runS', INTERVAL_LIMITS.minS, INTERVAL_LIMITS.maxS),
    walkS: number(p, 'walkS', INTERVAL_LIMITS.minS, INTERVAL_LIMITS.maxS),
    repeats: number(p, 'repeats', 1, INTERVAL_LIMITS.maxRepeats, true),
  };
}

/** A per-minute list of numbers or nulls, each within 0–`max`. */
function minuteList(parent: Record<string, unknown>, where: string, max: number, what: string): (number | null)[] {
  const list = field(parent, 'perMinute');
  if (!Array.isArray(list) || list.length > 24 * 60) throw new Invalid(`${where}.perMinute must be a list`);
  return list.map((v) => {
    if (v !== null && (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max)) throw new Invalid(`${where}.perMinute must hold ${what}`);
    return v as number | null;
  });
}

function heartRate(done: Record<string, unknown>): HeartRateSummary {
  const h = object(done, 'heartRate');
  return {
    averageBpm: nullableNumber(h, 'averageBpm', 0, 300),
    maxBpm: nullableNumber(h, 'maxBpm', 0, 300),
    measuredS: number(h, 'measuredS', 0, 86400),
    perMinute: minuteList(h, 'done.heartRate', 300, 'heart rates'),
  };
}

function onBeat(measured: Record<string, unknown>): OnBeatSummary {
  const o = object(measured, 'onBeat');
  return { steps: number(o, 'steps', 0, 1e6, true), share: number(o, 'share', 0, 1), medianOffsetMs: number(o, 'medianOffsetMs', -2000, 2000) };
}

function measured(done: Record<string, unknown>): MeasuredCadence {
  const m = object(done, 'measured');
  return {
    source: oneOf(m, 'source', ['motion', 'bluetooth'] as const),
    averageSpm: nullableNumber(m, 'averageSpm', 0, 400),
    measuredS: number(m, 'measuredS', 0, 86400),
    inZoneS: number(m, 'inZoneS', 0, 86400),
    perMinute: minuteList(m, 'done.measured', 400, 'cadences'),
    ...(field(m, 'onBeat') === undefined ? {} : { onBeat: onBeat(m) }),
  };
}

function pain(source: Record<string, unknown>): PainScores | undefined {
  if (field(source, 'pain') === undefined) return undefined;
  const p = object(source, 'pain');
  const during = field(p, 'during') === undefined ? {} : { during: nullableNumber(p, 'during', 0, 10) };
  return { before: nullableNumber(p, 'before', 0, 10), ...during, after: nullableNumber(p, 'after', 0, 10) };
}

function build(input: Record<string, unknown>): SessionRecord {
  const version = field(input, 'version');
  if (version !== SESSION_SCHEMA_VERSION) throw new Invalid(`unknown version ${String(version)}`);
  const id = field(input, 'id');
  if (typeof id !== 'string' || !ID.test(id)) throw new Invalid('id is malformed');
  const exerciseRaw = field(input, 'exerciseId');
  const exerciseId = exerciseRaw === null ? null : contentId(exerciseRaw, 'exerciseId');
  const startedAt = time(input, 'startedAt', MIN_TIME, MAX_TIME);
  // Ids begin with the start time, and streaks and calendars are read from ids: they must agree.
  if (!id.startsWith(idTimePrefix(startedAt))) throw new Invalid('id does not match startedAt');
  const endedAt = time(input, 'endedAt', MIN_TIME, MAX_TIME);
  if (endedAt < startedAt) throw new Invalid('endedAt is before startedAt');
  const complete = field(input, 'complete');
  if (typeof complete !== 'boolean') throw new Invalid('complete must be true or false');
  const planned = object(input, 'planned');
  const done = object(input, 'done');
  const base = { id, exerciseId, startedAt, endedAt, complete } as const;
  const scores = pain(input);
  // Made by the record factory like every other record (it stamps the version), the id kept.
  const withPain = <R extends SessionRecord>(fields: RecordFields<R>): R => {
    const record = sessionRecord<R>(fields);
    return scores ? { ...record, pain: scores } : record;
  };

  switch (oneOf(input, 'kind', ['cadence', 'hold', 'routine'] as const)) {
    case 'cadence':
      return withPain<CadenceSessionRecord>({
        ...base,
        kind: 'cadence',
        planned: {
          bpm: number(planned, 'bpm', 60, 240),
          durationS: nullableNumber(planned, 'durationS', 0, 86400),
          ...(field(planned, 'intervals') === undefined ? {} : { intervals: intervals(planned) }),
        },
        done: {
          bpm: number(done, 'bpm', 60, 240),
          durationS: number(done, 'durationS', 0, 86400),
          beats: number(done, 'beats', 0, 1e6, true),
          ...(field(done, 'measured') === undefined ? {} : { measured: measured(done) }),
          ...(field(done, 'heartRate') === undefined ? {} : { heartRate: heartRate(done) }),
          ...(field(done, 'segmentsDone') === undefined ? {} : { segmentsDone: number(done, 'segmentsDone', 0, 2 * INTERVAL_LIMITS.maxRepeats, true) }),
        },
      });
    case 'hold':
      return withPain<HoldSessionRecord>({
        ...base,
        kind: 'hold',
        planned: {
          holdS: number(planned, 'holdS', 0, 600),
          reps: number(planned, 'reps', 1, 1000, true),
          sets: number(planned, 'sets', 1, 20, true),
          sides: oneOf(planned, 'sides', ['one', 'both'] as const),
        },
        done: { reps: repGrid(field(done, 'reps')), timeUnderTensionS: number(done, 'timeUnderTensionS', 0, 86400) },
      });
    case 'routine':
      return withPain<RoutineSessionRecord>({
        ...base,
        kind: 'routine',
        planned: { exerciseIds: idList(field(planned, 'exerciseIds'), 'planned.exerciseIds'), level: number(planned, 'level', 1, 4, true) },
        done: { exerciseIds: idList(field(done, 'exerciseIds'), 'done.exerciseIds') },
      });
  }
}

/**
 * Schema migrations, oldest first: each takes a record of version N and returns version N + 1.
 * There is only version 1 so far; a version 2 adds `1: (r) => ({ ...r, version: 2, … })` here.
 */
const MIGRATIONS: Record<number, (record: Record<string, unknown>) => Record<string, unknown>> = {};

function migrate(input: Record<string, unknown>): Record<string, unknown> {
  let record = input;
  let version = field(record, 'version');
  while (typeof version === 'number' && version < SESSION_SCHEMA_VERSION && MIGRATIONS[version]) {
    record = MIGRATIONS[version]!(record);
    version = field(record, 'version');
  }
  return record;
}

export function validateRecord(input: unknown): Validated {
  if (!isObject(input)) return { ok: false, reason: 'not an object' };
  try {
    return { ok: true, record: build(migrate(input)) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    throw error;
  }
}

/**
 * A record this app made whose end falls before its start (made by an older version, whose end
 * came from a wall clock that was stepped back meanwhile): repaired to end after its known
 * duration (a run's time, a set's time under tension), so it is saved, never refused. Records
 * from elsewhere (imports) are not repaired: an odd span there is refused with the rest.
 */
export function repairSpan(record: SessionRecord): SessionRecord {
  if (!(record.endedAt < record.startedAt)) return record;
  const durationS = record.kind === 'cadence' ? record.done.durationS : record.kind === 'hold' ? record.done.timeUnderTensionS : 0;
  return { ...record, endedAt: record.startedAt + Math.max(0, Math.round((Number(durationS) || 0) * 1000)) };
}
