// The Heart Rate service's measurement as straps and watches send it: 8- and 16-bit values,
// skin contact, energy, RR intervals, and values too short for their flags. And the minute
// averages a run's record keeps of it.
import { expect } from 'chai';
import { encodeHeartRate, parseHeartRate } from '../../src/cadence/heart-rate.js';
import { MinuteAverages } from '../../src/cadence/minute-averages.js';
import { validateRecord } from '../../src/store/validate.js';

const view = (bytes: number[] | Uint8Array) => new DataView(Uint8Array.from(bytes).buffer);

describe('heart-rate measurement (0x2A37)', () => {
  it('reads an 8-bit value with no options (flags 0)', () => {
    expect(parseHeartRate(view([0x00, 152]))).to.deep.equal({ bpm: 152, contact: null, energyKJ: null, rrMs: [] });
  });

  it('reads a 16-bit value, contact, energy and RR intervals, as the specification lays them out', () => {
    // flags: uint16 (1) | contact detected (3 << 1) | energy (8) | RR (16) = 0x1f; 300 bpm; 1000 kJ; RR 1024 and 512 /1024 s.
    const parsed = parseHeartRate(view([0x1f, 0x2c, 0x01, 0xe8, 0x03, 0x00, 0x04, 0x00, 0x02]));
    expect(parsed).to.deep.equal({ bpm: 300, contact: true, energyKJ: 1000, rrMs: [1000, 500] });
    expect(parseHeartRate(view([0x04, 90]))!.contact).to.equal(false); // contact bits 2: supported, not detected
    expect(parseHeartRate(view([0x02, 90]))!.contact).to.equal(null); // bits 1: not supported
  });

  it('refuses a value shorter than its flags announce, and ignores an odd trailing byte of RR', () => {
    expect(parseHeartRate(view([0x00]))).to.equal(null);
    expect(parseHeartRate(view([0x01, 0x2c]))).to.equal(null); // 16-bit announced, one byte sent
    expect(parseHeartRate(view([0x08, 90, 0x01]))).to.equal(null); // energy announced, cut short
    expect(parseHeartRate(view([0x10, 90, 0x00, 0x04, 0x07]))!.rrMs).to.deep.equal([1000]);
  });

  it('round-trips what the emulated strap sends', () => {
    for (const m of [{ bpm: 61 }, { bpm: 188, contact: true, rrMs: [319.3359375] }, { bpm: 260, energyKJ: 12, contact: false }]) {
      const back = parseHeartRate(new DataView(encodeHeartRate(m).buffer))!;
      expect(back.bpm).to.equal(m.bpm);
      expect(back.contact).to.equal(m.contact ?? null);
      expect(back.energyKJ).to.equal(m.energyKJ ?? null);
      expect(back.rrMs).to.deep.equal(m.rrMs ?? []);
    }
  });
});

describe('minute averages of a run', () => {
  it('weights each value by the time it held, per minute, with the highest and the time known', () => {
    const s = new MinuteAverages();
    s.add(0, 120); // the first sample starts the clock
    s.add(30_000, 120); // 5 s credited at most per step: a stalled page does not credit a gap
    for (let t = 31_000; t < 60_000; t += 1000) s.add(t, 140);
    for (let t = 60_000; t <= 150_000; t += 1000) s.add(t, Number.NaN); // the strap lost contact for minute 1
    for (let t = 151_000; t <= 180_000; t += 1000) s.add(t, 160);
    // Minute 0: 5 s of 120 and 29 s of 140; minute 1 nothing known; minute 2: 30 s of 160 (the last sample opens minute 3).
    expect(s.perMinute).to.deep.equal([Math.round((120 * 5 + 140 * 29) / 34), null, 160, 160]);
    expect(s.max).to.equal(160);
    expect(s.knownS).to.equal(5 + 29 + 30);
    expect(s.average).to.equal(Math.round((120 * 5 + 140 * 29 + 160 * 30) / 64));
    expect(new MinuteAverages().average).to.equal(null);
    expect(new MinuteAverages().max).to.equal(null);
  });
});

describe('a run record with heart rate, read back (import, export, storage)', () => {
  const run = (heartRate: unknown) => ({
    version: 1,
    id: '0midc1z40-heart', // the start time in base 36, then a tag
    kind: 'cadence',
    exerciseId: 'run-cadence',
    startedAt: 1_764_000_000_000,
    endedAt: 1_764_000_600_000,
    complete: true,
    planned: { bpm: 170, durationS: null },
    done: { bpm: 170, durationS: 600, beats: 1700, heartRate },
  });

  it('keeps a valid heart-rate summary as it is', () => {
    const heartRate = { averageBpm: 151, maxBpm: 168, measuredS: 590, perMinute: [140, 150, null, 160, 168, 155, 150, 149, 152, 150] };
    const checked = validateRecord(run(heartRate));
    expect(checked.ok).to.equal(true);
    expect(checked.ok && checked.record.kind === 'cadence' && checked.record.done.heartRate).to.deep.equal(heartRate);
  });

  it('refuses one that is not, and says where', () => {
    const bad = (h: unknown) => {
      const checked = validateRecord(run(h));
      return checked.ok ? 'accepted' : checked.reason;
    };
    expect(bad({ averageBpm: 151, maxBpm: 168, measuredS: 590, perMinute: [140, 'x'] })).to.match(/done\.heartRate\.perMinute must hold heart rates/);
    expect(bad({ averageBpm: 151, maxBpm: 168, measuredS: 590, perMinute: [400] })).to.match(/heart rates/);
    expect(bad({ averageBpm: 151, maxBpm: 168, measuredS: 590 })).to.match(/done\.heartRate\.perMinute must be a list/);
    expect(bad({ averageBpm: 'fast', maxBpm: 168, measuredS: 590, perMinute: [] })).to.not.equal('accepted');
    expect(bad('150')).to.not.equal('accepted');
  });
});
