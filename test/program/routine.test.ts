// Today's routine: one session within 15 minutes, the evening quad sets on their own, hops in order.
import { expect } from 'chai';
import { exerciseById } from '../../content/exercises.js';
import { HOP_ORDER } from '../../src/program/limits.js';
import { ROUTINE_BUDGET, describeDosage, estimateSeconds, laterToday, routineFor, routineSeconds } from '../../src/program/routine.js';

const ids = (items: { exercise: { id: string } }[]) => items.map((i) => i.exercise.id);

describe('routine', () => {
  for (const level of [1, 2, 3, 4] as const) {
    it(`level ${level}: quad sets first, level work and stretches, within 15 minutes; no evening round inside the session`, () => {
      for (const day of [0, 1, 2, 3, 4, 5, 6]) {
        const items = routineFor(level, day);
        expect(items[0]!.exercise.id).to.equal('quad-set');
        expect(items.filter((i) => i.exercise.id === 'quad-set').length).to.equal(1);
        expect(items.some((i) => i.slot === 'evening')).to.equal(false);
        expect(
          items.some((i) => i.exercise.level === level && i.exercise.id !== 'quad-set'),
          `day ${day}`,
        ).to.equal(true);
        expect(items.filter((i) => i.exercise.kind === 'stretch').length).to.equal(2);
        expect(routineSeconds(items)).to.be.at.most(ROUTINE_BUDGET);
      }
    });
  }

  it('the second quad-set round is its own item for later in the day', () => {
    expect(ids(laterToday())).to.deep.equal(['quad-set']);
    expect(laterToday()[0]!.slot).to.equal('evening');
    expect(laterToday({ stretchesOnly: true })).to.deep.equal([]);
  });

  it("keeps lower levels' strength work at the hopping level while the hops leave time for it", () => {
    const kept = [0, 1, 2, 3, 4, 5].map(
      (day) => routineFor(4, day).filter((i) => i.exercise.kind === 'strength' && typeof i.exercise.level === 'number' && i.exercise.level < 4).length,
    );
    expect(
      kept.some((n) => n > 0),
      String(kept),
    ).to.equal(true);
    for (const unlocked of [1, 2, 3])
      for (const day of [0, 1, 2, 3]) expect(routineSeconds(routineFor(4, day, { hopsUnlocked: unlocked }))).to.be.at.most(ROUTINE_BUDGET);
  });

  it('hops in their order, only those unlocked, with balance before them', () => {
    const seen: string[][] = [[], [], []];
    for (const unlocked of [1, 2, 3]) {
      for (const day of [0, 1, 2]) {
        const list = ids(routineFor(4, day, { hopsUnlocked: unlocked }));
        const hops = list.filter((id) => HOP_ORDER.includes(id));
        // In their order, double-leg always, nothing not yet unlocked.
        expect(hops[0], `${unlocked} unlocked, day ${day}`).to.equal('double-leg-hop');
        expect(hops).to.deep.equal([...hops].sort((a, b) => HOP_ORDER.indexOf(a) - HOP_ORDER.indexOf(b)));
        expect(hops.every((id) => HOP_ORDER.indexOf(id) < unlocked)).to.equal(true);
        seen[unlocked - 1]!.push(...hops);
        const balance = list.findIndex((id) => exerciseById(id)!.kind === 'balance');
        expect(balance, `balance on day ${day}`).to.be.greaterThan(0);
        expect(balance).to.be.below(list.indexOf(HOP_ORDER[0]!));
      }
    }
    expect(ids(routineFor(4, 0)).filter((id) => HOP_ORDER.includes(id))).to.deep.equal(['double-leg-hop']);
    // Every unlocked hop is in the routine on some day.
    for (const unlocked of [1, 2, 3]) expect(new Set(seen[unlocked - 1])).to.have.property('size', unlocked);
  });

  it('the gentlest day: isometric holds and stretches only; a rest day: stretches only', () => {
    const gentle = routineFor(1, 2, { gentle: true });
    expect(ids(gentle).slice(0, 2)).to.deep.equal(['quad-set', 'glute-press-isometric']);
    expect(gentle.slice(2).every((i) => i.exercise.kind === 'stretch')).to.equal(true);
    expect(routineFor(3, 2, { stretchesOnly: true }).every((i) => i.exercise.kind === 'stretch')).to.equal(true);
    expect(routineFor(3, 2, { stretchesOnly: true }).length).to.equal(2);
  });

  it('rotates stretches from day to day, never scheduling the lying quad stretch', () => {
    const seen = new Set<string>();
    for (let day = 0; day < 7; day++) for (const item of routineFor(2, day)) if (item.exercise.kind === 'stretch') seen.add(item.exercise.id);
    expect(seen.size).to.be.at.least(6);
    expect(seen.has('prone-quad-stretch')).to.equal(false);
    expect(seen.has('foam-roll')).to.equal(false);
  });

  it('doses and words the exercises as the guidance does', () => {
    const e = (id: string) => exerciseById(id)!;
    expect(e('fire-hydrant').dosage).to.include({ sets: 3, reps: 15 });
    expect(e('fire-hydrant').source).not.to.match(/gives no dosage/);
    expect(e('short-arc-quad').dosage.timesPerDay).to.equal(2);
    for (const id of ['side-lying-leg-raise', 'prone-leg-raise']) expect(e(id).dosage).to.include({ reps: 10, repsUpTo: 15 });
    expect(e('hip-flexor-stretch').start).to.match(/^Stand in a split stance/);
    expect(e('lateral-step-up').cautions.join(' ')).to.match(/irritates the knee/);
    expect(e('running-lunge-stretch').muscles).not.to.include('calves');
    for (const id of HOP_ORDER) expect(e(id).cautions.join(' ')).to.match(/any knee pain/);
  });

  it('describes dosage in plain words', () => {
    expect(describeDosage(exerciseById('quad-set')!.dosage)).to.equal('10–15 × 5 s hold, twice a day');
    expect(describeDosage(exerciseById('lateral-step-up')!.dosage)).to.equal('10 reps per side, 2 sets');
    expect(describeDosage(exerciseById('wall-calf-stretch')!.dosage)).to.equal('2–3 × 30 s hold per side');
    expect(describeDosage(exerciseById('plank')!.dosage)).to.equal('3 × 20–30 s hold');
    expect(describeDosage(exerciseById('clamshell')!.dosage)).to.equal('15 × 2 s hold per side, 3 sets');
  });

  it('estimates a round of each kind of dosage, and a routine as their sum', () => {
    const e = (id: string) => estimateSeconds(exerciseById(id)!.dosage);
    // 1 set of 10 holds of 5 s with 3 s rest.
    expect(e('quad-set')).to.equal(80);
    // 2 sets × 2 sides × 10 moving reps of 3 s, a set rest of 45 s, a switch of 5 s per set.
    expect(e('lateral-step-up')).to.equal(2 * 2 * 10 * 3 + 45 + 2 * 5);
    // 2 sets of 10 holds of 5 s with 3 s rest, one side.
    expect(e('wall-slide')).to.equal(2 * 10 * 8 + 45);
    // A stretch: 2 holds of 30 s with 10 s rest, each side.
    expect(e('standing-quad-stretch')).to.equal(2 * 2 * 40 + 5);
    const items = routineFor(2, 0);
    expect(routineSeconds(items)).to.equal(items.reduce((sum, i) => sum + estimateSeconds(i.exercise.dosage), 0));
    expect(routineSeconds([])).to.equal(0);
  });

  it('keeps up strength work of levels 2 and 3 only at the hopping level, and turns the harder hops by day', () => {
    const seen = new Set<number | string>();
    for (let day = 0; day < 12; day++) {
      for (const item of routineFor(4, day)) {
        const { kind, level } = item.exercise;
        if (kind === 'strength') seen.add(level);
      }
    }
    expect([...seen].sort()).to.deep.equal([2, 3]);
    // Besides quad sets, balance, hops and stretches, only that strength work.
    for (let day = 0; day < 6; day++) {
      const items = routineFor(4, day);
      expect(items.every((i) => i.slot === 'any')).to.equal(true);
      for (const item of items.slice(2)) expect(['strength', 'plyometric', 'stretch'], `${item.exercise.id} on day ${day}`).to.include(item.exercise.kind);
    }
    const harder = [0, 1].map((day) => ids(routineFor(4, day, { hopsUnlocked: 3 })).filter((id) => id !== 'double-leg-hop' && HOP_ORDER.includes(id)));
    expect(harder).to.deep.equal([['single-leg-hop'], ['diagonal-hops']]);
    expect(ids(routineFor(4, 0, { hopsUnlocked: 0 })).filter((id) => HOP_ORDER.includes(id))).to.deep.equal(['double-leg-hop']);
  });

  it('fills the 15 minutes to the second when the day’s exercises add up to it', () => {
    // Day 22 at the hopping level: 80 + 135 + 105 + 145 + 145 + 165 + 125 = 900 s exactly.
    const items = routineFor(4, 22);
    expect(routineSeconds(items)).to.equal(ROUTINE_BUDGET);
    expect(ids(items)).to.deep.equal(['quad-set', 'wobble-board', 'double-leg-hop', 'bridge', 'bridge-ball', 'wall-calf-stretch', 'lying-hamstring-stretch']);
  });
});
