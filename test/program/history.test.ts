// Every pain score the app collects reaches the rules: from records (before, during, after, runs)
// and from the days' answers (the bend and its retest, pain after, the next morning, red flags).
import { expect } from 'chai';
import { applyDayChange, emptyDay, readDay } from '../../src/program/day-state.js';
import { programHistory } from '../../src/program/history.js';
import { sessionRecord, type CadenceSessionRecord, type HoldSessionRecord, type RoutineSessionRecord, type SessionRecord } from '../../src/session-record.js';
import { TODAY, at, back, todayState } from './program-fixtures.js';

const isHop = (id: string) => id.endsWith('-hop') || id === 'diagonal-hops';

const hold = (days: number, exerciseId: string, pain?: HoldSessionRecord['pain'], complete = true) =>
  sessionRecord<HoldSessionRecord>({
    kind: 'hold',
    exerciseId,
    startedAt: at(days, 9),
    endedAt: at(days, 9) + 60_000,
    complete,
    planned: { holdS: 0, reps: 10, sets: 1, sides: 'one' },
    done: { reps: [[10]], timeUnderTensionS: 0 },
    ...(pain ? { pain } : {}),
  });
const routine = (days: number, level: number, pain: RoutineSessionRecord['pain'], complete = true) =>
  sessionRecord<RoutineSessionRecord>({
    kind: 'routine',
    exerciseId: null,
    startedAt: at(days, 8),
    endedAt: at(days, 9),
    complete,
    planned: { exerciseIds: ['quad-set'], level },
    done: { exerciseIds: ['quad-set'] },
    ...(pain ? { pain } : {}),
  });
const runRecord = (days: number, pain?: CadenceSessionRecord['pain']) =>
  sessionRecord<CadenceSessionRecord>({
    kind: 'cadence',
    exerciseId: 'run-cadence',
    startedAt: at(days, 18),
    endedAt: at(days, 18) + 1_800_000,
    complete: true,
    planned: { bpm: 170, durationS: 1080, intervals: { runS: 60, walkS: 120, repeats: 6 } },
    done: { bpm: 171, durationS: 1080, beats: 1000, segmentsDone: 12 },
    ...(pain ? { pain } : {}),
  });

const build = (records: SessionRecord[], days = new Map(), today = todayState()) => programHistory(records, days, TODAY, today, isHop);

