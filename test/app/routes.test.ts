import { expect } from '@open-wc/testing';
import { neighbourView, parseRoute, routeHash } from '../../src/app/routes.js';

describe('app routes', () => {
  for (const [hash, route] of [
    ['', { view: 'today' }],
    ['#/run', { view: 'run' }],
    ['#/history', { view: 'history' }],
    ['#/settings', { view: 'settings' }],
    ['#/exercise/quad-set', { view: 'exercise', id: 'quad-set' }],
    ['#/exercises?level=2&area=hip', { view: 'exercises', level: 2, area: 'hip' }],
    ['#/exercises?level=9&area=<script>', { view: 'exercises' }],
    ['#/exercise/../../etc', { view: 'today' }],
    ['#/nowhere', { view: 'today' }],
  ] as const) {
    it(`reads "${hash}"`, () => {
      expect(parseRoute(hash)).to.deep.equal(route);
    });
  }

  it('writes links that read back the same', () => {
    for (const route of [{ view: 'run' }, { view: 'exercise', id: 'wall-slide' }, { view: 'exercises', level: 3, area: 'glutes' }] as const) {
      expect(parseRoute(routeHash(route))).to.deep.equal(route);
    }
  });

  it('steps through the main views, wrapping around (watch swipes and arrow keys)', () => {
    expect(neighbourView('today', 1)).to.equal('run');
    expect(neighbourView('history', 1)).to.equal('settings'); // Settings is in the watch's cycle too
    expect(neighbourView('settings', 1)).to.equal('today');
    expect(neighbourView('today', -1)).to.equal('settings');
    expect(neighbourView('exercise', 1)).to.equal('history');
  });
});
