import { expect } from 'chai';
import { countRep, isComplete, newRepCount, undoRep, type RepPlan } from '../../src/program/rep-count.js';
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
});
