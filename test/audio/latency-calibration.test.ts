import { expect } from '@open-wc/testing';
import { COUNTED_TAPS, LatencyCalibration, SETTLE_TAPS, offsetFromGrid, type CalibrationResult } from '../../src/audio/latency-calibration.js';
import { MAX_LATENCY, clampLatency } from '../../src/audio/latency.js';

const PERIOD = 800;

/** Taps one per beat at `delay` ms after each grid beat, with the given per-tap jitter. */
function tapAlong(calibration: LatencyCalibration, delay: number, jitter: (i: number) => number = () => 0, taps = SETTLE_TAPS + COUNTED_TAPS) {
  let result: CalibrationResult = calibration.result();
  for (let i = 0; i < taps; i++) {
    const beatAt = 1000 + i * PERIOD;
    calibration.beat(beatAt, PERIOD);
    result = calibration.tap(beatAt + delay + jitter(i));
  }
  return result;
}

describe('latency calibration', () => {
  it('places a tap relative to the nearest grid beat, counting up to a quarter beat early as early', () => {
    expect(offsetFromGrid(1180, 1000, PERIOD)).to.equal(180);
    expect(offsetFromGrid(1000 + 3 * PERIOD + 180, 1000, PERIOD)).to.equal(180); // later beats of the grid
    expect(offsetFromGrid(1000 - 2 * PERIOD + 180, 1000, PERIOD)).to.equal(180); // earlier beats too
    expect(offsetFromGrid(1000 + 590, 1000, PERIOD)).to.equal(590);
    expect(offsetFromGrid(1000 - 30, 1000, PERIOD)).to.equal(-30);
    expect(offsetFromGrid(1000 + PERIOD - 150, 1000, PERIOD)).to.equal(-150);
  });

  it('measures a steady delay from the taps after the settling ones', () => {
    const calibration = new LatencyCalibration();
    // The settling taps are far off: they must not count.
    const result = tapAlong(calibration, 180, (i) => (i < SETTLE_TAPS ? 300 : [4, -6, 9, -3, 0, 7, -8, 2][i - SETTLE_TAPS]!));
    expect(result.state).to.equal('measured');
    if (result.state !== 'measured') return;
    expect(result.latency).to.be.within(179, 183);
    expect(result.spread).to.be.at.most(7);
    expect(result.taps).to.equal(SETTLE_TAPS + COUNTED_TAPS);
  });

  it('keeps collecting until enough taps have come, and counts how many are needed', () => {
    const calibration = new LatencyCalibration();
    const result = tapAlong(calibration, 150, () => 0, SETTLE_TAPS + COUNTED_TAPS - 1);
    expect(result).to.deep.equal({ state: 'collecting', taps: SETTLE_TAPS + COUNTED_TAPS - 1, needed: SETTLE_TAPS + COUNTED_TAPS });
  });

  it('ignores taps before the first beat is known', () => {
    const calibration = new LatencyCalibration();
    expect(calibration.tap(500)).to.deep.equal({ state: 'collecting', taps: 0, needed: SETTLE_TAPS + COUNTED_TAPS });
  });

  it('counts a skipped beat as no problem: the grid, not the last beat, is the reference', () => {
    const calibration = new LatencyCalibration();
    calibration.beat(1000, PERIOD);
    let result: CalibrationResult = calibration.result();
    for (let i = 0; i < SETTLE_TAPS + COUNTED_TAPS; i++) result = calibration.tap(1000 + i * 2 * PERIOD + 220);
    expect(result).to.include({ state: 'measured', latency: 220 });
  });

  it('refuses a reading from taps that disagree', () => {
    const calibration = new LatencyCalibration();
    const result = tapAlong(calibration, 150, (i) => (i % 2 ? 120 : -120));
    expect(result.state).to.equal('uneven');
    if (result.state === 'uneven') expect(result.spread).to.equal(120);
  });

  it('reports early tapping as no delay and clamps a very late reading', () => {
    expect(tapAlong(new LatencyCalibration(), -40)).to.include({ state: 'measured', latency: 0 });
    expect(tapAlong(new LatencyCalibration(), 580)).to.include({ state: 'measured', latency: MAX_LATENCY });
    expect(clampLatency(-1)).to.equal(0);
    expect(clampLatency(250)).to.equal(250);
  });

  it('starts over on reset and rejects a nonsense beat', () => {
    const calibration = new LatencyCalibration();
    tapAlong(calibration, 100);
    calibration.reset();
    expect(calibration.taps).to.equal(0);
    expect(calibration.result().state).to.equal('collecting');
    expect(() => calibration.beat(NaN, PERIOD)).to.throw(RangeError);
    expect(() => calibration.beat(0, 0)).to.throw(RangeError);
  });
});
