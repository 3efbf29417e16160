// A day's stored answers are read back field by field: anything unreadable is dropped, never a crash.
import { expect } from 'chai';
import { emptyDay, itemStatuses, readDay } from '../../src/program/day-state.js';
import { laterToday, routineFor } from '../../src/program/routine.js';
import { sessionRecord, type HoldSessionRecord } from '../../src/session-record.js';
import { TODAY, back } from './program-fixtures.js';

const day = (fields: Record<string, unknown>) => readDay({ day: TODAY, ...fields }, TODAY);
const quadSet = (reps: number, complete: boolean, exerciseId: string | null = 'quad-set') =>
  sessionRecord<HoldSessionRecord>({
    kind: 'hold',
    exerciseId,
    startedAt: 1_000,
    endedAt: 2_000,
    complete,
    planned: { holdS: 5, reps: 10, sets: 1, sides: 'one' },
    done: { reps: [[reps]], timeUnderTensionS: reps * 5 },
  });

describe('day state', () => {
  it('an empty day has nothing answered', () => {
    expect(emptyDay(TODAY)).to.deep.equal({
      day: TODAY,
      readinessPain: null,
      retestPain: null,
      choseEasier: false,
      answeredAt: null,
      finishedAt: null,
      painAfter: null,
      nextDay: null,
      redFlags: [],
      seenClinicianAt: null,
    });
    for (const raw of [null, undefined, 'x', 5]) expect(readDay(raw, TODAY)).to.deep.equal(emptyDay(TODAY));
  });

  it('takes whole pain scores from 0 to 10 only', () => {
    expect([-1, 0, 10, 11, 2.5, '3', null].map((p) => day({ readinessPain: p }).readinessPain)).to.deep.equal([null, 0, 10, null, null, null, null]);
    expect(day({ painAfter: 4, retestPain: 7 })).to.include({ painAfter: 4, retestPain: 7 });
  });

  it('takes times that are positive, finite numbers only', () => {
    expect([0, -5, NaN, Infinity, '5', 1].map((t) => day({ answeredAt: t }).answeredAt)).to.deep.equal([null, null, null, null, null, 1]);
    expect(day({ finishedAt: 9, seenClinicianAt: 8 })).to.include({ finishedAt: 9, seenClinicianAt: 8 });
  });

  it('takes only `true` as the easier choice', () => {
    expect([true, 'true', 1, false].map((v) => day({ choseEasier: v }).choseEasier)).to.deep.equal([true, false, false, false]);
  });

  it('reads the next-morning answer only when every field is right', () => {
    const good = { about: back(1), answer: 'same', pain: 2, at: 5 };
    for (const answer of ['better', 'same', 'worse']) expect(day({ nextDay: { ...good, answer } }).nextDay).to.deep.equal({ ...good, answer });
    for (const bad of [
      null,
      'x',
      { ...good, answer: 'awful' },
      { ...good, about: 7 },
      { ...good, about: '2026-1-1' },
      { ...good, about: `x${back(1)}` },
      { ...good, about: `${back(1)}x` },
      // Not a string, though it would read as one.
      { ...good, about: [back(1)] },
      { ...good, at: 0 },
      { ...good, pain: 11 },
    ])
      expect(day({ nextDay: bad }).nextDay, JSON.stringify(bad)).to.equal(null);
  });

  it('reads each red-flag check on its own: a bad one is dropped, the good ones kept', () => {
    const ok = { at: 5, yes: ['calf', 'a'.repeat(64)] };
    expect(day({ redFlags: 'x' }).redFlags).to.deep.equal([]);
    expect(
      day({
        redFlags: [
          null,
          'x',
          ok,
          { at: 0, yes: [] },
          { at: 6, yes: 'calf' },
          { at: 7, yes: ['Calf'] },
          { at: 8, yes: ['calf', 'a'.repeat(65)] },
          { at: 9, yes: [''] },
          { at: 10, yes: [3] },
          { at: 11, yes: ['-x-'] },
          { at: 12, yes: ['ok!'] },
        ],
      }).redFlags,
    ).to.deep.equal([ok, { at: 11, yes: ['-x-'] }]);
    expect(day({ redFlags: [{ at: 5, yes: ['x calf'] }] }).redFlags).to.deep.equal([]);
    // Only plain objects: not a function that happens to carry the fields.
    expect(day({ redFlags: [Object.assign(() => undefined, { at: 5, yes: [] })] }).redFlags).to.deep.equal([]);
  });

  it("matches today's records to the routine's items in order: a partial morning set and a full one later make one done, one partial", () => {
    const items = [...routineFor(1, 0), ...laterToday()];
    const quadIndexes = items.flatMap((item, i) => (item.exercise.id === 'quad-set' ? [i] : []));
    expect(quadIndexes).to.have.length(2);
    const statuses = itemStatuses(items, [quadSet(4, false), quadSet(10, true), quadSet(0, false), quadSet(10, true, null)]);
    expect(quadIndexes.map((i) => statuses[i])).to.deep.equal(['done', 'partial']);
    expect(statuses.filter((s) => s !== 'todo')).to.have.length(2);
    // A set stopped in the lead-in (no rep) changes nothing; two full sets make both done.
    expect(itemStatuses(items, [quadSet(0, false)]).every((s) => s === 'todo')).to.equal(true);
    const both = itemStatuses(items, [quadSet(10, true), quadSet(10, true)]);
    expect(quadIndexes.map((i) => both[i])).to.deep.equal(['done', 'done']);
    const twoPartial = itemStatuses(items, [quadSet(3, false), quadSet(2, false)]);
    expect(quadIndexes.map((i) => twoPartial[i])).to.deep.equal(['partial', 'partial']);
  });
});
