import { expect } from '@open-wc/testing';
import { adviseLevel, cadencePlan, checkReadiness, dayResult, type DayResult } from '../../src/program/rules.js';
import { ROUTINE_BUDGET, describeDosage, routineFor, routineSeconds } from '../../src/program/routine.js';
import { addDays } from '../../src/store/stats.js';
import type { Level } from '../../content/types.js';
import { exerciseById } from '../../content/exercises.js';

const TODAY = '2026-11-21';
const day = (back: number, level: Level, complete: boolean, maxPain: number | null): DayResult => ({ day: addDays(TODAY, -back), level, complete, maxPain });

describe('program rules', () => {
  describe('readiness (a small knee bend)', () => {
    for (const [pain, level, verdict, todayLevel] of [
      [0, 2, 'ready', 2],
      [2, 3, 'ready', 3],
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
      [150, 0, 165], // +5 % = 158 is below 165: raised to 165 (exactly +10 %)
      [140, 0, 154], // 165 would be +18 %: capped at +10 %
      [184, 0, 184], // already above the range: kept
    ] as const) {
      it(`baseline ${baseline}, week ${weeks + 1} → ${target}`, () => {
        expect(cadencePlan(baseline, weeks).target).to.equal(target);
      });
    }
    it('respects a range the user set', () => {
      expect(cadencePlan(170, 5, { min: 150, max: 190 }).target).to.equal(187);
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
    it('describes dosage in plain words', () => {
      expect(describeDosage(exerciseById('quad-set')!.dosage)).to.equal('10–15 × 5 s hold, twice a day');
      expect(describeDosage(exerciseById('lateral-step-up')!.dosage)).to.equal('10 reps per side, 2 sets');
      expect(describeDosage(exerciseById('wall-calf-stretch')!.dosage)).to.equal('2–3 × 30 s hold per side');
    });
  });
});
