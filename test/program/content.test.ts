import { expect } from '@open-wc/testing';
import { EXERCISES, exerciseById } from '../../content/exercises.js';
import { LEVELS } from '../../content/types.js';
import { RED_FLAGS } from '../../content/guidance.js';

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

  it('lists the red flags', () => {
    expect(RED_FLAGS.length).to.be.at.least(5);
  });
});
