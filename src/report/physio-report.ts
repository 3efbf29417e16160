/**
 * A one-page report of a period for the person's physiotherapist: adherence per exercise, pain
 * by week (before, during, after, next morning), the runs, and the warning signs and severe
 * pain raised. Made as a whole HTML document (text, DOM-free), so it prints on its own — the
 * app around it never does — and reads the same in any browser. Everything is escaped: exercise
 * ids and notes come from stored data.
 */
import { SEVERE_PAIN } from '../program/limits.js';
import type { DayState } from '../program/day-state.js';
import { flagsOf } from '../program/red-flag-advice.js';
import { plannedReps, totalReps, type CadenceSessionRecord, type HoldSessionRecord, type SessionRecord } from '../session-record.js';
import { addDays, dayKeyer, numberOfKey, startOfDay, type DayKey } from '../store/stats.js';
import type { EpochMs } from '../units.js';
import { exerciseName } from './fhir.js';

export interface AdherenceRow {
  name: string;
  sessions: number;
  complete: number;
  /** Hold and rep exercises: reps done of reps planned, over the period. */
  reps: { done: number; planned: number } | null;
  days: number;
}

export interface PainWeek {
  /** The week's first day. */
  from: DayKey;
  before: number | null;
  during: number | null;
  after: number | null;
  nextMorning: number | null;
  highest: number | null;
}

export interface ReportRun {
  at: EpochMs;
  minutes: number;
  bpm: number;
  measured: number | null;
  painDuring: number | null;
  painAfter: number | null;
  complete: boolean;
}

export interface PhysioReport {
  from: DayKey;
  to: DayKey;
  madeAt: EpochMs;
  daysActive: number;
  days: number;
  sessions: number;
  adherence: AdherenceRow[];
  pain: PainWeek[];
  runs: ReportRun[];
  /** Warning signs answered yes and days with pain at the severe level, in date order. */
  flags: { day: DayKey; text: string }[];
}

/** Runs listed on the page; more are counted ("and 4 more"), so a month stays on one page. */
export const REPORT_RUNS = 12;

const mean = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null);
const max = (values: number[]) => (values.length ? Math.max(...values) : null);
const scores = (values: (number | null | undefined)[]) => values.filter((v): v is number => typeof v === 'number');

