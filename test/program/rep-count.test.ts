import { expect } from 'chai';
import { countRep, isComplete, newRepCount, repPlanOf, undoRep, type RepPlan } from '../../src/program/rep-count.js';
import { exerciseById } from '../../content/exercises.js';
import { plannedReps, totalReps } from '../../src/session-record.js';

describe('rep count (moving reps)', () => {
  const plan: RepPlan = { reps: 2, sets: 2, sides: 'both' };

  it('walks left, right, then the next set, and is complete after every rep', () => {
    let count = newRepCount(plan);
    const where: string[] = [];
    for (let i = 0; i < 8; i++) {
      count = countRep(count, plan, 1000 + i);
      where.push(`${count.set}/${count.side}`);
    }
    // Two reps per side: the side moves after each second tap, the set after the right side.
    expect(where).to.deep.equal(['1/0', '1/1', '1/1', '2/0', '2/0', '2/1', '2/1', '2/1']);
    expect(count.grid).to.deep.equal([
      [2, 2],
      [2, 2],
    ]);
    expect(isComplete(count, plan)).to.equal(true);
    expect(totalReps(count.grid)).to.equal(8);
    expect(plannedReps(plan)).to.equal(8);
  });

  it('starts the clock and the session id at the first rep, and keeps both', () => {
    const first = countRep(newRepCount(plan), plan, 5000);
    const second = countRep(first, plan, 9000);
    expect(first.startedAt).to.equal(5000);
    expect(second.startedAt).to.equal(5000);
    expect(first.id).to.match(/\S/);
    expect(second.id).to.equal(first.id);
  });

  it('undo takes back a rep of the current side, never below 0, without touching the old count', () => {
    const start = newRepCount(plan);
    expect(undoRep(start).grid).to.deep.equal(start.grid);
    const one = countRep(start, plan, 1);
    const undone = undoRep(one);
    expect(undone.grid[0]).to.deep.equal([0, 0]);
    expect(one.grid[0]).to.deep.equal([1, 0]);
    expect(isComplete(undone, plan)).to.equal(false);
  });

  it('one side and one set: a single column, an empty id before the first rep, the id beginning with the start time', () => {
    const one: RepPlan = { reps: 2, sets: 1, sides: 'one' };
    const start = newRepCount(one);
    expect(start).to.deep.equal({ set: 1, side: 0, grid: [[0]], startedAt: null, id: '' });
    const first = countRep(start, one, 36 ** 3);
    expect(first.id.startsWith('000001000')).to.equal(true);
    expect(isComplete(countRep(first, one, 36 ** 3 + 1), one)).to.equal(true);
  });

  it('a grid is complete only when every set and side has all its reps', () => {
    const two: RepPlan = { reps: 1, sets: 2, sides: 'both' };
    let count = newRepCount(two);
    for (let i = 0; i < 3; i++) count = countRep(count, two, i + 1);
    expect(count.grid).to.deep.equal([
      [1, 1],
      [1, 0],
    ]);
    expect(isComplete(count, two)).to.equal(false);
  });

  it("takes an exercise's dosage as its plan", () => {
    expect(repPlanOf(exerciseById('lateral-step-up')!.dosage)).to.deep.equal({ reps: 10, sets: 2, sides: 'both' });
    expect(repPlanOf(exerciseById('calf-raise')!.dosage)).to.deep.equal({ reps: 15, sets: 2, sides: 'one' });
  });
});
