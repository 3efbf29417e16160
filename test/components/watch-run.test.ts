// The run screen with a Bangle.js 2 (a stand-in for navigator.bluetooth and for the watch at the
// other end of its UART, answering as our watch app does): it pings the watch's clock in rounds,
// sends the beat grid in the watch's clock — not a message per beat — and the face, quiets the
// wrist when paused, its button pauses and resumes the run, and it installs our app.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/knee-run/knee-run.js';
import type { KneeRun } from '../../components/knee-run/knee-run.js';
import type { KneeMetronome } from '../../components/knee-metronome/knee-metronome.js';
import sinon from 'sinon';
import { fakeWatch } from '../helpers/fake-watch.js';
import { wrist } from '../../src/watch/wrist.js';
import type { KneeWatchChangeEvent } from '../../components/knee-watch/watch-events.js';
import { APP_VERSION } from '../../src/watch/install.js';

describe('the run screen with a Bangle.js 2', function () {
  this.timeout(60000);
  afterEach(() => delete (navigator as unknown as Record<string, unknown>)['bluetooth']);

  it('keeps the watch’s beat on the phone’s grid, its button pauses and resumes, and installs our app', async () => {
    const watch = fakeWatch();
    Object.defineProperty(navigator, 'bluetooth', { value: watch.bluetooth, configurable: true });
    const run = await fixture<KneeRun>(html`<knee-run bpm="170"></knee-run>`);
    // The watch's part of the run screen is its <knee-watch> (the page's watch).
    const watchPart = () => run.shadowRoot!.querySelector('knee-watch')!.shadowRoot!;
    const button = (label: RegExp) => [...watchPart().querySelectorAll('button')].find((b) => label.test(b.textContent!))!;
    const watchText = () => watchPart().textContent!;
    const events: KneeWatchChangeEvent[] = [];
    run.addEventListener('knee-watch-change', (e) => events.push(e));
    button(/Connect a Bangle/).click();
    // A round of pings, answered: the clock is known.
    await waitUntil(() => watch.said.filter((m) => m['t'] === 'ping').length >= 16, 'no round of pings', { timeout: 10000 });
    await waitUntil(() => /clock within ±\d+ ms/.test(watchText()), 'clock not shown', { timeout: 10000 });
    expect(watchText()).to.match(/Bangle\.js 1a2b: connected/);

    const metronome = run.shadowRoot!.querySelector<KneeMetronome>('knee-metronome')!;
    await metronome.start();
    // The grid in the watch's clock: a beat heard on the phone + 1000 ms; once, not per beat.
    await waitUntil(() => watch.said.some((m) => m['t'] === 'beat' && m['on'] === true), 'no beat grid sent', { timeout: 20000 });
    const grid = watch.said.find((m) => m['t'] === 'beat')!;
    expect(grid).to.include({ bpm: 170, n: 1, b: 40, l: 20, on: true });
    expect((grid['a'] as number) - performance.now()).to.be.within(0, 2000);
    await waitUntil(() => metronome.beats > 12, 'the beat did not go on', { timeout: 20000 });
    expect(watch.said.filter((m) => m['t'] === 'beat').length).to.be.at.most(3);
    // The face is the run's, as the strip and the lock screen show it.
    await waitUntil(() => watch.said.some((m) => m['t'] === 'face' && m['r'] === 'Run' && m['p'] === '170 steps/min' && m['z'] === 0), 'no face', {
      timeout: 5000,
    });

    // The watch's steps, each on a beat of the grid (its clock): they land on the beat.
    const latest = watch.said.filter((m) => m['t'] === 'beat' && m['on'] === true).at(-1)!;
    const period = 60000 / (latest['bpm'] as number);
    const watchNow = performance.now() + 1000;
    const last = (latest['a'] as number) + Math.floor((watchNow - (latest['a'] as number)) / period) * period;
    watch.reply({ t: 'steps', s: Array.from({ length: 8 }, (_, k) => Math.round(last - (8 - k) * period)) });
    await waitUntil(() => /On the beat \(the watch’s steps\): 100 % of the last 8 steps/.test(run.shadowRoot!.textContent!), 'watch steps not on the beat', {
      timeout: 5000,
    });

    // The watch's button: pause (the wrist goes quiet), then resume.
    watch.reply({ t: 'btn' });
    await waitUntil(() => metronome.paused, 'not paused by the watch');
    await waitUntil(() => watch.said.some((m) => m['t'] === 'face' && m['r'] === 'Run' && m['z'] === 1), 'paused not shown', { timeout: 5000 });
    await waitUntil(() => watch.said.some((m) => m['t'] === 'beat' && m['on'] === false), 'the wrist was not quieted', { timeout: 5000 });
    watch.reply({ t: 'btn' });
    await waitUntil(() => metronome.running, 'not resumed by the watch', { timeout: 10000 });
    await metronome.stop();
    // The run ended: the face rests, and the button belongs to nobody.
    await waitUntil(() => watch.said.some((m) => m['t'] === 'face' && m['r'] === 'Kneebeat'), 'face not released');

    // Every 2nd beat, a 60 ms buzz and a motor delay of 30 ms: sent with the grid.
    const every = watchPart().querySelector<HTMLSelectElement>('select')!;
    every.value = '2';
    every.dispatchEvent(new Event('change'));
    await waitUntil(() => watch.said.some((m) => m['t'] === 'beat' && m['n'] === 2), 'every 2nd beat not sent');
    const [length, delay] = watchPart().querySelectorAll<HTMLInputElement>('input[type="number"]');
    length!.value = '60';
    length!.dispatchEvent(new Event('change'));
    delay!.value = '30';
    delay!.dispatchEvent(new Event('change'));
    await waitUntil(() => watch.said.some((m) => m['t'] === 'beat' && m['b'] === 60 && m['l'] === 30), 'buzz length and motor delay not sent');

    // Install: the app's file is read from beside the built scripts (here, a stand-in), the App
    // Loader's command lines go out, then the app says hello.
    const source = 'Bluetooth.println(JSON.stringify({t:"hello",v:1}));\n';
    const fetched = sinon.stub(window, 'fetch').resolves(new Response(source));
    try {
      button(/Install the Kneebeat app/).click();
      await waitUntil(() => watch.raw.some((l) => l.startsWith('\x10load(')), 'not installed', { timeout: 10000 });
    } finally {
      fetched.restore();
    }
    expect(String(fetched.firstCall.args[0])).to.match(/\/kneebeat\.app\.js$/);
    expect(watch.raw.filter((l) => l.startsWith('\x10require("Storage").write(')).length).to.equal(1);
    await waitUntil(() => /Installed and started/.test(watchText()), 'install not said');
    // An app older than this page's is told apart (its messages may lack what this page sends).
    watch.reply({ t: 'hello', v: APP_VERSION - 1 });
    await waitUntil(() => /an older Kneebeat app: install it again/.test(watchText()), 'old app not said');
    watch.reply({ t: 'hello', v: APP_VERSION });
    await waitUntil(() => /Kneebeat app running/.test(watchText()), 'hello not shown');
    // The watch is the page's: the run screen leaving does not disconnect it.
    const parent = run.parentNode!;
    run.remove();
    expect(wrist.connected).to.equal(true);
    parent.appendChild(run);
    await run.updateComplete;
    await waitUntil(() => /Bangle\.js 1a2b: connected/.test(watchText()), 'the watch not shown again');
    button(/Disconnect/).click();
    await waitUntil(() => button(/Connect a Bangle/), 'not disconnected');
    expect(wrist.connected).to.equal(false);
    // Said after each thing the user asked: connected, installed, disconnected.
    expect(events.map((e) => [e.connected, e.install])).to.deep.equal([
      [true, ''],
      [true, 'installed'],
      [false, ''],
    ]);
  });
});
