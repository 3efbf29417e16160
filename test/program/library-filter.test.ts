// The library's filter: a level (with the daily stretches) and a body area.
import { expect } from 'chai';
import { EXERCISES } from '../../content/exercises.js';
import { BODY_AREAS, areaName, filterExercises, isBodyArea, isLevel } from '../../src/program/library-filter.js';

describe('library filter', () => {
  it('keeps a level and the daily exercises, or an area, or both; none means all', () => {
    const level2 = filterExercises(EXERCISES, { level: 2 });
    expect(level2.every((e) => e.level === 2 || e.level === 'daily')).to.equal(true);
    expect(level2.some((e) => e.level === 'daily')).to.equal(true);
    expect(level2.map((e) => e.id)).to.include('wall-slide');
    const hip = filterExercises(EXERCISES, { area: 'hip' });
    expect(hip.length).to.be.above(0);
    expect(hip.every((e) => e.areas.includes('hip'))).to.equal(true);
    expect(hip.map((e) => e.id)).to.include('clamshell');
    const both = filterExercises(EXERCISES, { level: 3, area: 'core' });
    expect(both.every((e) => (e.level === 3 || e.level === 'daily') && e.areas.includes('core'))).to.equal(true);
    expect(filterExercises(EXERCISES, { area: 'core' }).map((e) => e.id)).to.deep.equal(['plank']);
    expect(filterExercises(EXERCISES, {})).to.have.length(EXERCISES.length);
  });

  it('knows the levels and areas, and names areas in plain words', () => {
    expect([1, 2, 3, 4].every(isLevel)).to.equal(true);
    expect([0, 5, '2', null].some(isLevel)).to.equal(false);
    expect(BODY_AREAS.every(isBodyArea)).to.equal(true);
    expect(isBodyArea('elbow')).to.equal(false);
    expect(areaName('it-band')).to.equal('it band');
    expect(areaName('hip-flexors')).to.equal('hip flexors');
    // Every area an exercise names can be filtered for.
    for (const e of EXERCISES) for (const area of e.areas) expect(BODY_AREAS, e.id).to.include(area);
  });
});
