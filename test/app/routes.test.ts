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
    for (const route of [
      { view: 'run' },
      { view: 'exercise', id: 'wall-slide' },
      { view: 'exercises', level: 3, area: 'glutes' },
      { view: 'clinician' },
      { view: 'rx', code: 'A1$*+-/Z9' },
    ] as const) {
      expect(parseRoute(routeHash(route))).to.deep.equal(route);
    }
  });

  it('steps through the main views, wrapping around (watch swipes and arrow keys)', () => {
    expect(neighbourView('today', 1)).to.equal('run');
    expect(neighbourView('history', 1)).to.equal('settings'); // Settings is in the watch's cycle too
    expect(neighbourView('settings', 1)).to.equal('today');
    expect(neighbourView('today', -1)).to.equal('settings');
    expect(neighbourView('exercise', 1)).to.equal('history');
    // A plan's review and the clinician page sit with Settings (they are reached from it).
    expect(neighbourView('rx', 1)).to.equal('today');
    expect(neighbourView('clinician', -1)).to.equal('history');
  });

  it('reads a plan link: everything after rx/ is the code, "/" included; RX in capitals too (a QR reader may shout)', () => {
    expect(parseRoute('#/rx/AB/C+D')).to.deep.equal({ view: 'rx', code: 'AB/C+D' });
    expect(parseRoute('#/RX/ABC')).to.deep.equal({ view: 'rx', code: 'ABC' });
    expect(parseRoute('#/rx/')).to.deep.equal({ view: 'rx', code: '' });
    expect(parseRoute('#/clinician')).to.deep.equal({ view: 'clinician' });
  });
});
