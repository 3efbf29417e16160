/** The session log as files: JSON (complete, re-importable) and CSV (for a clinician's spreadsheet). */
import { SESSION_SCHEMA_VERSION, type SessionRecord } from '../session-record.js';
import type { EpochMs } from '../units.js';

export const EXPORT_FORMAT = 'kneebeat-sessions';

/** `records`: session records, or stored values as they are (an export keeps what it cannot read). */
export function exportJSON(records: readonly unknown[], now: EpochMs = Date.now()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: SESSION_SCHEMA_VERSION, exportedAt: new Date(now).toISOString(), records }, null, 1);
}

const COLUMNS = [
  'id',
  'kind',
  'exercise',
  'started',
  'ended',
  'duration_s',
  'complete',
  'bpm',
  'beats',
  'hold_s',
  'reps_planned',
  'sets',
  'sides',
  'reps_done',
  'time_under_tension_s',
  'exercises_done',
  'pain_before',
  'pain_during',
  'pain_after',
] as const;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is
 * prefixed with an apostrophe; quotes and separators are escaped.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(record: SessionRecord): Record<(typeof COLUMNS)[number], string | number | boolean | null> {
  const base = {
    id: record.id,
    kind: record.kind,
    exercise: record.exerciseId,
    started: new Date(record.startedAt).toISOString(),
    ended: new Date(record.endedAt).toISOString(),
    duration_s: Math.round((record.endedAt - record.startedAt) / 100) / 10,
    complete: record.complete,
    bpm: null,
    beats: null,
    hold_s: null,
    reps_planned: null,
    sets: null,
    sides: null,
    reps_done: null,
    time_under_tension_s: null,
    exercises_done: null,
    pain_before: record.pain?.before ?? null,
    pain_during: record.pain?.during ?? null,
    pain_after: record.pain?.after ?? null,
  };
  switch (record.kind) {
    case 'cadence':
      return { ...base, bpm: record.done.bpm, beats: record.done.beats };
    case 'hold':
      return {
        ...base,
        hold_s: record.planned.holdS,
        reps_planned: record.planned.reps,
        sets: record.planned.sets,
        sides: record.planned.sides,
        // Per set, sides joined with "/": "10/9 10/10".
        reps_done: record.done.reps.map((sides) => sides.join('/')).join(' '),
        time_under_tension_s: record.done.timeUnderTensionS,
      };
    case 'routine':
      return { ...base, exercises_done: record.done.exerciseIds.join(' ') };
  }
}

export function exportCSV(records: readonly SessionRecord[]): string {
  const lines = [COLUMNS.join(',')];
  for (const record of records) {
    const cells = row(record);
    lines.push(COLUMNS.map((column) => csvCell(cells[column])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
