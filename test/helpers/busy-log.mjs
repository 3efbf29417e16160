// Busy training as a session log: every exercise of a level twice a day, a 30-minute interval run
// every other day, pain scores, the readiness bend, the next morning's answer and now and then
// a warning sign. Shared by the report's PDF test and `npm run bench` (part `report`). Needs the
// tsc output (build/).
const { sessionRecord } = await import('../../build/src/session-record.js');
const { addDays, startOfDay } = await import('../../build/src/store/stats.js');
const { emptyDay } = await import('../../build/src/program/day-state.js');

const EXERCISES = ['quad-set', 'straight-leg-raise', 'wall-slide', 'clamshell', 'bridge', 'wall-calf-stretch', 'lying-hamstring-stretch', 'plank'];
/** Sessions a day: each exercise twice. */
export const HOLDS_A_DAY = EXERCISES.length * 2;

/** A walk/run interval run (run 2, walk 1) of `minutes`, its cadence measured each minute. */
export function intervalRun(startedAt, minutes, complete = true) {
  return sessionRecord({
    kind: 'cadence',
    exerciseId: null,
    startedAt,
    endedAt: startedAt + minutes * 60_000,
    complete,
    planned: { bpm: 170, durationS: minutes * 60, intervals: { runS: 120, walkS: 60, repeats: minutes / 3 } },
    done: {
      bpm: 172,
      durationS: minutes * 60,
      beats: minutes * 120,
      segmentsDone: (minutes / 3) * 2,
      measured: {
        source: 'motion',
        averageSpm: 168,
        measuredS: minutes * 60,
        inZoneS: minutes * 40,
        perMinute: Array.from({ length: minutes }, (_, i) => 160 + (i % 10)),
      },
    },
    pain: { before: 1, during: 3, after: 2 },
  });
}

/** `days` days from `from` (`YYYY-MM-DD`): the records and the days' answers. */
export function busyLog(from, days) {
  const records = [];
  const states = [];
  for (let d = 0; d < days; d++) {
    const day = addDays(from, d);
    const start = startOfDay(day);
    for (const [i, exerciseId] of EXERCISES.entries())
      for (const hour of [8, 19]) {
        const startedAt = start + hour * 3_600_000 + i * 120_000;
        records.push(
          sessionRecord({
            kind: 'hold',
            exerciseId,
            startedAt,
            endedAt: startedAt + 90_000,
            complete: true,
            planned: { holdS: 5, reps: 10, sets: 2, sides: 'both' },
            done: {
              reps: [
                [10, 10],
                [10, 9],
              ],
              timeUnderTensionS: 195,
            },
            pain: { before: d % 5, during: (d % 5) + 1, after: d % 4 },
          }),
        );
      }
    if (d % 2 === 0) records.push(intervalRun(start + 18 * 3_600_000, 30, d % 6 !== 0));
    states.push({
      ...emptyDay(day),
      readinessPain: d % 3,
      answeredAt: start + 7.5 * 3_600_000,
      nextDay: d ? { about: addDays(day, -1), answer: 'same', pain: 2, at: start + 7 * 3_600_000 } : null,
      redFlags: d % 9 === 4 ? [{ at: start + 9 * 3_600_000, yes: ['swelling', 'night-rest'] }] : [],
    });
  }
  return { records, states };
}
