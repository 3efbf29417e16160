/**
 * A run as a TCX file (Garmin's Training Center XML, v2), which Strava, Garmin Connect and most
 * training logs import. DOM-free: the XML is written as text.
 *
 * Cadence goes where these formats keep a runner's cadence: the ActivityExtension's
 * `RunCadence` (per track point) and `AvgRunCadence`/`MaxRunCadence` (per lap), counted in
 * strides — one foot's steps — per minute, so 170 steps/min is written 85 (an app reading it
 * shows 170). Heart rate, when a strap was connected, goes in each track point's
 * `HeartRateBpm` and each lap's average and maximum. There is no position or distance: the run
 * was timed, not tracked.
 */
import type { CadenceSessionRecord } from '../session-record.js';
import type { EpochMs, StepsPerMinute } from '../units.js';
import { runTimeline, type CadenceSample, type RunLap } from './run-timeline.js';

const TCX_NS = 'http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2';
const EXT_NS = 'http://www.garmin.com/xmlschemas/ActivityExtension/v2';

/** Steps per minute as strides per minute, whole (the schema's unsignedByte), at most 254. */
export const strides = (spm: StepsPerMinute): number => Math.min(254, Math.round(spm / 2));

const iso = (time: EpochMs) => new Date(time).toISOString();
/** Seconds in TCX's xsd:double, to the millisecond. */
const seconds = (s: number) => String(Math.round(s * 1000) / 1000);

export function runToTcx(record: CadenceSessionRecord): string {
  const run = runTimeline(record);
  const laps = run.laps.map((lap, i) => {
    const end = i === run.laps.length - 1 ? run.end : lap.start + lap.elapsedS * 1000;
    return lapXml(
      lap,
      run.samples.filter((s) => s.time >= lap.start && s.time < end),
      end,
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<TrainingCenterDatabase xmlns="${TCX_NS}" xmlns:ns3="${EXT_NS}">`,
    '  <Activities>',
    '    <Activity Sport="Running">',
    `      <Id>${iso(run.start)}</Id>`,
    ...laps,
    `      <Notes>Kneebeat: ${record.planned.intervals ? 'walk/run intervals' : 'run'} with the beat at ${record.done.bpm} steps/min${record.complete ? '' : ', stopped early'}.</Notes>`,
    '    </Activity>',
    '  </Activities>',
    '</TrainingCenterDatabase>',
    '',
  ].join('\n');
}

function lapXml(lap: RunLap, samples: readonly CadenceSample[], end: EpochMs): string {
  // Track points: the lap's start, each measured minute, its end (a track needs at least one).
  const points = [trackPoint(lap.start, null, null), ...samples.map((s) => trackPoint(s.time, s.spm, s.bpm)), trackPoint(end, null, null)];
  const measured = samples.flatMap((s) => (s.spm === null ? [] : [s.spm]));
  const maxSpm = measured.length ? Math.max(...measured) : null;
  const cadence =
    lap.cadence === null
      ? ''
      : [
          '          <Extensions>',
          '            <ns3:LX>',
          `              <ns3:AvgRunCadence>${strides(lap.cadence)}</ns3:AvgRunCadence>`,
          ...(maxSpm === null ? [] : [`              <ns3:MaxRunCadence>${strides(maxSpm)}</ns3:MaxRunCadence>`]),
          '            </ns3:LX>',
          '          </Extensions>',
        ].join('\n');
  return [
    `      <Lap StartTime="${iso(lap.start)}">`,
    // TotalTimeSeconds is the lap's run time; TCX has no separate clock time.
    `        <TotalTimeSeconds>${seconds(lap.timerS)}</TotalTimeSeconds>`,
    '        <DistanceMeters>0</DistanceMeters>',
    '        <Calories>0</Calories>',
    ...(lap.heartRate === null ? [] : [`        <AverageHeartRateBpm><Value>${Math.round(lap.heartRate)}</Value></AverageHeartRateBpm>`]),
    ...(lap.maxHeartRate === null ? [] : [`        <MaximumHeartRateBpm><Value>${Math.round(lap.maxHeartRate)}</Value></MaximumHeartRateBpm>`]),
    // TCX knows only Active and Resting: a walk interval is the run's rest.
    `        <Intensity>${lap.kind === 'run' ? 'Active' : 'Resting'}</Intensity>`,
    `        <TriggerMethod>${lap.byTime ? 'Time' : 'Manual'}</TriggerMethod>`,
    '        <Track>',
    ...points,
    '        </Track>',
    ...(cadence ? [cadence] : []),
    '      </Lap>',
  ].join('\n');
}

function trackPoint(time: EpochMs, spm: StepsPerMinute | null, bpm: number | null): string {
  const heart = bpm === null ? '' : `<HeartRateBpm><Value>${Math.round(bpm)}</Value></HeartRateBpm>`;
  const cadence = spm === null ? '' : `<Extensions><ns3:TPX><ns3:RunCadence>${strides(spm)}</ns3:RunCadence></ns3:TPX></Extensions>`;
  return `          <Trackpoint><Time>${iso(time)}</Time>${heart}${cadence}</Trackpoint>`;
}
