import { expect } from '@open-wc/testing';
import { adviseLevel, cadencePlan, checkReadiness, dayResult, type DayResult } from '../../src/program/rules.js';
import { ROUTINE_BUDGET, describeDosage, routineFor, routineSeconds } from '../../src/program/routine.js';
import { raisedCadence } from '../../src/tap-tempo.js';
import { addDays } from '../../src/store/stats.js';
import type { Level } from '../../content/types.js';
import { exerciseById } from '../../content/exercises.js';

const TODAY = '2026-11-21';
const day = (back: number, level: Level, complete: boolean, maxPain: number | null): DayResult => ({ day: addDays(TODAY, -back), level, complete, maxPain });

describe('program rules', () => {
  describe('readiness (a small knee bend)', () => {
    for (const [pain, level, verdict, todayLevel] of [
      [0, 2, 'ready', 2],
      [1, 3, 'easier', 2], // the bend must be pain-free: 1/10 is not "ready"
      [2, 3, 'easier', 2],
      [3, 3, 'easier', 2],
      [5, 2, 'easier', 1],
      [4, 1, 'easier', 1],
      [6, 2, 'rest', 2],
      [10, 1, 'rest', 1],
    ] as const) {
      it(`bend pain ${pain} at level ${level} → ${verdict}, level ${todayLevel}`, () => {
        const r = checkReadiness(pain, level);
        expect(r.verdict).to.equal(verdict);
        expect(r.level).to.equal(todayLevel);
        expect(r.message.length).to.be.greaterThan(10);
        // An easier day is done at a level that does not count towards the user's own.
        expect(r.message).not.to.match(/still counts/);
      });
    }
  });

  describe('level advice', () => {
    it('backs off a level for two days after pain above 5, then returns', () => {
      const days = [day(1, 2, true, 6)];
      expect(adviseLevel(2, days, TODAY)).to.include({ level: 1, base: 2, change: 'back-off' });
      expect(adviseLevel(2, days, addDays(TODAY, 1))).to.include({ level: 1, change: 'back-off' });
      expect(adviseLevel(2, days, addDays(TODAY, 2))).to.include({ level: 2, change: 'stay' });
    });

    it('never goes below level 1', () => {
      expect(adviseLevel(1, [day(0, 1, false, 8)], TODAY).level).to.equal(1);
    });

    it('progresses after 6 full sessions with pain ≤ 3 in 14 days', () => {
      const days = [12, 10, 8, 6, 4, 2].map((b) => day(b, 2, true, 2));
      expect(adviseLevel(2, days, TODAY)).to.include({ level: 3, base: 3, change: 'progress' });
    });

    for (const [why, days] of [
      ['only 5 full sessions', [10, 8, 6, 4, 2].map((b) => day(b, 2, true, 1))],
      ['one was partial', [12, 10, 8, 6, 4, 2].map((b, i) => day(b, 2, i !== 3, 1))],
      ['one had pain 4', [13, 12, 10, 8, 6, 4, 2].map((b, i) => day(b, 2, true, i === 0 ? 4 : 1))],
      ['they were more than 14 days ago', [20, 18, 16, 15, 14, 13].map((b) => day(b, 2, true, 1))],
      ['they were at another level', [12, 10, 8, 6, 4, 2].map((b) => day(b, 1, true, 1))],
    ] as const) {
      it(`does not progress when ${why}`, () => {
        expect(adviseLevel(2, days as DayResult[], TODAY).change).to.equal('stay');
      });
    }

    it('backs off after pain above 5 today, not only on the days before', () => {
      expect(adviseLevel(2, [day(0, 2, false, 6)], TODAY)).to.include({ level: 1, change: 'back-off' });
    });

    it('takes pain of exactly 5 as within the limit, 6 as above it', () => {
      expect(adviseLevel(2, [day(1, 2, true, 5)], TODAY).change).to.equal('stay');
      expect(adviseLevel(2, [day(1, 2, true, 6)], TODAY).change).to.equal('back-off');
    });

    it('backs off rather than progresses when a flare follows six good days', () => {
      const days = [...[13, 12, 11, 10, 9, 8].map((b) => day(b, 2, true, 1)), day(1, 2, true, 7)];
      expect(adviseLevel(2, days, TODAY)).to.include({ change: 'back-off', level: 1 });
    });

    it('counts pain on every day of the window, also days done at an easier level', () => {
      // Six good level-2 days, then pain 8 and 5 on days done at level 1.
      const days = [...[13, 12, 11, 10, 9, 8].map((b) => day(b, 2, true, 1)), day(5, 1, true, 8), day(3, 1, true, 5)];
      expect(adviseLevel(2, days, TODAY).change).not.to.equal('progress');
    });

    it('does not count days without a pain score as good', () => {
      const days = [12, 10, 8, 6, 4, 2].map((b) => day(b, 2, true, null));
      expect(adviseLevel(2, days, TODAY).change).to.equal('stay');
    });

    it('never moves past level 4', () => {
      const days = [12, 10, 8, 6, 4, 2].map((b) => day(b, 4, true, 0));
      expect(adviseLevel(4, days, TODAY)).to.include({ level: 4, base: 4, change: 'stay' });
    });

    it('starts hops only when level 3 is pain-free, and backs off at any knee pain while hopping', () => {
      const low = [12, 10, 8, 6, 4, 2].map((b) => day(b, 3, true, 1));
      expect(adviseLevel(3, low, TODAY).change).to.equal('stay');
      const free = [12, 10, 8, 6, 4, 2].map((b) => day(b, 3, true, 0));
      expect(adviseLevel(3, free, TODAY)).to.include({ level: 4, change: 'progress' });
      expect(adviseLevel(4, [day(1, 4, true, 1)], TODAY)).to.include({ level: 3, change: 'back-off' });
      // At level 3 (backing off from hops) pain 1 is no flare.
      expect(adviseLevel(3, [day(1, 3, true, 1)], TODAY).change).to.equal('stay');
    });

    it('advises a clinician after repeated flares instead of backing off again and again', () => {
      const days = [day(9, 2, true, 6), day(6, 1, true, 7), day(1, 1, true, 6)];
      const advice = adviseLevel(2, days, TODAY);
      expect(advice.change).to.equal('see-clinician');
      expect(advice.message).to.match(/physiotherapist or doctor/);
      expect(adviseLevel(2, days.slice(1), TODAY).change).to.equal('back-off'); // two: not yet
    });

    it('advises a clinician when pain has not settled within about two weeks', () => {
      const days = [day(13, 2, true, 6), day(0, 1, true, 6)];
      expect(adviseLevel(2, days, TODAY).change).to.equal('see-clinician');
    });

    it('says how many sessions are still needed', () => {
      expect(adviseLevel(2, [day(1, 2, true, 2)], TODAY).message).to.match(/5 more full sessions/);
    });

    it('builds a day result from the highest pain given', () => {
      expect(dayResult(TODAY, 2, true, [3, null, 5])).to.deep.equal({ day: TODAY, level: 2, complete: true, maxPain: 5 });
      expect(dayResult(TODAY, 2, true, [null]).maxPain).to.equal(null);
    });
  });

  describe('cadence plan', () => {
    for (const [baseline, weeks, target] of [
      [160, 0, 168], // +5 %
      [160, 2, 172], // +7.5 %
      [160, 5, 176], // +10 %
      [170, 5, 180], // +10 % would be 187: kept at 180
      [150, 0, 158], // a low baseline climbs by +5 %, not straight to 165
      [150, 2, 161], // +7.5 %
      [150, 5, 165], // +10 %: in the range now
      [140, 0, 147],
      [184, 0, 184], // already above the range: kept
    ] as const) {
      it(`baseline ${baseline}, week ${weeks + 1} → ${target}`, () => {
        expect(cadencePlan(baseline, weeks).target).to.equal(target);
      });
    }
    it('respects a range the user set', () => {
      expect(cadencePlan(170, 5, { min: 150, max: 190 }).target).to.equal(187);
    });
    it('says when a target is still on the way to the range', () => {
      expect(cadencePlan(150, 0).message).to.match(/on the way to 165–180/);
    });
    it('never raises a tap-tempo reading past 180 (a reading above it is kept)', () => {
      expect(raisedCadence(176, 10)).to.equal(180);
      expect(raisedCadence(160, 10)).to.equal(176);
      expect(raisedCadence(184, 5)).to.equal(184);
    });
  });

  describe('routine', () => {
    for (const level of [1, 2, 3, 4] as const) {
      it(`level ${level}: quad sets morning and evening, level work and stretches, within 15 minutes`, () => {
        const items = routineFor(level, 3);
        expect(items[0]!.exercise.id).to.equal('quad-set');
        expect(items.at(-1)!).to.include({ slot: 'evening' });
        expect(items.at(-1)!.exercise.id).to.equal('quad-set');
        expect(items.some((i) => i.exercise.level === level && i.exercise.id !== 'quad-set')).to.equal(true);
        expect(items.some((i) => i.exercise.kind === 'stretch')).to.equal(true);
        expect(routineSeconds(items)).to.be.at.most(ROUTINE_BUDGET);
      });
    }
    it("keeps lower levels' strength work at the hopping level (levels build on each other)", () => {
      for (const dayNumber of [0, 1, 2, 3]) {
        const items = routineFor(4, dayNumber);
        expect(items.some((i) => i.exercise.level === 4)).to.equal(true);
        const maintenance = items.filter((i) => i.exercise.kind === 'strength' && typeof i.exercise.level === 'number' && i.exercise.level < 4);
        expect(maintenance.length, `day ${dayNumber}`).to.be.at.least(1);
        expect(routineSeconds(items)).to.be.at.most(ROUTINE_BUDGET);
      }
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
      for (const id of ['double-leg-hop', 'single-leg-hop', 'diagonal-hops']) expect(e(id).cautions.join(' ')).to.match(/any knee pain/);
    });

    it('describes dosage in plain words', () => {
      expect(describeDosage(exerciseById('quad-set')!.dosage)).to.equal('10–15 × 5 s hold, twice a day');
      expect(describeDosage(exerciseById('lateral-step-up')!.dosage)).to.equal('10 reps per side, 2 sets');
      expect(describeDosage(exerciseById('wall-calf-stretch')!.dosage)).to.equal('2–3 × 30 s hold per side');
    });
  });
});