describe('program history', () => {
  it('collects every score with where it was given, oldest first', () => {
    const h = build([
      runRecord(1, { before: null, during: 2, after: 4 }),
      routine(2, 2, { before: 1, during: null, after: 3 }),
      hold(0, 'wall-slide', { before: null, during: 6, after: null }),
    ]);
    expect(h.scores.map((s) => [s.day, s.moment, s.pain])).to.deep.equal([
      [back(2), 'before', 1],
      [back(2), 'after', 3],
      [back(1), 'run-during', 2],
      [back(1), 'run-after', 4],
      [TODAY, 'bend', 0],
      [TODAY, 'during', 6],
    ]);
  });

  it("takes the bend's retest over the first bend, and the day's pain after and next morning", () => {
    const today = todayState({
      readinessPain: 4,
      retestPain: 1,
      painAfter: 2,
      finishedAt: at(0, 10),
      nextDay: { about: back(1), answer: 'worse', pain: 5, at: at(0, 7) },
    });
    const h = build([], new Map(), today);
    expect(h.scores.map((s) => [s.moment, s.pain])).to.deep.equal([
      ['next-morning', 5],
      ['bend', 1],
      ['after', 2],
    ]);
    expect(h.worseNextDay).to.deep.equal([{ day: back(1), at: at(0, 7) }]);
  });

  it('marks hop scores: a hop exercise, or a routine at the hopping level', () => {
    const h = build([
      hold(1, 'single-leg-hop', { before: null, during: 1, after: null }),
      routine(2, 4, { before: 0, after: 1 }),
      routine(3, 3, { before: 0, after: 1 }),
    ]);
    expect(h.scores.filter((s) => s.hop).map((s) => s.day)).to.deep.equal([back(2), back(2), back(1)]);
    expect(h.routines.map((r) => [r.day, r.level])).to.have.deep.members([
      [back(3), 3],
      [back(2), 4],
    ]);
  });

  it('a hop session is pain-free only when every score of its day was 0 and the next morning was not worse', () => {
    const days = new Map([[back(1), { ...emptyDay(back(1)), nextDay: { about: back(2), answer: 'worse' as const, pain: 2, at: at(1, 7) } }]]);
    const h = build(
      [
        hold(4, 'double-leg-hop', { before: 0, after: 0 }),
        hold(3, 'double-leg-hop'),
        hold(2, 'double-leg-hop', { before: 0, after: 0 }),
        hold(5, 'double-leg-hop', { before: 0, after: 1 }),
      ],
      days,
    );
    expect(h.hops.map((s) => [s.day, s.painFree])).to.have.deep.members([
      [back(5), false],
      [back(4), true],
      [back(3), false],
      [back(2), false],
    ]);
  });

  it('keeps runs with their pain and next morning, red-flag checks by day, and the last time a clinician saw the user', () => {
    const days = new Map([
      [back(2), { ...emptyDay(back(2)), redFlags: [{ at: at(2), yes: ['swelling'] }], seenClinicianAt: at(2, 15) }],
      [back(0), emptyDay(back(0))],
    ]);
    const today = todayState({ nextDay: { about: back(1), answer: 'same', pain: 1, at: at(0, 7) }, redFlags: [{ at: at(0, 7), yes: [] }] });
    const h = build([runRecord(1, { before: null, during: 1, after: 2 })], days, today);
    expect(h.runs).to.have.length(1);
    expect(h.runs[0]).to.deep.include({ day: back(1), during: 1, after: 2, nextDay: 'same', bpm: 171, complete: true });
    expect(h.runs[0]!.plan).to.deep.equal({ runS: 60, walkS: 120, repeats: 6 });
    expect(h.redFlagChecks.map((c) => [c.day, c.yes])).to.deep.equal([
      [back(2), ['swelling']],
      [TODAY, []],
    ]);
    expect(h.seenClinicianAt).to.equal(at(2, 15));
  });

  it('knows the last day before today with a session, and whether the user is new or back after a break', () => {
    expect(build([]).firstUse).to.equal(true);
    expect(build([hold(13, 'quad-set')]).firstUse).to.equal(false);
    expect(build([hold(14, 'quad-set')]).firstUse).to.equal(true);
    expect(build([hold(3, 'quad-set'), hold(1, 'quad-set'), hold(0, 'quad-set')]).lastActiveDay).to.equal(back(1));
    expect(build([hold(0, 'quad-set')]).lastActiveDay).to.equal(null);
  });

  it('reads stored days field by field and merges changes, adding red-flag checks', () => {
    const stored = {
      ...emptyDay(TODAY),
      readinessPain: 3,
      retestPain: 11,
      choseEasier: 'yes',
      redFlags: [
        { at: 5, yes: ['calf'] },
        { at: 'x', yes: [] },
        { at: 6, yes: ['BAD ID!'] },
      ],
    };
    const day = readDay(stored, TODAY);
    expect(day).to.include({ readinessPain: 3, retestPain: null, choseEasier: false, nextDay: null, seenClinicianAt: null });
    expect(day.redFlags).to.deep.equal([{ at: 5, yes: ['calf'] }]);
    expect(readDay({ ...stored, nextDay: { about: back(1), answer: 'worse', pain: 4, at: 9 } }, TODAY).nextDay).to.deep.equal({
      about: back(1),
      answer: 'worse',
      pain: 4,
      at: 9,
    });
    expect(readDay({ ...stored, nextDay: { about: 'nope', answer: 'worse', pain: 4, at: 9 } }, TODAY).nextDay).to.equal(null);
    expect(readDay({ ...stored, nextDay: { about: back(1), answer: 'awful', pain: 4, at: 9 } }, TODAY).nextDay).to.equal(null);
    expect(readDay(stored, back(1))).to.deep.equal(emptyDay(back(1)));
    expect(readDay(null, TODAY)).to.deep.equal(emptyDay(TODAY));
    const changed = applyDayChange(day, { retestPain: 0, addRedFlags: { at: 7, yes: [] } });
    expect(changed.retestPain).to.equal(0);
    expect(changed.redFlags).to.deep.equal([
      { at: 5, yes: ['calf'] },
      { at: 7, yes: [] },
    ]);
    expect(applyDayChange(day, { painAfter: 2 }).redFlags).to.equal(day.redFlags);
  });
  it('reads records without pain scores, and holds with no exercise', () => {
    const noExercise = sessionRecord<HoldSessionRecord>({ ...hold(2, 'quad-set'), exerciseId: null });
    const h = build([routine(3, 2, undefined), runRecord(2), noExercise]);
    expect(h.scores.map((s) => s.moment)).to.deep.equal(['bend']);
    expect(h.runs[0]).to.include({ during: null, after: null, nextDay: null });
    expect(h.routines).to.deep.equal([{ day: back(3), level: 2, complete: true }]);
    expect(h.hops).to.deep.equal([]);
  });

  it("names each score's moment, and marks only the hopping ones as hops", () => {
    const h = build([
      routine(4, 2, { before: 1, during: 2, after: 3 }),
      runRecord(3, { before: null, during: 4, after: 5 }),
      hold(2, 'wall-slide', { before: 6, during: 7, after: 8 }),
      hold(1, 'diagonal-hops', { before: null, during: 9, after: null }),
    ]);
    expect(h.scores.map((s) => [s.pain, s.moment, s.hop])).to.deep.equal([
      [1, 'before', false],
      [2, 'during', false],
      [3, 'after', false],
      [4, 'run-during', false],
      [5, 'run-after', false],
      [6, 'before', false],
      [7, 'during', false],
      [8, 'after', false],
      [9, 'during', true],
      [0, 'bend', false],
    ]);
    expect(h.hops).to.deep.equal([{ exerciseId: 'diagonal-hops', day: back(1), complete: true, painFree: false }]);
  });

  it("scores from a day's answers are never hop scores", () => {
    const today = todayState({ readinessPain: 1, painAfter: 1, finishedAt: at(0, 10), nextDay: { about: back(1), answer: 'same', pain: 1, at: at(0, 7) } });
    const h = build([], new Map(), today);
    expect(h.scores.map((s) => [s.moment, s.hop])).to.deep.equal([
      ['next-morning', false],
      ['bend', false],
      ['after', false],
    ]);
  });

  it('places a day answer with no time at the start (the bend) or end (pain after) of its day', () => {
    const day = { ...emptyDay(back(1)), readinessPain: 2, painAfter: 3 };
    const h = build([hold(1, 'wall-slide', { before: null, during: 4, after: null })], new Map([[back(1), day]]));
    expect(h.scores.filter((s) => s.day === back(1)).map((s) => [s.moment, s.pain])).to.deep.equal([
      ['bend', 2],
      ['during', 4],
      ['after', 3],
    ]);
    expect(h.scores[0]!.at).to.equal(Date.parse(`${back(1)}T00:00:00`));
    expect(h.scores[2]!.at).to.equal(Date.parse(`${back(1)}T23:59:00`));
  });

  it('keeps only a worse next morning as a worse day, and the latest time a clinician saw the user', () => {
    const same = todayState({ nextDay: { about: back(1), answer: 'same', pain: 0, at: at(0, 7) } });
    expect(build([], new Map(), same).worseNextDay).to.deep.equal([]);
    const days = new Map([
      [back(1), { ...emptyDay(back(1)), seenClinicianAt: at(1, 10) }],
      [back(5), { ...emptyDay(back(5)), seenClinicianAt: at(5, 10) }],
    ]);
    expect(build([], days).seenClinicianAt).to.equal(at(1, 10));
    expect(build([], new Map([...days].reverse())).seenClinicianAt).to.equal(at(1, 10));
    expect(build([]).seenClinicianAt).to.equal(null);
  });

  it('the last active day is the latest before today, whatever order the records come in', () => {
    expect(build([hold(1, 'quad-set'), hold(6, 'quad-set'), hold(3, 'quad-set')]).lastActiveDay).to.equal(back(1));
  });

  it("a hop day's scores all count: one above 0 among zeros is not pain-free", () => {
    const h = build([hold(2, 'double-leg-hop', { before: 0, during: 1, after: 0 })]);
    expect(h.hops[0]!.painFree).to.equal(false);
    expect(build([hold(2, 'double-leg-hop', { before: 1, during: 0, after: 0 })]).hops[0]!.painFree).to.equal(false);
    const free = build([hold(2, 'double-leg-hop', { before: 0, during: 0, after: 0 })]);
    expect(free.hops[0]!.painFree).to.equal(true);
  });
});
