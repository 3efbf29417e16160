// The `wrist` part of `npm run bench`: the beat on a Bangle.js, simulated. Our watch app runs on
// the stand-in Espruino runtime (test/helpers/fake-bangle.mjs) with its clock off by a random
// ±50 ppm; the phone's side is the app's own WatchBeat (src/watch/beat-link.ts); between them a
// link whose every message waits 7.5–200 ms (a BLE connection event), in order, and which is
// lost for 60 s in the middle of each run. Each run is 30 minutes at 170 steps/min (a tempo
// change at 15:00). For every click the phone plays: the wrist's buzz nearest it (when the
// motor starts: asked `latency` ms early, starting `latency` later), the error, and whether a
// click had no buzz within half a beat (missed) or two (doubled).
//
// Then a hold set on the same simulated link: the app's Wrist sends the set's cues (from the
// hold timer's own plan and cue list) once at its start and again after a pause, as times on
// the watch's clock; each cue's first buzz is compared with the cue's time on the phone.
import { EventLoop, fakeBangle } from '../test/helpers/fake-bangle.mjs';
import { median } from './analyse.mjs';

const { WatchBeat } = await import('../build/src/watch/beat-link.js');
const { Wrist } = await import('../build/src/watch/wrist.js');
const { planSession, DEFAULT_HOLD } = await import('../build/src/hold/hold-plan.js');
const { cuesFor } = await import('../build/src/hold/hold-cues.js');
const { CUE_LEAD } = await import('../build/src/hold/hold-session.js');

const RUNS = Number(process.env.WRIST_RUNS ?? 20);
const MINUTES = 30;
const LATENCY = 15;

