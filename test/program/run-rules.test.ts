// Running follows the knee: the walk/run plan and the cadence plan, run by run, at their boundaries.
import { expect } from 'chai';
import { CADENCE_STEP_RUNS, CADENCE_STEP_WEEKS, RUN_PAIN_LIMIT, RUN_STEP_UP_AFTER } from '../../src/program/limits.js';
import {
  runAdvice,
  RUN_LADDER,
  RUN_RULES,
  afterRunWords,
  cadencePlan,
  cadenceTarget,
  ladderStep,
  nextRun,
  runComfortable,
  runTooHard,
} from '../../src/program/run-rules.js';
import { raisedCadence } from '../../src/tap-tempo.js';
import { at, run } from './program-fixtures.js';

const [STEP0, STEP1, STEP2] = RUN_LADDER;
const WEEK = 7 * 86_400_000;

describe('rules table: running', () => {
  it('every row names a condition, an action and a source', () => {
    for (const rule of RUN_RULES) {
      expect(rule.if.length, rule.id).to.be.greaterThan(15);
      expect(rule.then.length, rule.id).to.be.greaterThan(10);
      expect(rule.source.note.length, rule.id).to.be.greaterThan(15);
    }
  });

  it('the ladder is the presets, easiest first, then a continuous run', () => {
    expect(RUN_LADDER.length).to.equal(4);
    expect(RUN_LADDER.at(-1)).to.equal(null);
    expect(ladderStep(null)).to.equal(3);
    expect(ladderStep({ runS: 60, walkS: 120, repeats: 6 })).to.equal(0);
    expect(ladderStep({ runS: 61, walkS: 120, repeats: 6 })).to.equal(-1);
  });

  describe('a run the knee tolerated, and one it did not', () => {
    it(`pain ${RUN_PAIN_LIMIT} during and after is fine; ${RUN_PAIN_LIMIT + 1} is too hard; so is a worse next morning`, () => {
      expect(runTooHard(run(1, STEP0!, { during: RUN_PAIN_LIMIT, after: RUN_PAIN_LIMIT }))).to.equal(false);
      expect(runTooHard(run(1, STEP0!, { during: RUN_PAIN_LIMIT + 1 }))).to.equal(true);
      expect(runTooHard(run(1, STEP0!, { after: RUN_PAIN_LIMIT + 1 }))).to.equal(true);
      expect(runTooHard(run(1, STEP0!, { nextDay: 'worse' }))).to.equal(true);
      expect(runTooHard(run(1, STEP0!, { nextDay: 'same' }))).to.equal(false);
      expect(runComfortable(run(1, STEP0!))).to.equal(true);
      expect(runComfortable(run(1, STEP0!, { complete: false }))).to.equal(false);
      expect(runComfortable(run(1, STEP0!, { after: null }))).to.equal(false);
      expect(runComfortable(run(1, STEP0!, { during: 4 }))).to.equal(false);
    });
    it('says what a score after a run means', () => {
      expect(afterRunWords(RUN_PAIN_LIMIT)).to.equal('Within the limit.');
      expect(afterRunWords(RUN_PAIN_LIMIT + 1)).to.equal('Above 3: the next run is one step easier.');
      // A clinician's lower limit.
      expect(afterRunWords(2, 1)).to.equal('Above 1: the next run is one step easier.');
      expect(afterRunWords(1, 1)).to.equal('Within the limit.');
      expect(afterRunWords(6)).to.equal('Above 3: the next run is one step easier.');
      expect(afterRunWords(7)).to.equal('Above 3: the next run is one step easier. Please answer the safety questions below.');
      expect(afterRunWords(8)).to.equal(
        '8 or more: no training today or tomorrow; Today says when to get it checked. Please answer the safety questions below.',
      );
    });
  });

  describe('the walk/run plan', () => {
    it("judges runs on a clinician's lower limit when given one: a 3 is comfortable to the app, too hard under 2", () => {
      const runs = [run(3, STEP1!, { during: 3, after: 3 })];
      expect(nextRun(runs).step).to.equal(1);
      const strict = nextRun(runs, 2);
      expect(strict).to.include({ step: 0, plan: STEP0 });
      expect(strict.reason).to.match(/hurt more than 2\/10/);
    });

    it('starts at the first step', () => {
      expect(nextRun([])).to.include({ step: 0, plan: STEP0, comfortable: 0 });
      expect(nextRun([]).reason).to.match(/Start here/);
    });

    it(`moves up after ${RUN_STEP_UP_AFTER} comfortable runs in a row at the step, not after one`, () => {
      expect(nextRun([run(3, STEP0!)])).to.include({ step: 0, comfortable: 1 });
      expect(nextRun([run(3, STEP0!)]).reason).to.match(/1 of 2 comfortable runs/);
      const up = nextRun([run(3, STEP0!), run(1, STEP0!)]);
      expect(up).to.include({ step: 1, plan: STEP1, comfortable: 0 });
      expect(up.reason).to.match(/one step up/);
    });

    it('a run that was not finished, or with no score after, does not count (and breaks nothing)', () => {
      expect(nextRun([run(3, STEP0!), run(2, STEP0!, { complete: false }), run(1, STEP0!)]).step).to.equal(1);
      expect(nextRun([run(3, STEP0!), run(1, STEP0!, { after: null })]).step).to.equal(0);
    });

    it(`back down a step after a run above ${RUN_PAIN_LIMIT}, and the count starts again`, () => {
      const down = nextRun([run(5, STEP1!), run(3, STEP1!), run(1, STEP2!, { after: RUN_PAIN_LIMIT + 1 })]);
      expect(down).to.include({ step: 1, comfortable: 0 });
      expect(down.reason).to.match(/one step easier/);
      expect(nextRun([run(1, STEP0!, { nextDay: 'worse' })]).step).to.equal(0);
      expect(nextRun([run(3, STEP0!), run(1, STEP0!, { during: RUN_PAIN_LIMIT + 1 }), run(0, STEP0!)])).to.include({ step: 0, comfortable: 1 });
      // An own plan that hurt steps the ladder down from where it was.
      expect(nextRun([run(5, STEP2!), run(1, { runS: 300, walkS: 60, repeats: 3 }, { after: 5 })]).step).to.equal(1);
    });

    it('follows the runner to another step they chose; ignores their own intervals otherwise', () => {
      expect(nextRun([run(1, STEP2!)])).to.include({ step: 2, comfortable: 1 });
      expect(nextRun([run(3, STEP0!), run(1, { runS: 90, walkS: 90, repeats: 4 })])).to.include({ step: 0, comfortable: 1 });
    });

    it('stays at a continuous run at the top', () => {
      expect(nextRun([run(3, null), run(2, null), run(1, null)])).to.include({ step: 3, plan: null });
    });
  });

  describe('the cadence plan', () => {
    const measured = at(60, 6);
    const target = (runs: ReturnType<typeof run>[], baseline = 160) => cadencePlan(baseline, measured, runs).target;
    const near = (days: number, bpm: number, change = {}) => run(days, null, { bpm, ...change });

    it('starts 5 % above the measured cadence, never above 180, and keeps a cadence already above it', () => {
      expect(target([])).to.equal(168);
      expect(target([], 175)).to.equal(180);
      expect(target([], 184)).to.equal(184);
      expect(cadenceTarget(150, 5)).to.equal(158);
      expect(cadencePlan(150, measured, []).message).to.match(/on the way to 165–180/);
      expect(cadencePlan(184, measured, []).message).to.match(/already at the top/);
      expect(cadencePlan(160, measured, []).message).to.match(/^Aim for 168 steps per minute \(your 160 plus about 5 %\)/);
      expect(cadencePlan(170, measured, [], { min: 150, max: 190 }).target).to.equal(179);
    });

    it(`moves to the next step after ${CADENCE_STEP_RUNS} comfortable runs near the target and ${CADENCE_STEP_WEEKS} weeks — not by date alone`, () => {
      // Eight weeks since the measurement, no run: still the first step.
      expect(cadencePlan(160, measured, []).step).to.equal(0);
      const weeks = CADENCE_STEP_WEEKS * 7;
      const steady = [near(60 - 3, 168), near(60 - weeks, 168)];
      expect(target(steady)).to.equal(172);
      expect(cadencePlan(160, measured, steady).percent).to.equal(7.5);
      // Two runs, but within the two weeks: not yet.
      expect(target([near(58, 168), near(60 - weeks + 1, 168)])).to.equal(168);
      // One run only.
      expect(target([near(60 - weeks, 168)])).to.equal(168);
      // Runs slower than the target do not count; one beat under does.
      expect(target([near(57, 166), near(60 - weeks, 166)])).to.equal(168);
      expect(target([near(57, 167), near(60 - weeks, 167)])).to.equal(172);
      // Runs before the measurement do not count.
      expect(target([near(70, 168), near(60 - weeks, 168)])).to.equal(168);
    });

    it('a run that hurt starts the count again (the step is held, not lowered)', () => {
      const weeks = CADENCE_STEP_WEEKS * 7;
      expect(target([near(57, 168), near(50, 168, { after: 5 }), near(60 - weeks, 168)])).to.equal(168);
      expect(target([near(57, 168), near(50, 168, { after: 5 }), near(40, 168), near(60 - weeks - 10, 168)])).to.equal(172);
    });

    it('climbs to +10 % and stays there, and says how far the next step is', () => {
      const runs = [57, 43, 42, 28, 27, 13, 12].map((d) => near(d, 180));
      const plan = cadencePlan(160, measured, runs);
      expect(plan).to.include({ percent: 10, step: 2, target: 176 });
      expect(plan.message).to.not.match(/next step/);
      expect(cadencePlan(160, measured, [near(57, 168)]).message).to.match(/next step comes after 2 comfortable runs .* \(1 of 2 so far\)/);
    });

    it('tap tempo raises never go past 180 either (a reading above it is kept)', () => {
      expect(raisedCadence(176, 10)).to.equal(180);
      expect(raisedCadence(160, 10)).to.equal(176);
      expect(raisedCadence(184, 5)).to.equal(184);
    });

    it('counts weeks in real time: a week is seven days', () => {
      expect(WEEK).to.equal(604_800_000);
    });
  });
});

