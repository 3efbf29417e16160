// Heart rate on the run screen, from a strap that speaks the standard Heart Rate service (here
// a stand-in for navigator.bluetooth that behaves as Chromium's does: chooser, GATT, a read
// answered like a notification): connected from the Run view, shown live under the time and on
// the lock screen's line, kept in the run's record and said in its summary.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/knee-session-log/knee-session-log.js';
import '../../components/knee-run/knee-run.js';
import type { KneeRun } from '../../components/knee-run/knee-run.js';
import type { KneeMetronome } from '../../components/knee-metronome/knee-metronome.js';
import { encodeHeartRate } from '../../src/cadence/heart-rate.js';
import type { CadenceSessionRecord } from '../../src/session-record.js';
import { useTestStore } from '../helpers/records.js';

/** A strap: `send(bpm)` makes it notify a measurement. */
function fakeStrap() {
  const characteristic = Object.assign(new EventTarget(), {
    value: null as DataView | null,
    startNotifications: async () => characteristic,
    readValue: async () => characteristic.value!,
  });
  const server = {
    connected: true,
    connect: async () => server,
    disconnect() {},
    getPrimaryService: async (uuid: number) => {
      if (uuid !== 0x180d) throw new DOMException('No such service', 'NotFoundError');
      return { getCharacteristic: async () => characteristic };
    },
  };
  const device = Object.assign(new EventTarget(), { id: 'strap', name: 'Test strap', gatt: server });
  const requests: unknown[] = [];
  const bluetooth = {
    requestDevice: async (options: unknown) => {
      requests.push(options);
      return device;
    },
  };
  const send = (bpm: number, contact = true) => {
    characteristic.value = new DataView(encodeHeartRate({ bpm, contact }).buffer);
    characteristic.dispatchEvent(new Event('characteristicvaluechanged'));
  };
  return { bluetooth, requests, send, device };
}

describe('heart rate on the run screen', function () {
  this.timeout(60000);
  const t = useTestStore();
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>)['bluetooth'];
  });

  it('connects a strap from the Run view, shows it live, and keeps it in the run’s record and summary', async () => {
    const strap = fakeStrap();
    Object.defineProperty(navigator, 'bluetooth', { value: strap.bluetooth, configurable: true });
    const log = await fixture(html`<knee-session-log .store=${t.store}><knee-run bpm="170"></knee-run></knee-session-log>`);
    const run = log.querySelector<KneeRun>('knee-run')!;
    await run.updateComplete;
    const connect = [...run.shadowRoot!.querySelectorAll('button')].find((b) => /heart-rate strap/.test(b.textContent!))!;
    connect.click();
    await waitUntil(() => run.shadowRoot!.querySelector('[part~="heart-rate"]'), 'no heart-rate reading');
    // It asked the chooser for the Heart Rate service.
    expect(strap.requests).to.deep.equal([{ filters: [{ services: [0x180d] }], optionalServices: [0x180f] }]);
    strap.send(148);
    await waitUntil(() => run.shadowRoot!.querySelector('[part~="heart-rate"]')!.textContent === '148', 'the reading did not show');
    expect(run.shadowRoot!.querySelector('[part~="heart"]')!.textContent).to.match(/Test strap: connected/);

    const metronome = run.shadowRoot!.querySelector<KneeMetronome>('knee-metronome')!;
    // The strap notifies twice a second, as straps do (a reading older than 4 s counts as none):
    // 148, then 160 once the run is 3 s in.
    const beat = setInterval(() => strap.send(metronome.elapsed > 3 ? 160 : 148), 500);
    try {
      await metronome.start();
      // Under the time, every size: the interval or beats, and the heart rate.
      await waitUntil(() => run.statusText.endsWith('· ♥ 148'), `status "${run.statusText}"`, { timeout: 10000 });
      // The lock screen's line (and a paired watch's now-playing) says it too.
      await waitUntil(() => /♥ 1[46][80]$/.test(navigator.mediaSession.metadata?.title ?? ''), `lock screen "${navigator.mediaSession.metadata?.title}"`, {
        timeout: 10000,
      });
      await waitUntil(() => metronome.elapsed > 6, 'the run did not go on', { timeout: 20000 });
    } finally {
      clearInterval(beat);
    }
    await metronome.stop();
    await waitUntil(async () => (await t.store.list()).records.length === 1, 'not stored');
    const record = (await t.store.list()).records[0] as CadenceSessionRecord;
    const heart = record.done.heartRate!;
    expect(heart.maxBpm).to.equal(160);
    expect(heart.averageBpm).to.be.within(148, 160);
    expect(heart.measuredS).to.be.greaterThan(4);
    expect(heart.perMinute).to.have.length(1);
    await run.updateComplete;
    expect(run.shadowRoot!.querySelector('[part~="summary"]')!.textContent).to.match(/Heart rate\s+\d+ average, 160 highest/);
  });

  it('a strap that loses skin contact shows no number; Disconnect lets it go; no Bluetooth says so', async () => {
    const strap = fakeStrap();
    Object.defineProperty(navigator, 'bluetooth', { value: strap.bluetooth, configurable: true });
    const run = await fixture<KneeRun>(html`<knee-run bpm="170"></knee-run>`);
    [...run.shadowRoot!.querySelectorAll('button')].find((b) => /heart-rate strap/.test(b.textContent!))!.click();
    await waitUntil(() => run.shadowRoot!.querySelector('[part~="heart-rate"]'));
    strap.send(90, false);
    await run.updateComplete;
    expect(run.shadowRoot!.querySelector('[part~="heart-rate"]')!.textContent).to.equal('–');
    expect(run.statusText).to.not.contain('♥');
    [...run.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Disconnect')!.click();
    await run.updateComplete;
    expect(run.shadowRoot!.querySelector('[part~="heart-rate"]')).to.equal(null);

    delete (navigator as unknown as Record<string, unknown>)['bluetooth'];
    if ('bluetooth' in navigator) return; // this Chromium has Web Bluetooth of its own: the message cannot show
    [...run.shadowRoot!.querySelectorAll('button')].find((b) => /heart-rate strap/.test(b.textContent!))!.click();
    await waitUntil(() => run.shadowRoot!.querySelector('[part~="heart"] [role="alert"]'));
    expect(run.shadowRoot!.querySelector('[part~="heart"] [role="alert"]')!.textContent).to.match(/no Bluetooth access/);
  });
});