function seeded(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A watch (our app on the stand-in runtime, its clock `ppm` off) and the phone's side, joined
 * by a link whose messages arrive in order, each 7.5–200 ms late, or not at all while `up(t)`
 * is false. `phone(send)` makes the phone's side from the way to send a line; it returns what
 * takes each line back.
 */
function linked(random, ppm, up, phone) {
  const delay = () => 7.5 + random() * 192.5;
  const loop = new EventLoop();
  const link = () => {
    let last = 0;
    return (deliver) => {
      if (!up(loop.now)) return;
      last = Math.max(last, loop.now + delay());
      loop.at(last, deliver);
    };
  };
  const toWatch = link();
  const toPhone = link();
  let receive;
  const watch = fakeBangle(loop, { ppm, start: 1_764_900_000_000 + random() * 1e9, onSend: (line) => toPhone(() => receive(line)) });
  const timers = { now: () => loop.now, setTimer: (fn, ms) => loop.at(loop.now + ms, fn), clearTimer: (event) => (event.cancelled = true) };
  const side = phone((line) => toWatch(() => watch.deliver(line)), timers);
  receive = (line) => side.receive(line);
  return { loop, watch, side };
}

function simulate(seed) {
  const random = seeded(seed);
  const ppm = (random() * 2 - 1) * 50;
  // The loss falls in minutes 3–13, clear of the tempo change at 15:00 (a change said while the
  // link is down can only reach the watch once it is back).
  const lostFrom = (3 + random() * 10) * 60_000;
  const lostTo = lostFrom + 60_000;
  const up = (t) => t < lostFrom || t >= lostTo;
  const {
    loop,
    watch,
    side: { beat },
  } = linked(random, ppm, up, (send, timers) => {
    const beat = new WatchBeat({ send: (message) => send(`${JSON.stringify(message)}\n`), ...timers });
    return { beat, receive: (line) => beat.receive(JSON.parse(line)) };
  });
  // The phone's clicks: from 2 s in, 170 spm; 176 spm from 15:00 (a beat of the old grid).
  const start = 2000;
  const change = 15 * 60_000;
  const clicks = [];
  const grid1 = { bpm: 170, anchor: start, every: 1, buzzMs: 40, latencyMs: LATENCY, on: true };
  for (let t = start; t < change; t += 60000 / 170) clicks.push(t);
  const switchAt = clicks.at(-1) + 60000 / 170;
  for (let t = switchAt; t < MINUTES * 60_000; t += 60000 / 176) clicks.push(t);
  beat.start();
  loop.at(start - 1500, () => beat.setGrid(grid1));
  // The tempo change is said half a second ahead, in the old grid's last beat.
  loop.at(switchAt - 500, () => beat.setGrid({ ...grid1, bpm: 176, anchor: switchAt }));
  loop.run(MINUTES * 60_000);
  beat.stop();
  // The motor starts LATENCY ms after it is asked (the watch asks that much early).
  const felt = watch.buzzes.map((b) => b.at + LATENCY).filter((t) => t < MINUTES * 60_000 - 500);
  const errors = [];
  const missedAt = [];
  let missed = 0;
  let doubled = 0;
  let j = 0;
  for (let k = 0; k < clicks.length; k++) {
    const click = clicks[k];
    const half = (k + 1 < clicks.length ? clicks[k + 1] - click : click - clicks[k - 1]) / 2;
    while (j < felt.length && felt[j] < click - half) j++;
    let n = 0;
    let best = Infinity;
    for (let i = j; i < felt.length && felt[i] < click + half; i++) {
      n++;
      if (Math.abs(felt[i] - click) < Math.abs(best)) best = felt[i] - click;
    }
    // Clicks count from the wrist's first buzz (the watch starts once its clock is known: see
    // `joined`), and not in the last second (the run ends mid-beat).
    if (!(click >= felt[0] + 500) || click > MINUTES * 60_000 - 1000) continue;
    if (n === 0) {
      missed++;
      missedAt.push(click);
    }
    if (n > 1) doubled++;
    if (n > 0) errors.push({ error: best, at: click, lost: click >= lostFrom && click < lostTo + SYNC_GRACE });
  }
  return { ppm, errors, missed, missedAt, doubled, joined: (felt[0] ?? Infinity) - start, clicks: clicks.length, rounds: beat.rounds, heard: beat.roundsHeard };
}

/** Three sets of 12 five-second holds (5 s rest, 60 s between sets), from 30 s after connecting; paused 20 s in the middle of the second set. */
const HOLD = { ...DEFAULT_HOLD, holdS: 5, restS: 5, reps: 12, sets: 3, setRestS: 60, sides: 'one', leadInS: 3 };

function simulateHold(seed) {
  const random = seeded(seed);
  const ppm = (random() * 2 - 1) * 50;
  // The app's own Wrist, on a simulated link: it keeps the clock and sends the cues.
  const {
    loop,
    watch,
    side: wrist,
  } = linked(
    random,
    ppm,
    () => true,
    (send, timers) => {
      const wrist = new Wrist(timers);
      wrist.latencyMs = LATENCY;
      wrist.attach({ send: async (line) => send(line) });
      return wrist;
    },
  );
  const plan = planSession(HOLD);
  const cues = cuesFor(plan);
  const start = 30_000;
  const pauseAt = plan.find((s) => s.phase === 'hold' && s.holdIndex === 18).start; // the second set's 7th hold
  const pauseFor = 20;
  // Session time → phone time: the pause shifts what follows it.
  const phoneTime = (t) => start + (t < pauseAt ? t : t + pauseFor) * 1000;
  const send = (from) => wrist.cues(cues.filter((c) => c.time >= from).map((c) => ({ kind: c.kind, at: phoneTime(c.time) })));
  // Start and Resume take effect CUE_LEAD later (the hold timer's audio lead): the cues go out then.
  const lead = CUE_LEAD * 1000;
  loop.at(start - lead, () => send(0));
  loop.at(phoneTime(pauseAt) - pauseFor * 1000 - 10, () => wrist.cues([]));
  loop.at(phoneTime(pauseAt) - lead, () => send(pauseAt));
  const end = phoneTime(plan.at(-1).end) + 2000;
  loop.run(end);
  wrist.disconnect();
  const felt = watch.buzzes.map((b) => b.at + LATENCY);
  // Each cue against the buzzes within 100 ms of it (a pattern's later buzzes are 250 ms or more on).
  const errors = [];
  const soon = [];
  let missed = 0;
  let doubled = 0;
  for (const cue of cues) {
    const at = phoneTime(cue.time);
    const near = felt.filter((t) => Math.abs(t - at) <= 100);
    if (!near.length) missed++;
    if (near.length > 1) doubled++;
    if (!near.length) continue;
    const error = Math.min(...near.map((t) => Math.abs(t - at)));
    // The first cue after Start or Resume is due CUE_LEAD after it is sent: a slow message is later than that.
    (cue.time === 0 || cue.time === pauseAt ? soon : errors).push(error);
  }
  return { errors, soon, missed, doubled, cues: cues.length, minutes: (end - start) / 60_000 };
}

/** After the link comes back, the next round (within 30 s) re-syncs: clicks until then count with the loss. */
const SYNC_GRACE = 31_000;

const p95 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];

