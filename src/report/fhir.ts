/**
 * The log for a clinician's record system: a FHIR R4 Bundle (type `collection`) of
 * Observations. No Patient and no subject: the person hands the file over themselves, and
 * nothing in it says who they are. DOM-free.
 *
 * - Pain 0–10 — LOINC 72514-3 (pain severity, 0–10 numeric rating, reported), unit `{score}` —
 *   for every score the app collects: before, during and after a session, the readiness bend
 *   and its retest, the end of the day's routine, and the next morning. Which one it is, and the
 *   exercise, are said in the Observation's note.
 * - Exercise duration — LOINC 55411-3, in minutes (UCUM `min`) — one per session, over its
 *   start and end, the exercise named in the note with what was done.
 * - A red-flag check answered yes: an Observation with the question as text (no standard code
 *   fits) and `valueBoolean: true`.
 */
import { exerciseById } from '../../content/exercises.js';
import { flagsOf } from '../program/red-flag-advice.js';
import type { DayState } from '../program/day-state.js';
import { totalReps, type SessionRecord } from '../session-record.js';
import type { EpochMs } from '../units.js';

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const PAIN_CODE = { system: LOINC, code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' } as const;
export const DURATION_CODE = { system: LOINC, code: '55411-3', display: 'Exercise duration' } as const;

export interface FhirObservation {
  resourceType: 'Observation';
  status: 'final';
  category: { coding: { system: string; code: string; display: string }[] }[];
  code: { coding?: { system: string; code: string; display: string }[]; text: string };
  effectiveDateTime?: string;
  effectivePeriod?: { start: string; end: string };
  valueQuantity?: { value: number; unit: string; system: string; code: string };
  valueBoolean?: boolean;
  note?: { text: string }[];
}

export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirObservation }[];
}

const iso = (time: EpochMs) => new Date(time).toISOString();
const survey = [{ coding: [{ system: CATEGORY, code: 'survey', display: 'Survey' }] }];
const activity = [{ coding: [{ system: CATEGORY, code: 'activity', display: 'Activity' }] }];

export const exerciseName = (record: SessionRecord): string =>
  (record.exerciseId && exerciseById(record.exerciseId)?.name) ||
  (record.kind === 'cadence' ? 'Run' : record.kind === 'routine' ? "The day's routine" : 'Exercise');

function pain(score: number, when: EpochMs | { start: EpochMs; end: EpochMs }, note: string): FhirObservation {
  return {
    resourceType: 'Observation',
    status: 'final',
    category: survey,
    code: { coding: [PAIN_CODE], text: 'Knee pain, 0–10' },
    ...(typeof when === 'number' ? { effectiveDateTime: iso(when) } : { effectivePeriod: { start: iso(when.start), end: iso(when.end) } }),
    valueQuantity: { value: score, unit: 'score', system: UCUM, code: '{score}' },
    note: [{ text: note }],
  };
}

/** What a session did, in words, for its duration's note. */
export function sessionWords(record: SessionRecord): string {
  const name = exerciseName(record);
  const partial = record.complete ? '' : ' (stopped early)';
  switch (record.kind) {
    case 'cadence':
      return `${name}: ${Math.round(record.done.durationS / 60)} min with the beat at ${record.done.bpm} steps/min${
        record.done.measured?.averageSpm ? `, measured cadence ${record.done.measured.averageSpm} steps/min` : ''
      }${partial}`;
    case 'hold':
      return `${name}: ${totalReps(record.done.reps)} reps of ${record.planned.sets} × ${record.planned.reps}${record.planned.holdS ? ` × ${record.planned.holdS} s hold` : ''}${
        record.planned.sides === 'both' ? ' each side' : ''
      }${partial}`;
    case 'routine':
      return `${name}: ${record.done.exerciseIds.length} of ${record.planned.exerciseIds.length} exercises at level ${record.planned.level}${partial}`;
  }
}

function sessionObservations(record: SessionRecord): FhirObservation[] {
  const name = exerciseName(record);
  const out: FhirObservation[] = [
    {
      resourceType: 'Observation',
      status: 'final',
      category: activity,
      code: { coding: [DURATION_CODE], text: 'Exercise duration' },
      effectivePeriod: { start: iso(record.startedAt), end: iso(record.endedAt) },
      valueQuantity: { value: Math.round((record.endedAt - record.startedAt) / 600) / 100, unit: 'min', system: UCUM, code: 'min' },
      note: [{ text: sessionWords(record) }],
    },
  ];
  const scores = record.pain;
  if (scores?.before != null) out.push(pain(scores.before, record.startedAt, `Before: ${name}`));
  if (scores?.during != null) out.push(pain(scores.during, { start: record.startedAt, end: record.endedAt }, `During (the highest given): ${name}`));
  if (scores?.after != null) out.push(pain(scores.after, record.endedAt, `After: ${name}`));
  return out;
}

function dayObservations(day: DayState): FhirObservation[] {
  const out: FhirObservation[] = [];
  const at = day.answeredAt ?? Date.parse(`${day.day}T12:00:00`);
  if (day.readinessPain !== null) out.push(pain(day.readinessPain, at, 'Readiness check: a small knee bend'));
  if (day.retestPain !== null) out.push(pain(day.retestPain, at, 'Readiness check retaken after the warm-up'));
  if (day.painAfter !== null && day.finishedAt !== null) out.push(pain(day.painAfter, day.finishedAt, "After the day's routine"));
  if (day.nextDay) out.push(pain(day.nextDay.pain, day.nextDay.at, `Next morning, about ${day.nextDay.about} (the knee was ${day.nextDay.answer})`));
  for (const check of day.redFlags)
    for (const flag of flagsOf(check.yes))
      out.push({
        resourceType: 'Observation',
        status: 'final',
        category: survey,
        code: { text: `Knee warning sign asked: ${flag.question}` },
        effectiveDateTime: iso(check.at),
        valueBoolean: true,
        note: [{ text: flag.sign }],
      });
  return out;
}

/** A random UUID URN for each entry (a collection's entries need a fullUrl; nothing refers to them). */
const urn = () => `urn:uuid:${crypto.randomUUID()}`;

export function fhirBundle(records: readonly SessionRecord[], days: readonly DayState[], now: EpochMs = Date.now()): FhirBundle {
  const observations = [...records.flatMap(sessionObservations), ...days.flatMap(dayObservations)];
  // In time order; each time read once (not in the comparator: a year is 24,000 observations).
  const timed = observations.map((resource) => ({ resource, at: Date.parse(resource.effectiveDateTime ?? resource.effectivePeriod!.start) }));
  timed.sort((a, b) => a.at - b.at);
  return { resourceType: 'Bundle', type: 'collection', timestamp: iso(now), entry: timed.map(({ resource }) => ({ fullUrl: urn(), resource })) };
}
