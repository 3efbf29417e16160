/**
 * A recorded run laid out on the clock — laps and cadence samples — for the files other apps
 * read (FIT for Garmin Connect, TCX for Strava and others). DOM-free.
 *
 * A run record keeps run time (pauses excluded) and the measured cadence of each minute of it,
 * but not when the pauses were: laps follow one another from the start in run time, and any
 * paused time is added to the last lap's clock time, so the file still starts and ends when
 * the run did.
 */
import type { CadenceSessionRecord } from '../session-record.js';
import type { EpochMs, Seconds, StepsPerMinute } from '../units.js';
import { planSegments, type SegmentKind } from './run-plan.js';

export interface RunLap {
  kind: SegmentKind;
  start: EpochMs;
  /** Run time in the lap. */
  timerS: Seconds;
  /** Clock time from the lap's start to its end: the last lap's also holds the run's pauses. */
  elapsedS: Seconds;
  /** True when the lap ended because its planned time was up (false: the run was stopped in it). */
  byTime: boolean;
  /** Measured cadence over the lap (minute averages weighted by their time in it); null when none was. */
  cadence: StepsPerMinute | null;
  /** Heart rate over the lap, the same way, and the highest minute in it; null when none was known. */
  heartRate: number | null;
  maxHeartRate: number | null;
}

/** A minute's averages (cadence, heart rate: either may be unknown), placed at the middle of that minute's run time. */
export interface CadenceSample {
  time: EpochMs;
  spm: StepsPerMinute | null;
  bpm: number | null;
}

export interface RunTimeline {
  start: EpochMs;
  end: EpochMs;
  timerS: Seconds;
  elapsedS: Seconds;
  /** At least one. */
  laps: RunLap[];
  samples: CadenceSample[];
  /** Over the whole run, as measured; null when the cadence never was. */
  averageSpm: StepsPerMinute | null;
  maxSpm: StepsPerMinute | null;
  /** Heart rate over the whole run (a strap's), null when none was connected. */
  averageBpm: number | null;
  maxBpm: number | null;
}

export function runTimeline(record: CadenceSessionRecord): RunTimeline {
  const start = record.startedAt;
  const timerS = Math.max(0, record.done.durationS);
  // A record whose clock times disagree with its run time (a clock change) keeps its run time.
  const elapsedS = Math.max(timerS, (record.endedAt - start) / 1000);
  const perMinute = record.done.measured?.perMinute ?? [];
  const heartMinutes = record.done.heartRate?.perMinute ?? [];
  const spans = lapSpans(record, timerS);
  const laps = spans.map(({ kind, from, to, byTime }, i): RunLap => {
    const last = i === spans.length - 1;
    return {
      kind,
      start: start + from * 1000,
      timerS: to - from,
      elapsedS: last ? elapsedS - from : to - from,
      byTime,
      cadence: averageOver(perMinute, from, to),
      heartRate: averageOver(heartMinutes, from, to),
      maxHeartRate: maxOver(heartMinutes, from, to),
    };
  });
  const samples: CadenceSample[] = [];
  for (let minute = 0; minute < Math.max(perMinute.length, heartMinutes.length); minute++) {
    const from = minute * 60;
    const spm = perMinute[minute] ?? null;
    const bpm = heartMinutes[minute] ?? null;
    if ((spm === null && bpm === null) || from >= timerS) continue;
    samples.push({ time: start + (from + Math.min(60, timerS - from) / 2) * 1000, spm, bpm });
  }
  const measured = perMinute.filter((v): v is number => v !== null);
  return {
    start,
    end: start + elapsedS * 1000,
    timerS,
    elapsedS,
    laps,
    samples,
    averageSpm: record.done.measured?.averageSpm ?? null,
    maxSpm: measured.length ? Math.max(...measured) : null,
    averageBpm: record.done.heartRate?.averageBpm ?? null,
    maxBpm: record.done.heartRate?.maxBpm ?? null,
  };
}

interface LapSpan {
  kind: SegmentKind;
  from: Seconds;
  to: Seconds;
  byTime: boolean;
}

/** The plan's segments as far as the run went (one lap for a continuous run, or a run stopped at once). */
function lapSpans(record: CadenceSessionRecord, timerS: Seconds): LapSpan[] {
  const plan = record.planned.intervals;
  if (!plan) return [{ kind: 'run', from: 0, to: timerS, byTime: record.complete && record.planned.durationS !== null }];
  const spans: LapSpan[] = [];
  let from = 0;
  for (const segment of planSegments(plan)) {
    if (from >= timerS) break;
    const to = Math.min(timerS, from + segment.seconds);
    spans.push({ kind: segment.kind, from, to, byTime: to === from + segment.seconds });
    from = to;
  }
  // Run time beyond the plan (not made by this app's runs) stays in a lap of its own.
  if (from < timerS) spans.push({ kind: 'run', from, to: timerS, byTime: false });
  return spans.length ? spans : [{ kind: 'run', from: 0, to: 0, byTime: false }];
}

/** The highest minute average overlapping [from, to) s of run time, or null. */
function maxOver(perMinute: readonly (number | null)[], from: Seconds, to: Seconds): number | null {
  let max: number | null = null;
  for (let minute = Math.floor(from / 60); minute * 60 < to && minute < perMinute.length; minute++) {
    const v = perMinute[minute];
    if (v !== null && v !== undefined && Math.min(to, minute * 60 + 60) > Math.max(from, minute * 60)) max = Math.max(max ?? v, v);
  }
  return max;
}

/** The average of minute averages over [from, to) s of run time, each weighted by its overlap. */
function averageOver(perMinute: readonly (number | null)[], from: Seconds, to: Seconds): StepsPerMinute | null {
  let sum = 0;
  let weight = 0;
  for (let minute = Math.floor(from / 60); minute * 60 < to && minute < perMinute.length; minute++) {
    const spm = perMinute[minute];
    const overlap = Math.min(to, minute * 60 + 60) - Math.max(from, minute * 60);
    if (spm === null || spm === undefined || overlap <= 0) continue;
    sum += spm * overlap;
    weight += overlap;
  }
  return weight > 0 ? sum / weight : null;
}