/** The report of the days `from`–`to` (both included), from that period's records and day states. */
export function physioReport(
  records: readonly SessionRecord[],
  days: readonly DayState[],
  from: DayKey,
  to: DayKey,
  madeAt: EpochMs = Date.now(),
): PhysioReport {
  // Each record's day, read once; the period's records and days, then each in its week.
  const keyOf = dayKeyer();
  const dated = records.map((record) => ({ record, day: keyOf(record.startedAt) })).filter(({ day }) => day >= from && day <= to);
  const inPeriod = dated.map(({ record }) => record);
  const states = days.filter((d) => d.day >= from && d.day <= to);
  const first = numberOfKey(from);
  const weekOf = (day: DayKey) => Math.floor((numberOfKey(day) - first) / 7);
  const weeks = Array.from({ length: weekOf(to) + 1 }, () => ({ records: [] as SessionRecord[], days: [] as DayState[] }));
  for (const { record, day } of dated) weeks[weekOf(day)]!.records.push(record);
  for (const d of states) weeks[weekOf(d.day)]!.days.push(d);

  const byExercise = new Map<string, { rows: SessionRecord[]; days: Set<DayKey> }>();
  for (const { record: r, day } of dated) {
    if (r.kind === 'routine') continue;
    const name = exerciseName(r);
    const entry = byExercise.get(name) ?? { rows: [], days: new Set<DayKey>() };
    entry.rows.push(r);
    entry.days.add(day);
    byExercise.set(name, entry);
  }
  const adherence = [...byExercise.entries()]
    .map(([name, { rows, days: on }]): AdherenceRow => {
      const holds = rows.filter((r): r is HoldSessionRecord => r.kind === 'hold');
      return {
        name,
        sessions: rows.length,
        complete: rows.filter((r) => r.complete).length,
        reps: holds.length
          ? { done: holds.reduce((s, r) => s + totalReps(r.done.reps), 0), planned: holds.reduce((s, r) => s + plannedReps(r.planned), 0) }
          : null,
        days: on.size,
      };
    })
    .sort((a, b) => b.sessions - a.sessions || a.name.localeCompare(b.name));

  const pain = weeks.map(({ records: rs, days: ds }, i): PainWeek => {
    const before = scores([...rs.map((r) => r.pain?.before), ...ds.map((d) => d.readinessPain)]);
    const during = scores(rs.map((r) => r.pain?.during));
    const after = scores([...rs.map((r) => r.pain?.after), ...ds.map((d) => d.painAfter)]);
    const nextMorning = scores(ds.map((d) => d.nextDay?.pain));
    return {
      from: addDays(from, i * 7),
      before: mean(before),
      during: max(during),
      after: mean(after),
      nextMorning: mean(nextMorning),
      highest: max([...before, ...during, ...after, ...nextMorning]),
    };
  });

  const runs = inPeriod
    .filter((r): r is CadenceSessionRecord => r.kind === 'cadence')
    .map((r) => ({
      at: r.startedAt,
      minutes: Math.round(r.done.durationS / 60),
      bpm: r.done.bpm,
      measured: r.done.measured?.averageSpm ?? null,
      painDuring: r.pain?.during ?? null,
      painAfter: r.pain?.after ?? null,
      complete: r.complete,
    }));

  const flags: { day: DayKey; text: string }[] = [];
  for (const d of states) for (const check of d.redFlags) for (const flag of flagsOf(check.yes)) flags.push({ day: d.day, text: `Warning sign: ${flag.sign}` });
  const severeDays = new Map<DayKey, number>();
  const severe = (day: DayKey, score: number | null | undefined) => {
    if (typeof score === 'number' && score >= SEVERE_PAIN) severeDays.set(day, Math.max(score, severeDays.get(day) ?? 0));
  };
  for (const { record: r, day } of dated) for (const score of [r.pain?.before, r.pain?.during, r.pain?.after]) severe(day, score);
  for (const d of states) for (const score of [d.readinessPain, d.retestPain, d.painAfter, d.nextDay?.pain]) severe(d.day, score);
  for (const [day, score] of severeDays) flags.push({ day, text: `Pain ${score}/10` });
  flags.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));

  const active = new Set(dated.map(({ day }) => day));
  return {
    from,
    to,
    madeAt,
    daysActive: active.size,
    days: numberOfKey(to) - first + 1,
    sessions: inPeriod.length,
    adherence,
    pain,
    runs,
    flags,
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const dateWords = (day: DayKey) => new Date(startOfDay(day)).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const dayWords = (time: EpochMs) => new Date(time).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const cell = (value: number | string | null) => `<td>${value === null ? '–' : escapeHtml(String(value))}</td>`;

/** The report as a printable HTML document (A4 or Letter, one page for a month). */
export function reportHtml(report: PhysioReport): string {
  const shown = report.runs.slice(-REPORT_RUNS);
  const hidden = report.runs.length - shown.length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kneebeat report ${escapeHtml(report.from)} to ${escapeHtml(report.to)}</title>
<style>
@page { size: auto; margin: 12mm 14mm; }
body { font: 9.5pt/1.3 system-ui, sans-serif; color: #111; margin: 0; }
h1 { font-size: 14pt; margin: 0 0 2pt; } h2 { font-size: 10.5pt; margin: 8pt 0 2pt; }
p { margin: 2pt 0; } .muted { color: #444; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border-bottom: 0.5pt solid #bbb; padding: 1.5pt 4pt; text-align: left; }
th { font-weight: 600; } td:not(:first-child), th:not(:first-child) { text-align: right; }
ul { margin: 2pt 0; padding-left: 14pt; }
.flag { color: #900; }
</style></head><body>
<h1>Knee rehabilitation report</h1>
<p class="muted">${dateWords(report.from)} – ${dateWords(report.to)} · made ${escapeHtml(new Date(report.madeAt).toLocaleDateString())} by the patient's Kneebeat app (recorded by the patient; not a clinical record)</p>
<p><b>${report.daysActive}</b> of ${report.days} days with exercise · <b>${report.sessions}</b> sessions · <b>${report.runs.length}</b> runs</p>
<h2>Exercises</h2>
${
  report.adherence.length
    ? `<table><thead><tr><th>Exercise</th><th>Sessions</th><th>Completed</th><th>Reps done / planned</th><th>Days</th></tr></thead><tbody>
${report.adherence.map((a) => `<tr>${cell(a.name)}${cell(a.sessions)}${cell(a.complete)}${cell(a.reps ? `${a.reps.done} / ${a.reps.planned}` : null)}${cell(a.days)}</tr>`).join('\n')}
</tbody></table>`
    : '<p class="muted">No exercise sessions in this period.</p>'
}
<h2>Pain (0–10) by week</h2>
<table><thead><tr><th>Week of</th><th>Before (avg)</th><th>During (highest)</th><th>After (avg)</th><th>Next morning (avg)</th><th>Highest</th></tr></thead><tbody>
${report.pain.map((w) => `<tr>${cell(dateWords(w.from))}${cell(w.before)}${cell(w.during)}${cell(w.after)}${cell(w.nextMorning)}${cell(w.highest)}</tr>`).join('\n')}
</tbody></table>
<h2>Runs</h2>
${
  shown.length
    ? `<table><thead><tr><th>Date</th><th>Minutes</th><th>Beat (steps/min)</th><th>Measured cadence</th><th>Pain during</th><th>Pain after</th></tr></thead><tbody>
${shown.map((r) => `<tr>${cell(dayWords(r.at) + (r.complete ? '' : ' (stopped early)'))}${cell(r.minutes)}${cell(r.bpm)}${cell(r.measured)}${cell(r.painDuring)}${cell(r.painAfter)}</tr>`).join('\n')}
</tbody></table>${hidden > 0 ? `<p class="muted">and ${hidden} earlier ${hidden === 1 ? 'run' : 'runs'} in this period.</p>` : ''}`
    : '<p class="muted">No runs in this period.</p>'
}
<h2>Warning signs and severe pain</h2>
${
  report.flags.length
    ? `<ul>${flagsByDay(report.flags)
        .map(([day, texts]) => `<li class="flag">${dateWords(day)}: ${texts.map(escapeHtml).join('; ')}</li>`)
        .join('')}</ul>`
    : '<p>None reported in this period.</p>'
}
</body></html>
`;
}

/** The flags of each day together, one line a day, in date order. */
function flagsByDay(flags: readonly { day: DayKey; text: string }[]): [DayKey, string[]][] {
  const days = new Map<DayKey, string[]>();
  for (const { day, text } of flags) days.set(day, [...(days.get(day) ?? []), text]);
  return [...days];
}

/** The last `days` days up to `today`, as a report period. */
export const lastDays = (today: DayKey, days: number): { from: DayKey; to: DayKey } => ({ from: addDays(today, -(days - 1)), to: today });
