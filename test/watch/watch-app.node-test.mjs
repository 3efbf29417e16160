// Our Bangle.js 2 app, run in Node on a stand-in Espruino runtime with a simulated clock
// (test/helpers/fake-bangle.mjs): it answers pings with its clock, buzzes each beat on its own
// clock from the anchor the phone gave (ahead by the motor's delay), every n-th beat when asked,
// re-anchors without a doubled or missed beat, stops, keeps the beat when the phone goes quiet,
// sends its button press, shows what the phone runs (a run, a hold set), buzzes a hold set's
// cues as patterns on its clock, reports steps as cadence and heart rate through the standard
// services, and sends each step's impact time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EventLoop, fakeBangle } from '../helpers/fake-bangle.mjs';

const { APP_VERSION } = await import('../../build/src/watch/install.js');

/** A value from the app's own realm (vm), as plain data to compare. */
const plain = (value) => JSON.parse(JSON.stringify(value));

function watch(options = {}) {
  const loop = new EventLoop();
  const sent = [];
  const bangle = fakeBangle(loop, { ...options, onSend: (line) => sent.push(JSON.parse(line)) });
  const say = (message) => bangle.deliver(`${JSON.stringify(message)}\n`);
  return { loop, sent, bangle, say };
}

describe('the watch app (Bangle.js 2, on a stand-in runtime)', () => {
  it('says hello, and answers a ping with its own clock', () => {
    const { loop, sent, bangle, say } = watch();
    // Its version is the one the phone installs it as.
    assert.deepEqual(sent, [{ t: 'hello', v: APP_VERSION }]);
    loop.run(1234);
    say({ t: 'ping', i: 7 });
    assert.deepEqual(sent.at(-1), { t: 'pong', i: 7, w: bangle.watchNow() });
  });

  it('buzzes every beat on its clock from the anchor, the motor delay ahead; every 2nd beat when asked', () => {
    const { loop, bangle, say } = watch();
    const anchor = bangle.watchNow() + 1000; // a beat one second from now
    say({ t: 'beat', bpm: 180, a: anchor, n: 1, b: 30, l: 12, on: true });
    loop.run(1000 + 10 * 333.4);
    // 180/min: a beat every 333.33 ms on the anchor's grid (which runs back before it too: the
    // first beats are 1000 − 2 × 333.33 and 1000 − 333.33); each buzz asked 12 ms early.
    const expected = Array.from({ length: 13 }, (_, k) => 1000 + ((k - 2) * 1000) / 3 - 12);
    assert.equal(bangle.buzzes.length, 13);
    bangle.buzzes.forEach((b, k) => assert.ok(Math.abs(b.at - expected[k]) < 0.01, `buzz ${k} at ${b.at}, not ${expected[k]}`));
    assert.ok(bangle.buzzes.every((b) => b.ms === 30));
    bangle.buzzes.splice(0);
    say({ t: 'beat', bpm: 180, a: anchor, n: 2, b: 30, l: 12, on: true });
    loop.run(loop.now + 4000);
    const gaps = bangle.buzzes.slice(1).map((b, i) => b.at - bangle.buzzes[i].at);
    assert.ok(gaps.length >= 4 && gaps.every((g) => Math.abs(g - 666.667) < 0.01), `gaps ${gaps}`);
  });

  it('a new anchor a few ms off (a re-sync) neither doubles nor skips a beat', () => {
    const { loop, bangle, say } = watch();
    const anchor = bangle.watchNow() + 500;
    say({ t: 'beat', bpm: 170, a: anchor, n: 1, b: 40, l: 0, on: true });
    const period = 60000 / 170;
    for (const shift of [4, -6, 9, -3, 0]) {
      loop.run(loop.now + 5000);
      // Re-anchored mid-beat, the grid moved by a few ms (what a re-sync changes).
      say({ t: 'beat', bpm: 170, a: anchor + shift + 100 * period, n: 1, b: 40, l: 0, on: true });
    }
    loop.run(loop.now + 3000);
    // A gap is a beat plus the grid's move (at most 15 ms here): never half a beat or two.
    const gaps = bangle.buzzes.slice(1).map((b, i) => b.at - bangle.buzzes[i].at);
    assert.ok(
      gaps.every((g) => g > period - 16 && g < period + 16),
      `a gap off the beat: ${gaps.filter((g) => Math.abs(g - period) >= 16)}`,
    );
    assert.equal(bangle.buzzes.length, Math.round((bangle.buzzes.at(-1).at - bangle.buzzes[0].at) / period) + 1);
  });

  it('keeps the beat with the phone silent for a minute, and stops when told', () => {
    const { loop, bangle, say } = watch({ ppm: 40 });
    say({ t: 'beat', bpm: 165, a: bangle.watchNow() + 200, n: 1, b: 40, l: 0, on: true });
    loop.run(61_000);
    // 165/min over 60.8 s: 167 or 168 beats, on the watch's own (40 ppm fast) clock.
    assert.ok(bangle.buzzes.length >= 167 && bangle.buzzes.length <= 168, `${bangle.buzzes.length} buzzes`);
    say({ t: 'stop' });
    const count = bangle.buzzes.length;
    loop.run(loop.now + 5000);
    assert.equal(bangle.buzzes.length, count);
  });

  it('sends its button press, shows what the phone runs, and reads a message split across packets', () => {
    const { loop, sent, bangle } = watch();
    assert.equal(bangle.button().pin, 'BTN1');
    assert.deepEqual(plain(bangle.button().options), { repeat: true, edge: 'rising', debounce: 50 });
    bangle.press();
    assert.deepEqual(sent.at(-1), { t: 'btn' });
    const text = `${JSON.stringify({ t: 'face', e: '2:04', p: 'Hold 4 s · Rep 3/10 · Set 1/2', r: 'Quad set', z: 0 })}\n`;
    // BLE packets carry 20 bytes: a line arrives in pieces.
    for (let i = 0; i < text.length; i += 20) bangle.deliver(text.slice(i, i + 20));
    loop.run(10);
    assert.deepEqual(bangle.drawn.slice(0, 4), ['Quad set', '2:04', 'Hold 4 s', 'Rep 3/10 · Set 1/2']);
    bangle.deliver('garbage that is not JSON\n');
    assert.deepEqual(bangle.drawn.slice(0, 4), ['Quad set', '2:04', 'Hold 4 s', 'Rep 3/10 · Set 1/2']);
    // Long words shrink to fit the 176 px screen.
    bangle.deliver(`${JSON.stringify({ t: 'face', e: '12:34', p: 'Hold 14 s · Rep 10/15 · Set 2/2 · Left', r: 'Straight leg raise', z: 1 })}\n`);
    for (const { text, left, right } of bangle.widths) assert.ok(left >= 0 && right <= 176, `"${text}" reaches ${left}–${right}`);
    assert.ok(bangle.drawn.includes('Rep 10/15 · Set 2/2 · Left'));
    bangle.deliver(`${JSON.stringify({ t: 'face', e: '2:05', p: 'Walk 1 of 2', r: 'Run', z: 1 })}\n`);
    assert.deepEqual(bangle.drawn.slice(0, 3), ['Run', '2:05', 'Walk 1 of 2']);
    assert.equal(bangle.drawn.at(-1), 'PAUSED');
  });

  it('buzzes a hold set’s cues on its own clock, each as its pattern, ahead by the motor delay; new cues replace the old', () => {
    const { loop, bangle, say } = watch({ ppm: 40 });
    const at = (watchMs) => bangle.watchNow() + watchMs;
    // Go in 1 s, the last seconds' ticks, release at 6 s; the motor takes 20 ms to start.
    say({
      t: 'cues',
      l: 20,
      c: [
        [at(1000), 'go'],
        [at(3000), 'tick'],
        [at(4000), 'tick'],
        [at(5000), 'tick'],
        [at(6000), 'release'],
      ],
    });
    const start = loop.now;
    loop.run(start + 10_000);
    const rate = 1 + 40e-6;
    const buzzed = bangle.buzzes.map((b) => [Math.round((b.at - start) * rate), b.ms]);
    // The release is two buzzes of 150 ms, 100 ms apart.
    assert.deepEqual(buzzed, [
      [980, 400],
      [2980, 30],
      [3980, 30],
      [4980, 30],
      [5980, 150],
      [6230, 150],
    ]);
    // A pause sends no cues: what was to come is cancelled.
    say({ t: 'cues', l: 0, c: [[at(2000), 'end']] });
    say({ t: 'cues', l: 0, c: [] });
    const count = bangle.buzzes.length;
    loop.run(loop.now + 5000);
    assert.equal(bangle.buzzes.length, count);
    // A cue long past is not buzzed; one a little past (its message was slow) is, at once.
    say({
      t: 'cues',
      l: 0,
      c: [
        [at(-500), 'go'],
        [at(-120), 'tick'],
        [at(500), 'switch'],
      ],
    });
    const now = loop.now;
    loop.run(loop.now + 2000);
    assert.deepEqual(
      bangle.buzzes.slice(count).map((b) => [Math.round(b.at - now), b.ms]),
      [
        [0, 30],
        [500, 300],
        [900, 100],
      ],
    );
  });

  it('a list sent again after a re-sync (cues moved by a few ms) buzzes each cue once', () => {
    const { loop, bangle, say } = watch();
    const at = (watchMs) => bangle.watchNow() + watchMs;
    const first = [at(1000), at(2000), at(3000)];
    say({ t: 'cues', l: 0, c: first.map((t) => [t, 'tick']) });
    loop.run(loop.now + 1004);
    // Sent again 4 ms after the first buzzed, each 3 ms later by the newer estimate: the first is not buzzed again.
    say({ t: 'cues', l: 0, c: first.map((t) => [t + 3, 'tick']) });
    loop.run(loop.now + 5000);
    assert.deepEqual(
      bangle.buzzes.map((b) => Math.round(b.at)),
      [1000, 2003, 3003],
    );
  });

  it('times each step by its strongest jolt, reads the accelerometer 25 times a second, and sends the times', () => {
    const { loop, sent, bangle } = watch();
    assert.equal(bangle.pollInterval(), 40);
    // A reading every 40 ms; a jolt (1.8 g) 200 ms before each step is counted (the watch's step
    // counter recognises a step after it happens).
    const jolts = [];
    for (let t = 0; t < 6000; t += 40) {
      const jolt = t % 400 === 120;
      if (jolt) jolts.push(t);
      loop.at(t, () => bangle.emit('accel', { x: 0, y: 0, z: -1, mag: jolt ? 1.8 : 1 + 0.1 * Math.sin(t) }));
    }
    for (const t of jolts) loop.at(t + 200, () => bangle.emit('step', 1));
    loop.run(6500);
    const times = sent.filter((m) => m.t === 'steps').flatMap((m) => m.s);
    assert.equal(times.length, jolts.length);
    assert.deepEqual(
      times.map((w) => Math.round(w - bangle.watchNow() + loop.now)),
      jolts,
    );
  });

  it('counts steps into a cadence and offers it, and its heart rate, as the standard services', () => {
    const { loop, bangle } = watch();
    const set = bangle.services[0];
    assert.deepEqual(Object.keys(set.set).sort(), ['6157', '6164']); // 0x180d, 0x1814
    assert.equal(set.options.uart, true);
    // 172 steps a minute for 10 s.
    for (let k = 0; k < 29; k++) loop.at((k * 60000) / 172 + 1, () => bangle.emit('step', k + 1));
    loop.run(10_000);
    const updates = bangle.services.filter((s) => s.update?.[0x1814]);
    const value = plain(updates.at(-1).update[0x1814][0x2a53].value);
    assert.deepEqual(value.slice(0, 3), [0, 0, 0]);
    assert.ok(Math.abs(value[3] - 172) <= 1, `cadence ${value[3]}`);
    bangle.emit('HRM', { bpm: 151, confidence: 80 });
    bangle.emit('HRM', { bpm: 40, confidence: 10 });
    const hr = bangle.services.filter((s) => s.update?.[0x180d]).map((s) => plain(s.update[0x180d][0x2a37].value));
    assert.deepEqual(hr, [
      [0, 151],
      [0, 0],
    ]);
  });
});