export function wristBench() {
  const results = Array.from({ length: RUNS }, (_, i) => simulate(i + 1));
  const holds = Array.from({ length: RUNS }, (_, i) => simulateHold(1000 + i));
  const holdErrors = holds.flatMap((h) => h.errors);
  const holdSoon = holds.flatMap((h) => h.soon);
  const all = results.flatMap((r) => r.errors.map((e) => Math.abs(e.error)));
  const lost = results.flatMap((r) => r.errors.filter((e) => e.lost).map((e) => Math.abs(e.error)));
  const linked = results.flatMap((r) => r.errors.filter((e) => !e.lost).map((e) => Math.abs(e.error)));
  const fmt = (v) => v.toFixed(2);
  const row = (what, values) =>
    `| ${what} | ${values.length.toLocaleString('en')} | ${fmt(median(values))} | ${fmt(p95(values))} | ${fmt(values.reduce((a, b) => Math.max(a, b), 0))} |`;
  const missed = results.reduce((s, r) => s + r.missed, 0);
  const doubled = results.reduce((s, r) => s + r.doubled, 0);
  const ppms = results.map((r) => r.ppm);
  return [
    `### The beat on the wrist (simulated; ${RUNS} runs of ${MINUTES} min)`,
    '',
    `Our Bangle.js app on a stand-in Espruino runtime, its clock off by ${fmt(Math.min(...ppms))} to ${fmt(Math.max(...ppms))} ppm; the phone's WatchBeat; each message 7.5–200 ms late, in order; the link lost for 60 s in each run; 170 spm, 176 from 15:00; motor start-up ${LATENCY} ms, buzzed that much early.`,
    '',
    '| buzzes against the phone’s clicks | clicks | median |error| ms | 95th percentile ms | worst ms |',
    '| --- | --- | --- | --- | --- |',
    row('all', all),
    row('with the link up', linked),
    row('link lost 60 s, until the next sync', lost),
    '',
    `Missed clicks (no buzz within half a beat): ${missed}; doubled: ${doubled}; of ${results.reduce((s, r) => s + r.clicks, 0).toLocaleString('en')} clicks. Sync rounds heard back: ${results.reduce((s, r) => s + r.heard, 0)} of ${results.reduce((s, r) => s + r.rounds, 0)}. The wrist's first buzz came ${fmt(median(results.map((r) => r.joined)) / 1000)} s (median; at most ${fmt(Math.max(...results.map((r) => r.joined)) / 1000)} s) after the phone connected and started: it waits until a round of pings pins the watch's clock to ±10 ms, or three rounds.`,
    '',
    `Hold sets on the same link (${RUNS} runs): 3 sets of 12 five-second holds, ${holds[0].minutes.toFixed(1)} min with a 20 s pause, from 30 s after connecting; the cues sent at the start and after the pause, as times on the watch's clock.`,
    '',
    '| cue buzzes against the phone’s cues | cues | median |error| ms | 95th percentile ms | worst ms |',
    '| --- | --- | --- | --- | --- |',
    row('cues of a set under way (go, ticks, release, end)', holdErrors),
    row(`the first cue after Start or Resume (due ${CUE_LEAD * 1000} ms after it is sent)`, holdSoon),
    '',
    `Cues with no buzz within 100 ms: ${holds.reduce((s, h) => s + h.missed, 0)}; with two: ${holds.reduce((s, h) => s + h.doubled, 0)}; of ${holds.reduce((s, h) => s + h.cues, 0).toLocaleString('en')}.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(wristBench());
