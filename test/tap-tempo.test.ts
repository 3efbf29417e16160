import { expect } from '@open-wc/testing';
import { TapTempo, median, raisedCadence } from '../src/tap-tempo.js';

describe('TapTempo', () => {
  it('reports nothing until four taps, then the cadence from the median interval', () => {
    const tempo = new TapTempo();
    expect(tempo.tap(0)).to.equal(null);
    expect(tempo.tap(375)).to.equal(null);
    expect(tempo.tap(750)).to.equal(null);
    expect(tempo.tap(1125)).to.deep.equal({ cadence: 160, taps: 4 });
  });

  it('is not thrown off by one early or late tap', () => {
    const tempo = new TapTempo();
    const times = [0, 353, 706, 900, 1412, 1765, 2118];
    let last = null;
    for (const t of times) last = tempo.tap(t);
    expect(last?.cadence).to.equal(170); // 60000 / 353 = 169.97
  });

  it('starts over after a pause of more than two seconds', () => {
    const tempo = new TapTempo();
    [0, 400, 800, 1200].forEach((t) => tempo.tap(t));
    expect(tempo.tap(5000)).to.equal(null);
    expect(tempo.taps).to.equal(1);
  });

  it('keeps the result inside 60–240', () => {
    const tempo = new TapTempo();
    let last = null;
    for (const t of [0, 100, 200, 300, 400]) last = tempo.tap(t);
    expect(last?.cadence).to.equal(240);
  });

  it('raises a cadence by a percentage, rounded, never past 180 (a faster cadence is kept)', () => {
    expect(raisedCadence(160, 5)).to.equal(168);
    expect(raisedCadence(160, 7.5)).to.equal(172);
    expect(raisedCadence(160, 10)).to.equal(176);
    expect(raisedCadence(176, 10)).to.equal(180);
    expect(raisedCadence(230, 10)).to.equal(230);
  });

  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).to.equal(2);
    expect(median([4, 1, 3, 2])).to.equal(2.5);
  });
});