describe('rules table: running, as reviewed and at its edges', () => {
  it('reads, row by row, as the README lists it', () => {
    expect(RUN_RULES.map((r) => `${r.id} ${r.source.kind}`)).to.deep.equal([
      'run-step-down seed',
      'run-step-up choice',
      'run-own-choice choice',
      'cadence-step seed',
    ]);
    expect(RUN_RULES.find((r) => r.id === 'cadence-step')!.then).to.equal(
      'The cadence target moves to the next step (5 → 7.5 → 10 % above your measured cadence, never above 180)',
    );
    expect(runAdvice()).to.deep.equal([
      'Shorter, quicker steps at the same speed.',
      'Land softly, feet under your body.',
      'While running, keep knee pain at 3 or below; above it, stop and walk.',
    ]);
  });

  it('a run at another step that hurt steps down from that step', () => {
    expect(nextRun([run(1, STEP2!, { after: RUN_PAIN_LIMIT + 1 })]).step).to.equal(1);
    expect(nextRun([run(3, STEP2!), run(1, STEP0!, { after: RUN_PAIN_LIMIT + 1 })]).step).to.equal(0);
  });

  it('two comfortable runs at the top stay at the top', () => {
    expect(nextRun([run(2, null), run(1, null)])).to.include({ step: 3, comfortable: 2 });
  });

  it('counts two weeks from the measurement to the moment', () => {
    const measured = at(60, 6);
    const twoWeeks = measured + CADENCE_STEP_WEEKS * WEEK;
    const runAt = (when: number) => ({ ...run(0, null, { bpm: 168 }), at: when });
    expect(cadencePlan(160, measured, [runAt(measured), runAt(twoWeeks)]).step).to.equal(1);
    expect(cadencePlan(160, measured, [runAt(measured), runAt(twoWeeks - 1)]).step).to.equal(0);
    expect(cadencePlan(160, measured, [runAt(measured - 1), runAt(twoWeeks)]).step).to.equal(0);
  });

  it('says what the target is at the edges of the range', () => {
    const measured = at(60, 6);
    expect(cadencePlan(180, measured, []).message).to.equal('Your cadence of 180 is already at the top of the recommended range: keep it.');
    expect(cadencePlan(157, measured, []).message).to.match(/^Aim for 165 steps per minute \(your 157 plus about 5.1 %\)\. The next step/);
    expect(cadencePlan(175, measured, []).message).to.equal('Aim for 180 steps per minute (your 175 plus about 2.9 %).');
  });
});
