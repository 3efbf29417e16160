import { expect } from 'chai';
import { EXERCISES, exerciseById } from '../../content/exercises.js';
import { LEVELS } from '../../content/types.js';
import { RED_FLAG_QUESTIONS } from '../../content/red-flags.js';
import { ADVICE_NOTES, WARM_UP } from '../../content/care.js';

describe('exercise content', () => {
  it('has unique, well-formed ids', () => {
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z0-9][a-z0-9-]{0,63}$/);
  });

  for (const e of EXERCISES) {
    it(`${e.id}: complete dosage, real variants, steps and a source`, () => {
      const d = e.dosage;
      expect(d.sets, 'sets').to.be.within(1, 5);
      expect(d.reps, 'reps').to.be.within(1, 30);
      if (d.repsUpTo !== undefined) expect(d.repsUpTo).to.be.above(d.reps);
      expect(d.holdS, 'holdS').to.be.within(0, 60);
      expect(d.restS).to.be.at.least(0);
      expect(d.setRestS).to.be.at.least(0);
      expect(d.timesPerDay).to.be.within(1, 3);
      expect(e.name.trim()).to.not.equal('');
      expect(e.start.trim().length).to.be.greaterThan(10);
      expect(e.steps.length).to.be.at.least(2);
      for (const step of e.steps) expect(step.trim().length, 'step').to.be.greaterThan(5);
      expect(e.muscles.length).to.be.at.least(1);
      expect(e.areas.length).to.be.at.least(1);
      expect(e.cautions.length).to.be.at.least(1);
      expect(e.source.length).to.be.greaterThan(20);
      for (const id of [...e.easier, ...e.harder]) expect(exerciseById(id), `variant ${id}`).to.not.equal(undefined);
      expect(e.easier).to.not.include(e.id);
      expect(e.harder).to.not.include(e.id);
      if (e.kind === 'stretch') {
        expect(e.level).to.equal('daily');
        expect(d.holdS).to.be.within(15, 30);
        expect(d.perSide).to.equal(true);
      }
    });
  }

  it('covers every level and the exercises the clinical brief names', () => {
    for (const level of LEVELS)
      expect(
        EXERCISES.some((e) => e.level === level),
        `level ${level}`,
      ).to.equal(true);
    for (const id of [
      'quad-set',
      'short-arc-quad',
      'straight-leg-raise',
      'wall-slide',
      'lateral-step-up',
      'clamshell',
      'side-lying-leg-raise',
      'prone-leg-raise',
      'glute-press-isometric',
      'bridge',
      'donkey-kick',
      'fire-hydrant',
      'standing-band-hip',
      'lateral-wall-push',
      'single-leg-stance',
      't-stance',
      'wobble-board',
      'double-leg-hop',
      'single-leg-hop',
      'diagonal-hops',
      'calf-raise',
      'forward-step-up',
      'standing-quad-stretch',
      'prone-quad-stretch',
      'hip-flexor-stretch',
      'wall-calf-stretch',
      'lying-hamstring-stretch',
      'it-band-lean',
      'figure-four-stretch',
      'running-lunge-stretch',
    ]) {
      expect(exerciseById(id), id).to.not.equal(undefined);
    }
  });

  it("keeps the brief's dosages for the key exercises", () => {
    const quad = exerciseById('quad-set')!.dosage;
    expect([quad.holdS, quad.reps, quad.repsUpTo, quad.timesPerDay]).to.deep.equal([5, 10, 15, 2]);
    const slr = exerciseById('straight-leg-raise')!.dosage;
    expect([slr.holdS, slr.reps, slr.repsUpTo]).to.deep.equal([3, 10, 20]);
    expect(exerciseById('lying-hamstring-stretch')!.dosage.holdS).to.equal(20);
    const press = exerciseById('glute-press-isometric')!.dosage;
    expect([press.holdS, press.reps]).to.deep.equal([5, 10]);
  });

  it('asks every red flag the review named, each a yes/no question with its urgency and source', () => {
    const ids = RED_FLAG_QUESTIONS.map((f) => f.id);
    expect(ids).to.have.members([
      'swelling',
      'giving-way',
      'locking',
      'injury',
      'kneecap-out',
      'night-rest',
      'no-leg-raise',
      'hot-fever',
      'calf',
      'bone-spot',
      'hip-limp',
    ]);
    for (const flag of RED_FLAG_QUESTIONS) {
      expect(flag.question, flag.id).to.match(/\?$/);
      expect(['today', 'soon']).to.include(flag.urgency);
      expect(flag.source.length, flag.id).to.be.greaterThan(10);
    }
    // Any swelling, not only "clear" swelling; the ones that cannot wait are urgent.
    expect(RED_FLAG_QUESTIONS.find((f) => f.id === 'swelling')!.question).to.match(/any swelling/i);
    for (const id of ['calf', 'hot-fever', 'kneecap-out', 'no-leg-raise']) expect(RED_FLAG_QUESTIONS.find((f) => f.id === id)!.urgency, id).to.equal('today');
  });

  it('has the warm-up the readiness check offers (what and how long) and the advice notes, each with a source', () => {
    expect(WARM_UP.minutes).to.be.within(3, 15);
    expect(WARM_UP.steps.length).to.be.at.least(3);
    for (const step of WARM_UP.steps) expect(step).to.match(/\d+ minutes?/);
    const ids = ADVICE_NOTES.map((n) => n.id);
    expect(ids).to.include.members(['flare', 'cross-training', 'surfaces-shoes', 'sleep-load', 'after-workout']);
    for (const note of ADVICE_NOTES) expect(note.source.length).to.be.greaterThan(10);
  });

  it('has the exercises the review found missing, and stretches that say how to breathe', () => {
    for (const id of ['plank', 'forward-lunge', 'foam-roll']) expect(exerciseById(id), id).to.not.equal(undefined);
    for (const e of EXERCISES.filter((x) => x.kind === 'stretch')) expect(e.cautions.join(' '), e.id).to.match(/breathe/i);
    expect(exerciseById('straight-leg-raise')!.steps.join(' ')).to.match(/inner side of the thigh/);
    expect(exerciseById('lying-hamstring-stretch')!.cautions.join(' ')).to.match(/after a run or a workout/);
    // No more than a source gives: 3 × 15 for the clamshell, not 3 sets of up to 25.
    const clam = exerciseById('clamshell')!.dosage;
    expect(clam.sets * (clam.repsUpTo ?? clam.reps)).to.be.at.most(45);
  });
});
