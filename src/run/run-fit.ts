/**
 * A run as a FIT activity file, made with Garmin's own encoder (`@garmin/fitsdk`), for Garmin
 * Connect, Strava and the rest. The SDK (its profile is most of a megabyte) is loaded only when
 * a file is made.
 *
 * The messages a FIT activity file is expected to hold: file id, timer start, one record per
 * measured minute, a lap per walk or run segment, timer stop, the session and the activity.
 * FIT counts a runner's cadence in strides (one foot's steps) per minute, in a whole part
 * (`cadence`) and a fraction (`fractional_cadence`), so 171 steps/min is written 85 + 0.5; a
 * reader shows 171. No distance or position: the run was timed, not tracked.
 */
import type { ActivityMesg, EventMesg, FileIdMesg, LapMesg, Mesg, RecordMesg, SessionMesg } from '@garmin/fitsdk';
import type { CadenceSessionRecord } from '../session-record.js';
import type { EpochMs, StepsPerMinute } from '../units.js';
import { runTimeline } from './run-timeline.js';

/** FIT's epoch, 1989-12-31T00:00:00Z, in Unix seconds. */
const FIT_EPOCH_S = 631_065_600;

/** Steps per minute as FIT's strides per minute: the whole part and the fraction. */
export function fitCadence(spm: StepsPerMinute): { cadence: number; fractional: number } {
  // FIT keeps the fraction in 1/128ths: round to that grid first, so the two parts add up.
  const strides = Math.min(255, Math.round((spm / 2) * 128) / 128);
  const cadence = Math.floor(strides);
  return { cadence, fractional: strides - cadence };
}

/** Local time as FIT's `local_timestamp` wants it: seconds since its epoch, on the local clock. */
const fitLocalTime = (time: EpochMs) => Math.round(time / 1000) - FIT_EPOCH_S - new Date(time).getTimezoneOffset() * 60;

const MESSAGES = ['FILE_ID', 'EVENT', 'RECORD', 'LAP', 'SESSION', 'ACTIVITY'] as const;

function mesgNums(all: Record<string, number>): Record<(typeof MESSAGES)[number], number> {
  const entries = MESSAGES.map((name) => {
    const num = all[name];
    if (num === undefined) throw new Error(`the FIT profile has no ${name} message`);
    return [name, num] as const;
  });
  return Object.fromEntries(entries) as Record<(typeof MESSAGES)[number], number>;
}

/** A lap's or session's heart rate fields (whole beats/min), where known. */
const heartFields = (average: number | null, max: number | null) => ({
  ...(average === null ? {} : { avgHeartRate: Math.round(average) }),
  ...(max === null ? {} : { maxHeartRate: Math.round(max) }),
});

export async function runToFit(record: CadenceSessionRecord): Promise<Uint8Array> {
  const { Encoder, Profile } = await import('@garmin/fitsdk');
  // The SDK types MesgNum as a plain record: name the six numbers this file uses, once.
  const M = mesgNums(Profile.MesgNum);
  const run = runTimeline(record);
  const start = new Date(run.start);
  const end = new Date(run.end);
  const encoder = new Encoder();
  // Each message checked against its own type in the SDK (onMesg takes any message).
  const write = <T extends Mesg>(mesgNum: number, mesg: T) => encoder.onMesg(mesgNum, mesg);
  write<FileIdMesg>(M.FILE_ID, { type: 'activity', manufacturer: 'development', product: 0, timeCreated: start, productName: 'Kneebeat' });
  write<EventMesg>(M.EVENT, { timestamp: start, event: 'timer', eventType: 'start', eventGroup: 0 });
  for (const sample of run.samples) {
    const cadence = sample.spm === null ? null : fitCadence(sample.spm);
    write<RecordMesg>(M.RECORD, {
      timestamp: new Date(sample.time),
      ...(cadence ? { cadence: cadence.cadence, fractionalCadence: cadence.fractional } : {}),
      ...(sample.bpm === null ? {} : { heartRate: Math.round(sample.bpm) }),
    });
  }
  run.laps.forEach((lap, i) => {
    const average = lap.cadence === null ? null : fitCadence(lap.cadence);
    write<LapMesg>(M.LAP, {
      messageIndex: i,
      timestamp: new Date(lap.start + lap.elapsedS * 1000),
      startTime: new Date(lap.start),
      totalElapsedTime: lap.elapsedS,
      totalTimerTime: lap.timerS,
      event: 'lap',
      eventType: 'stop',
      lapTrigger: i === run.laps.length - 1 ? 'sessionEnd' : lap.byTime ? 'time' : 'manual',
      sport: 'running',
      intensity: lap.kind === 'run' ? 'active' : 'recovery',
      ...(average ? { avgCadence: average.cadence, avgFractionalCadence: average.fractional } : {}),
      ...heartFields(lap.heartRate, lap.maxHeartRate),
    });
  });
  write<EventMesg>(M.EVENT, { timestamp: end, event: 'timer', eventType: 'stopAll', eventGroup: 0 });
  const average = run.averageSpm === null ? null : fitCadence(run.averageSpm);
  const max = run.maxSpm === null ? null : fitCadence(run.maxSpm);
  write<SessionMesg>(M.SESSION, {
    messageIndex: 0,
    timestamp: end,
    startTime: start,
    totalElapsedTime: run.elapsedS,
    totalTimerTime: run.timerS,
    sport: 'running',
    subSport: 'generic',
    firstLapIndex: 0,
    numLaps: run.laps.length,
    event: 'session',
    eventType: 'stop',
    trigger: 'activityEnd',
    ...(average ? { avgCadence: average.cadence, avgFractionalCadence: average.fractional } : {}),
    ...(max ? { maxCadence: max.cadence, maxFractionalCadence: max.fractional } : {}),
    ...heartFields(run.averageBpm, run.maxBpm),
  });
  write<ActivityMesg>(M.ACTIVITY, {
    timestamp: end,
    localTimestamp: fitLocalTime(run.end),
    totalTimerTime: run.timerS,
    numSessions: 1,
    type: 'manual',
    event: 'activity',
    eventType: 'stop',
  });
  return encoder.close();
}
