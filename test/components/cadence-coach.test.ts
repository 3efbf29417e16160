// Measured cadence in a real browser: the motion source fed by `devicemotion` events, the
// Bluetooth sensor's measurements parsed, and Coach mode turning the beat off and on.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/knee-session-log/knee-session-log.js';
import '../../components/knee-run/knee-run.js';
import type { KneeRun } from '../../components/knee-run/knee-run.js';
import type { KneeMetronome } from '../../components/knee-metronome/knee-metronome.js';
import { MotionCadence } from '../../src/cadence/motion-source.js';
import { CadenceCoach, LOW_HOLD } from '../../src/cadence/coach.js';
import { encodeRsc, parseRsc } from '../../src/cadence/rsc.js';
import type { CadenceSessionRecord } from '../../src/session-record.js';
import { sendWalk } from '../helpers/motion.js';
import { useTestStore } from '../helpers/records.js';

describe('measured cadence', function () {
  this.timeout(90000);
  const t = useTestStore();

  it('measures the cadence from devicemotion events (the phone’s own sensor)', async () => {
    const motion = new MotionCadence();
    expect(await motion.start()).to.deep.equal({ ok: true });
    try {
      sendWalk({ seconds: 20, spm: 172 });
      expect(motion.cadence).to.be.closeTo(172, 3);
      expect(motion.steps).to.be.within(50, 58); // 20 s at 172/min = 57, less the first ~2 s
      sendWalk({ seconds: 6, spm: 150, seed: 3 });
      expect(motion.cadence).to.be.closeTo(150, 3);
    } finally {
      motion.stop();
    }
  });

  it('gives each footfall on the page clock, from the readings’ own times', async () => {
    const motion = new MotionCadence();
    const footfalls: number[] = [];
    motion.onfootfall = (at) => footfalls.push(at);
    expect(await motion.start()).to.deep.equal({ ok: true });
    try {
      // 20 s of readings at 50 Hz whose page times (timeStamp) run from 100 s, as a real sensor's
      // would: steps at 172/min, each bump peaking a tenth of a step in.
      const interval = 60000 / 172;
      for (let t = 0; t < 20000; t += 20) {
        const phase = (t % interval) / interval;
        const m = 9.81 + 4 * Math.exp(-((phase - 0.1) ** 2) / 0.004);
        const event = new Event('devicemotion');
        Object.defineProperties(event, {
          accelerationIncludingGravity: { value: { x: m * 0.3, y: m * 0.5, z: m * 0.81 } },
          interval: { value: 20 },
          timeStamp: { value: 100_000 + t },
        });
        dispatchEvent(event);
      }
      expect(footfalls.length, `${motion.steps} steps`).to.be.within(45, 58);
      // Each footfall on the page clock: 30 ms after its bump's peak, to within a tick or two.
      for (const at of footfalls) {
        const off = (((at - 100_000 - 0.1 * interval - 30) % interval) + interval) % interval;
        expect(Math.min(off, interval - off), `footfall at ${at.toFixed(1)}`).to.be.below(25);
      }
    } finally {
      motion.stop();
    }
  });

  it('parses Running Speed and Cadence measurements, with and without the optional fields', () => {
    const full = encodeRsc({ speedMps: 3.25, cadence: 86, strideM: 1.12, distanceM: 1234.5, running: true });
    expect(parseRsc(new DataView(full.buffer))).to.deep.equal({ speedMps: 3.25, cadence: 86, strideM: 1.12, distanceM: 1234.5, running: true });
    const bare = encodeRsc({ speedMps: 1.5, cadence: 170 });
    expect(parseRsc(new DataView(bare.buffer))).to.deep.equal({ speedMps: 1.5, cadence: 170, strideM: null, distanceM: null, running: false });
    // Flags that promise more bytes than came: refused, not misread.
    expect(parseRsc(new DataView(new Uint8Array([3, 0, 1, 80]).buffer))).to.equal(null);
  });

  it('coaches: the beat comes in only after a few seconds below the zone and goes quiet back in it', () => {
    const coach = new CadenceCoach(170);
    let ms = 0;
    const feed = (cadence: number, seconds: number) => {
      for (let i = 0; i < seconds; i++) coach.update((ms += 1000), cadence);
    };
    feed(172, 6);
    expect(coach.beatOn).to.equal(false);
    feed(150, LOW_HOLD / 1000 - 1);
    expect(coach.beatOn, 'too early').to.equal(false);
    feed(150, 2);
    expect(coach.beatOn).to.equal(true);
    feed(171, 6);
    expect(coach.beatOn).to.equal(false);
    // Time counts from the second update on: 5 s at 172, 6 s at 150, 6 s at 171.
    expect(coach.summary.inZoneS).to.equal(11);
    expect(coach.summary.perMinute).to.deep.equal([Math.round((172 * 5 + 150 * 6 + 171 * 6) / 17)]);
  });

  it('coaches the rhythm too: back in the zone, a beat that plays stays until the steps land with it', () => {
    const coach = new CadenceCoach(170);
    let ms = 0;
    const feed = (cadence: number, seconds: number, offBeat: boolean) => {
      for (let i = 0; i < seconds; i++) coach.update((ms += 1000), cadence, offBeat);
    };
    feed(150, 6, false);
    expect(coach.beatOn).to.equal(true);
    // In the zone, but the steps land behind the clicks: the beat plays on, and says why.
    feed(171, 10, true);
    expect(coach.beatOn).to.equal(true);
    expect(coach.waitingForBeat).to.equal(true);
    // With the beat now: it goes quiet.
    feed(171, 1, false);
    expect(coach.beatOn).to.equal(false);
    expect(coach.waitingForBeat).to.equal(false);
    // Quiet, off the beat does not bring it back; only the count does (below the zone).
    feed(171, 10, true);
    expect(coach.beatOn).to.equal(false);
    expect(coach.waitingForBeat).to.equal(false);
  });

  it('on the run screen: shows the measured cadence and zone, Coach mode silences the beat in the zone, and the run keeps what was measured', async () => {
    const log = await fixture(html`<knee-session-log .store=${t.store}><knee-run bpm="170" coach></knee-run></knee-session-log>`);
    const run = log.querySelector<KneeRun>('knee-run')!;
    await run.updateComplete;
    const select = run.shadowRoot!.querySelector<HTMLSelectElement>('select[aria-label="Measure cadence with"]')!;
    select.value = 'motion';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => run.shadowRoot!.querySelector('[part~="measured-cadence"]'), 'no reading shown');
    const metronome = run.shadowRoot!.querySelector<KneeMetronome>('knee-metronome')!;
    sendWalk({ seconds: 20, spm: 172 });
    await metronome.start();
    // In the zone: after a few seconds the beat goes quiet (muted, still on its grid).
    await waitUntil(() => metronome.muted, 'the beat did not go quiet in the zone', { timeout: 20000 });
    expect(run.measured.zone).to.equal('in');
    expect(metronome.engineSettings.volume).to.equal(0);
    expect(metronome.running).to.equal(true);
    expect(run.shadowRoot!.querySelector('[part~="measured-cadence"]')!.textContent!.trim()).to.match(/^17[0-4]$/);
    // Slower: below the zone; a few seconds later the beat is back.
    sendWalk({ seconds: 8, spm: 150, seed: 5 });
    await waitUntil(() => !metronome.muted, 'the beat did not come back below the zone', { timeout: 20000 });
    expect(run.measured.zone).to.equal('low');
    await metronome.stop();
    const records = (await waitUntil(async () => (await t.store.list()).records.length === 1, 'not stored'),
    (await t.store.list()).records) as CadenceSessionRecord[];
    const measured = records[0]!.done.measured!;
    expect(measured.source).to.equal('motion');
    expect(measured.averageSpm).to.be.within(150, 174);
    expect(measured.inZoneS).to.be.greaterThan(3);
    expect(measured.perMinute.length).to.equal(1);
  });

  it('says how the run’s steps landed on the beat, in its summary', async () => {
    const run = await fixture<KneeRun>(html`<knee-run bpm="170"></knee-run>`);
    const metronome = run.shadowRoot!.querySelector<KneeMetronome>('knee-metronome')!;
    const { KneeSessionEvent, sessionRecord } = await import('../../src/session-record.js');
    const record = sessionRecord<CadenceSessionRecord>({
      kind: 'cadence',
      exerciseId: 'run-cadence',
      startedAt: Date.now() - 600_000,
      endedAt: Date.now(),
      complete: true,
      planned: { bpm: 170, durationS: null },
      done: {
        bpm: 170,
        durationS: 600,
        beats: 1700,
        measured: {
          source: 'motion',
          averageSpm: 168,
          measuredS: 590,
          inZoneS: 500,
          perMinute: [168],
          onBeat: { steps: 1650, share: 0.62, medianOffsetMs: 18 },
        },
      },
    });
    metronome.dispatchEvent(new KneeSessionEvent(record));
    await run.updateComplete;
    expect(run.shadowRoot!.querySelector('[part~="summary"]')!.textContent!.replace(/\s+/g, ' ')).to.match(
      /On the beat 62 % of 1650 steps within ±40 ms · 18 ms behind \(median\)/,
    );
  });
});
