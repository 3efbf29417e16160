// The watch's clock from the phone: a round's pings narrow the offset down to where their bounds
// meet; over minutes, the drift; and the phone's side sending pings in rounds and the beat grid
// in the watch's clock, only once that clock is known well.
import { expect } from 'chai';
import { ClockSync } from '../../src/watch/clock-sync.js';
import { PINGS, PING_GAP, SYNC_EVERY, WatchBeat } from '../../src/watch/beat-link.js';

/** A watch `offset` ms ahead, running `ppm` fast; a ping at phone time `t` taking `up` ms there and `down` back. */
const ping = (offset: number, ppm: number, t: number, up: number, down: number) => ({
  sentAt: t,
  receivedAt: t + up + down,
  watch: t + up + offset + (t + up) * ppm * 1e-6,
});

describe('ClockSync', () => {
  it('narrows a round to where its pings’ bounds meet: the fastest way out and the fastest way back', () => {
    const sync = new ClockSync();
    expect(sync.ready).to.equal(false);
    expect(Number.isNaN(sync.toWatch(0))).to.equal(true);
    expect(Number.isNaN(sync.toPhone(0))).to.equal(true);
    // Each ping took over 150 ms there and back, so alone each leaves ±79 ms; the first went out
    // fast (8 ms) and the second came back fast (12 ms): together they leave ±10 ms.
    sync.add(ping(5000, 0, 0, 8, 150));
    expect(sync.uncertainty).to.equal(79);
    sync.add(ping(5000, 0, 250, 150, 12));
    expect(sync.ready).to.equal(true);
    expect(sync.uncertainty).to.equal(10);
    expect(sync.toWatch(1000)).to.be.closeTo(6000, 10);
  });

  it('follows a drifting watch over minutes, and extrapolates it a minute and a half on', () => {
    const sync = new ClockSync();
    const ppm = 42;
    let seed = 3;
    const delay = () => 7.5 + ((seed = (seed * 16807) % 2147483647) / 2147483647) * 192.5;
    for (let round = 0; round < 20; round++) for (let k = 0; k < 16; k++) sync.add(ping(-1234, ppm, round * 30_000 + k * 250, delay(), delay()));
    expect(sync.drift * 1e6).to.be.closeTo(ppm, 10);
    const later = 19 * 30_000 + 90_000;
    expect(sync.toWatch(later) - (later - 1234 + later * ppm * 1e-6)).to.be.within(-5, 5);
    // And back: a watch time (a step it felt) on the phone's clock.
    for (const t of [0, later, 2 * later]) expect(sync.toPhone(sync.toWatch(t))).to.be.closeTo(t, 1e-6);
  });

  it('drops rounds older than ten minutes, and starts a round afresh after a clock step', () => {
    const sync = new ClockSync();
    for (let round = 0; round < 40; round++) sync.add(ping(0, 0, round * 30_000, 10, 10));
    expect(sync.toWatch(40 * 30_000)).to.be.closeTo(40 * 30_000, 0.5);
    // The watch's clock set 1 s back mid-round: the round's bounds no longer meet; the newer reading wins.
    sync.add(ping(0, 0, 40 * 30_000, 10, 10));
    sync.add(ping(-1000, 0, 40 * 30_000 + 250, 10, 10));
    expect(sync.toWatch(40 * 30_000 + 500)).to.be.closeTo(40 * 30_000 + 500 - 1000, 15);
  });
});

describe('WatchBeat (the phone’s side)', () => {
  function harness() {
    let now = 0;
    const timers: { at: number; fn: () => void; id: number }[] = [];
    let ids = 0;
    const sent: Record<string, unknown>[] = [];
    const beat = new WatchBeat({
      send: (m) => sent.push(m as Record<string, unknown>),
      now: () => now,
      setTimer: (fn, ms) => {
        timers.push({ at: now + ms, fn, id: ++ids });
        return ids;
      },
      clearTimer: (id) => timers.splice(timers.findIndex((t) => t.id === id) >>> 0, 1),
    });
    /** Runs timers up to `t`; pings are answered (watch 1000 ms ahead) after 10 ms each way. */
    const run = (t: number) => {
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > t) break;
        timers.shift();
        now = next.at;
        const before = sent.length;
        next.fn();
        for (const m of sent.slice(before))
          if (m['t'] === 'ping') timers.push({ at: now + 20, fn: () => beat.receive({ t: 'pong', i: m['i'] as number, w: now - 10 + 1000 }), id: ++ids });
      }
      now = t;
    };
    return { beat, sent, run };
  }

  it('pings in rounds, and sends the grid in the watch’s clock once a round pins it', () => {
    const { beat, sent, run } = harness();
    beat.setGrid({ bpm: 170, anchor: 100, every: 2, buzzMs: 40, latencyMs: 15, on: true });
    expect(sent).to.deep.equal([]); // the clock is not known yet
    beat.start();
    run((PINGS - 1) * PING_GAP + 700);
    expect(sent.filter((m) => m['t'] === 'ping')).to.have.length(PINGS);
    const grid = sent.find((m) => m['t'] === 'beat')!;
    expect(grid).to.include({ n: 2, b: 40, l: 15, on: true });
    // Anchored on the phone's beat nearest the time it was sent, in the watch's clock (+1000).
    const period = 60000 / 170;
    const sentAt = (PINGS - 1) * PING_GAP + 600;
    const anchor = 100 + Math.round((sentAt - 100) / period) * period;
    expect(grid['a'] as number).to.be.closeTo(anchor + 1000, 0.001);
    expect(grid['bpm']).to.equal(170);
    run(SYNC_EVERY * 3);
    expect(beat.rounds).to.be.greaterThan(4);
    // Every round was heard, but the last may still be waiting for its answers.
    expect(beat.roundsHeard).to.be.within(beat.rounds - 1, beat.rounds);
    beat.stop();
    expect(sent.at(-1)).to.deep.equal({ t: 'stop' });
  });
});
