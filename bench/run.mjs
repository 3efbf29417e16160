// npm run bench — records the audio each metronome really outputs, in headless Chromium, and
// prints one table: our worklet engine vs Tone.js's default Transport + Loop vs a setInterval
// metronome, at 173 and 180 spm, idle / main thread stalled 150 ms every 500 ms / tab hidden.
//
// Then the hold timer: the real audio of a 3-rep set (5 s holds, 2 s rests, no lead-in), every
// cue's error against its plan, ours (cues on the audio clock) vs a setInterval countdown.
//
// Env: BENCH_SECONDS (per run, default 60), BENCH_SOAK_MINUTES (heap soak of our engine,
// default: as long as the main runs), BENCH_ONLY=ours,ours-media,ours-stream,tone-transport,setinterval
// (metronome engines to run; ours-stream only on request), BENCH_CONDITIONS=idle,stalled,hidden,
// BENCH_PARTS=metronome,hold,history,steps,report,rx,wrist,kit,cost (which parts; all by default).
//
// The sound kit: the audio chunk's size and the time to render each part of the kit (Tone.js
// instruments rendered offline into the buffers the worklets play).
//
// Last, the cost on the device (bench/cost.mjs): CPU of every browser process per minute while
// our elements play, beside a Tone.js Transport page and a look-ahead scheduler page.
//
// Then the session log: with 5 years of records (3 a day), the time to open <knee-history>
// (store read + first render) and to save one record, beside a bare IndexedDB getAll.
import { mkdir, writeFile } from 'node:fs/promises';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { analyse, median } from './analyse.mjs';
import { kb, sizes } from '../scripts/size.mjs';

/** The delay the app assumes for the media element (src/audio/media-route.ts), read from the build. */
const { MEDIA_ROUTE_DELAY } = await import('../build/src/audio/media-route.js');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const ENGINES = (process.env.BENCH_ONLY ?? 'ours,ours-media,tone-transport,setinterval').split(',');
const BPMS = [173, 180];
const CONDITIONS = (process.env.BENCH_CONDITIONS ?? 'idle,stalled,hidden').split(',');
const PARTS = (process.env.BENCH_PARTS ?? 'metronome,hold,history,steps,report,rx,wrist,kit,cost').split(',');
const KIT_RUNS = 7;
const SOAK_MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? (BPMS.length * CONDITIONS.length * (SECONDS + 6)) / 60);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A free port (BENCH_PORT to choose one), listening before the first page opens.
const { server, origin } = await serve('bench/out', Number(process.env.BENCH_PORT ?? 0));
const URL = `${origin}/`;
const browser = await launchChromium();

/** A page of its own (own browser context, so its own renderer process and main thread). */
async function openPage() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(URL, { waitUntil: 'load' });
  await page.waitForFunction(() => 'kneebench' in window);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

async function mainThreadSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

async function heapBytes(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

async function runOne(engine, bpm, condition) {
  const { context, page, cdp } = await openPage();
  try {
    const info = await page.evaluate((e, b) => window.kneebench.prepare(e, b), engine, bpm);
    let visibility = 'visible';
    const cpuBefore = await mainThreadSeconds(cdp);
    const startedAt = Date.now();
    const tapTime = await page.evaluate(() => window.kneebench.tap());
    if (condition === 'stalled') await page.evaluate(() => window.kneebench.stall(150, 500));
    if (condition === 'hidden') {
      const cover = await context.newPage();
      await cover.bringToFront();
      await sleep(200);
      visibility = await page.evaluate(() => document.visibilityState);
    }
    await sleep(SECONDS * 1000);
    const result = await page.evaluate(() => window.kneebench.collect());
    const minutes = (Date.now() - startedAt) / 60000;
    const cpu = ((await mainThreadSeconds(cdp)) - cpuBefore - result.stallMs / 1000) / minutes;
    const figures = analyse(result.onsets, { sampleRate: result.sampleRate, bpm, tapTime, windowSeconds: SECONDS - 1, endFrame: result.endFrame });
    return { engine, bpm, condition, visibility, sampleRate: info.sampleRate, cpuSecondsPerMinute: cpu, ...figures };
  } finally {
    await context.close();
  }
}

/** Our engine for SOAK_MINUTES: heap at start and end, and the beat over the whole run. */
async function soak() {
  const { context, page, cdp } = await openPage();
  try {
    await page.evaluate(() => window.kneebench.prepare('ours', 180));
    const wallStart = Date.now();
    const tapTime = await page.evaluate(() => window.kneebench.tap());
    await sleep(5000);
    const heapStart = await heapBytes(cdp);
    await sleep(SOAK_MINUTES * 60000 - 5000);
    const heapEnd = await heapBytes(cdp);
    const result = await page.evaluate(() => window.kneebench.collect());
    const wallSeconds = (Date.now() - wallStart) / 1000;
    const audioSeconds = result.endFrame / result.sampleRate - tapTime;
    const figures = analyse(result.onsets, { sampleRate: result.sampleRate, bpm: 180, tapTime, windowSeconds: SOAK_MINUTES * 60, endFrame: result.endFrame });
    return { minutes: SOAK_MINUTES, heapStart, heapEnd, audioPerWall: audioSeconds / wallSeconds, ...figures };
  } finally {
    await context.close();
  }
}

/** Tap → first click for a cold start (context, worklet and engine created in the tap). */
async function coldStarts(times = 5) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    const { context, page } = await openPage();
    samples.push(await page.evaluate(() => window.kneebench.coldStart(173)));
    await context.close();
  }
  return {
    tapToScheduledMs: median(samples.map((s) => s.tapToScheduledMs)),
    tapToHeardMs: median(samples.map((s) => s.tapToHeardMs)),
  };
}

/**
 * Start → first click on the app's run screen, as a user gets it: a fresh page opens #/run
 * (the screen preloads the audio code), a real mouse press on Start (trusted, so the press
 * readies the audio), and the first beat's moment from the element's own beat report.
 */
async function runScreenStarts(mode, times = 5) {
  const { server: appServer, origin: appOrigin } = await serve('dist', 0);
  const samples = [];
  try {
    for (let i = 0; i < times; i++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(`${appOrigin}/`, { waitUntil: 'load' });
      // A continuous run: with a walk/run plan (a new user's default, from the program) Start
      // sounds the run cue at once and the first beat one step after it, by design.
      await page.evaluate((audioMode) => localStorage.setItem('kneebeat-settings', JSON.stringify({ audioMode, runPlan: { intervals: null } })), mode);
      // A new document (not a hash change), so the app starts with the setting.
      await page.goto(`${appOrigin}/?${mode}#/run`, { waitUntil: 'networkidle0' });
      const toggle = await page.waitForFunction(
        () =>
          document
            .querySelector('knee-app')
            ?.shadowRoot?.querySelector('knee-run')
            ?.shadowRoot?.querySelector('knee-metronome')
            ?.shadowRoot?.querySelector('[part~="toggle"]'),
        { timeout: 20000, polling: 50 },
      );
      await page.evaluate(() => {
        const metronome = document.querySelector('knee-app').shadowRoot.querySelector('knee-run').shadowRoot.querySelector('knee-metronome');
        addEventListener('pointerdown', (e) => (window.benchPress = e.timeStamp), { capture: true, once: true });
        const heard = metronome.beatHeard.bind(metronome);
        metronome.beatHeard = (beat, heardAt) => {
          window.benchFirst ??= { heardAt, time: beat.time };
          heard(beat, heardAt);
        };
      });
      await toggle.click();
      await page.waitForFunction(() => window.benchFirst, { timeout: 20000, polling: 20 });
      samples.push(
        await page.evaluate(async () => {
          // The app's own audio module (same URL, so the same instance and the live context).
          const url = performance.getEntriesByType('resource').find((e) => e.name.includes('_audio-runtime-'))?.name;
          const raw = url ? (await import(url)).audioContext().rawContext : null;
          return { toHeardMs: window.benchFirst.heardAt - window.benchPress, outputLatencyMs: raw ? raw.outputLatency * 1000 : NaN };
        }),
      );
      await context.close();
    }
  } finally {
    appServer.close();
  }
  return samples;
}

/** One hold-timer run: every cue's error (ms) against its planned audio time. */
async function holdRun(kind, condition) {
  const { context, page } = await openPage();
  try {
    const { cues, sampleRate } = await page.evaluate((k) => window.kneebench.holdPrepare(k), kind);
    let visibility = 'visible';
    if (condition === 'hidden') {
      const cover = await context.newPage();
      await cover.bringToFront();
      await sleep(200);
      visibility = await page.evaluate(() => document.visibilityState);
    }
    if (condition === 'stalled') await page.evaluate(() => window.kneebench.stall(150, 500));
    const t0 = await page.evaluate(() => window.kneebench.holdStart());
    // Wait in audio time: on a loaded machine the audio clock can run slower than the wall's.
    const end = t0 + cues.at(-1).time + 1;
    await sleep((cues.at(-1).time + 1) * 1000);
    await page.waitForFunction((until) => window.kneebench.audioNow() >= until, { timeout: 60000, polling: 100 }, end);
    const { onsets } = await page.evaluate(() => window.kneebench.collect());
    const errors = cues.map((cue) => {
      const planned = (t0 + cue.time) * sampleRate;
      const nearest = onsets.reduce((best, frame) => (Math.abs(frame - planned) < Math.abs(best - planned) ? frame : best), Infinity);
      const error = ((nearest - planned) / sampleRate) * 1000;
      return { kind: cue.kind, time: cue.time, errorMs: Math.abs(error) < 500 ? error : NaN };
    });
    return { timer: kind, condition, visibility, heard: onsets.length, errors };
  } finally {
    await context.close();
  }
}

const fmt = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const started = Date.now();
const soakRun = PARTS.includes('metronome') ? soak() : null;
const cold = PARTS.includes('metronome') ? await coldStarts() : null;
const runStarts = PARTS.includes('metronome') ? { locked: await runScreenStarts('locked'), mix: await runScreenStarts('mix') } : null;
const rows = [];
if (PARTS.includes('metronome')) {
  for (const condition of CONDITIONS) {
    for (const bpm of BPMS) {
      process.stderr.write(`bench: ${condition} at ${bpm} spm (${SECONDS} s)…\n`);
      rows.push(...(await Promise.all(ENGINES.map((engine) => runOne(engine, bpm, condition)))));
    }
  }
}
const holdRows = [];
if (PARTS.includes('hold')) {
  for (const condition of ['stalled', 'hidden']) {
    process.stderr.write(`bench: hold timer, ${condition}…\n`);
    holdRows.push(...(await Promise.all(['ours', 'setinterval'].map((kind) => holdRun(kind, condition)))));
  }
}
let history = null;
if (PARTS.includes('history')) {
  process.stderr.write('bench: session log, 75,000 records…\n');
  const { context, page } = await openPage();
  try {
    const parseMs = await page.evaluate(() => window.kneebench.parseOnMainThread(75_000));
    const seeded = await page.evaluate(() => window.kneebench.historySeed(75_000, 5 * 365));
    const opens = [];
    const raws = [];
    const saves = [];
    for (let i = 0; i < 11; i++) {
      raws.push(await page.evaluate(() => window.kneebench.rawGetAll()));
      opens.push(await page.evaluate(() => window.kneebench.historyOpen()));
    }
    for (let i = 0; i < 31; i++) saves.push(await page.evaluate(() => window.kneebench.historySave()));
    history = {
      records: seeded.count,
      openMs: median(opens.map((o) => o.rendered)),
      openFrameMs: median(opens.map((o) => o.frame)),
      rawGetAllMs: median(raws.map((r) => r.ms)),
      saveMs: median(saves),
      saveMaxMs: Math.max(...saves),
      shown: opens[0].sessions,
      megabytes: seeded.megabytes,
      importMs: seeded.importMs,
      importLongestTaskMs: seeded.longestTaskMs,
      importLongTasks: seeded.longTasks,
      importProgressCalls: seeded.progressCalls,
      parseOnMainThreadMs: parseMs,
    };
    // The same size of log, all of it recent (the last 60 days: History reads that much at once),
    // and its exports: the longest main-thread task of each (goal: none over 100 ms).
    process.stderr.write('bench: session log, 72,000 records in 60 days…\n');
    const recent = await page.evaluate(() => window.kneebench.historySeed(72_000, 60));
    const recentOpens = [];
    for (let i = 0; i < 5; i++) recentOpens.push(await page.evaluate(() => window.kneebench.historyOpenTasks()));
    const todayOpens = [];
    for (let i = 0; i < 5; i++) todayOpens.push(await page.evaluate(() => window.kneebench.todayOpenTasks()));
    const exports = {};
    for (const format of ['json', 'csv']) exports[format] = await page.evaluate((f) => window.kneebench.historyExportTasks(f), format);
    history.recent = {
      records: recent.count,
      megabytes: recent.megabytes,
      importLongestTaskMs: recent.longestTaskMs,
      openLongestTaskMs: median(recentOpens.map((o) => o.longestTaskMs)),
      openLongestTaskMaxMs: Math.max(...recentOpens.map((o) => o.longestTaskMs)),
      openMs: median(recentOpens.map((o) => o.ms)),
      shown: recentOpens[0].shown,
      todayLongestTaskMs: median(todayOpens.map((o) => o.longestTaskMs)),
      todayLongestTaskMaxMs: Math.max(...todayOpens.map((o) => o.longestTaskMs)),
      todayMs: median(todayOpens.map((o) => o.ms)),
      todayTraining: todayOpens[0].training,
      exports,
    };
  } finally {
    await context.close();
  }
}
const soakResult = await soakRun;

const report = [];
if (rows.length) {
  const header = [
    'engine',
    'spm',
    'condition',
    'expected',
    'heard',
    'dropped',
    'interval SD ms',
    'interval max dev ms',
    'max grid error ms',
    'tap→first click ms',
    'main-thread CPU s/min',
  ];
  report.push(
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(
      (r) =>
        `| ${[
          r.engine,
          r.bpm,
          r.condition + (r.condition === 'hidden' ? ` (${r.visibility})` : ''),
          r.expected,
          r.heard,
          r.dropped + (r.doubled ? ` (+${r.doubled} doubled)` : ''),
          fmt(r.intervalSdMs),
          fmt(r.maxIntervalDeviationMs),
          fmt(r.maxGridErrorMs, 3),
          fmt(r.tapToFirstClickMs, 1),
          fmt(r.cpuSecondsPerMinute, 3),
        ].join(' | ')} |`,
    ),
  );
  const cpu = (engine) => median(rows.filter((r) => r.engine === engine).map((r) => r.cpuSecondsPerMinute));
  report.push(
    '',
    `Sample rate ${rows[0].sampleRate} Hz; ${SECONDS} s per run; the engines of a row group ran at the same time, each in its own renderer. Tap→first click is audio-clock time from the (simulated) tap on a running context to the first click's onset.`,
    `Cold start (context + worklet + engine created in the tap), median of 5: tap → first click scheduled ${fmt(cold.tapToScheduledMs, 1)} ms, heard (incl. output latency) ${fmt(cold.tapToHeardMs, 1)} ms.`,
    ...Object.entries(runStarts).map(([mode, runs]) => {
      const route = mode === 'locked' ? MEDIA_ROUTE_DELAY : 0;
      return `Run screen, ${mode} mode (the app at #/run, a continuous run, fresh page each, real mouse press on Start), median of ${runs.length}: press → first click heard ${fmt(median(runs.map((r) => r.toHeardMs)), 1)} ms, of which output latency ${fmt(median(runs.map((r) => r.outputLatencyMs)), 1)} ms${route ? ` and the media element's ${route} ms` : ''}: ${fmt(median(runs.map((r) => r.toHeardMs - r.outputLatencyMs - route)), 1)} ms to the first click's place on the audio clock. Each heard: ${runs.map((r) => fmt(r.toHeardMs, 1)).join(', ')} ms.`;
    }),
    `Media-element route (ours-media: what the <audio> element plays, captured back): tap → first click minus ours' (direct), medians: ${fmt(median(rows.filter((r) => r.engine === 'ours-media').map((r) => r.tapToFirstClickMs)) - median(rows.filter((r) => r.engine === 'ours').map((r) => r.tapToFirstClickMs)), 1)} ms added by the route.`,
    `Main-thread CPU, medians over all rows: ours ${fmt(cpu('ours'), 3)}, Tone Transport ${fmt(cpu('tone-transport'), 3)}, setInterval ${fmt(cpu('setinterval'), 3)} s/min; ours / Tone = ${fmt(cpu('ours') / cpu('tone-transport'), 3)}.`,
    `Soak, ours at 180 spm for ${fmt(soakResult.minutes, 1)} min: JS heap ${fmt(soakResult.heapStart / 1024, 0)} KB at start, ${fmt(soakResult.heapEnd / 1024, 0)} KB at end; ${soakResult.heard} beats heard of ${soakResult.expected} expected (in audio time; the audio clock ran at ${fmt(soakResult.audioPerWall, 4)}× the wall clock), ${soakResult.dropped} dropped, max grid error ${fmt(soakResult.maxGridErrorMs, 3)} ms.`,
  );
}
if (holdRows.length) {
  const maxAbs = (errors) => Math.max(...errors.map((e) => (Number.isFinite(e.errorMs) ? Math.abs(e.errorMs) : Infinity)));
  const header = ['hold timer', 'condition', 'cues planned', 'cues missing', 'go/release max error ms', 'all cues max error ms', 'median error ms'];
  report.push(
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...holdRows.map((r) => {
      const goRelease = r.errors.filter((e) => ['go', 'release', 'end'].includes(e.kind));
      return `| ${[
        r.timer,
        r.condition + (r.condition === 'hidden' ? ` (${r.visibility})` : ''),
        r.errors.length,
        r.errors.filter((e) => !Number.isFinite(e.errorMs)).length,
        fmt(maxAbs(goRelease), 3),
        fmt(maxAbs(r.errors), 3),
        fmt(median(r.errors.map((e) => e.errorMs)), 3),
      ].join(' | ')} |`;
    }),
    '',
    'Every cue (kind@planned s: error ms):',
    ...holdRows.map((r) => `- ${r.timer}, ${r.condition}: ${r.errors.map((e) => `${e.kind}@${e.time} ${fmt(e.errorMs, 2)}`).join(', ')}`),
  );
}
if (history) {
  report.push(
    '',
    '| session log (75,000 records over 5 years) | median ms | vs bare getAll |',
    '| --- | --- | --- |',
    `| bare IndexedDB open + getAll (baseline) | ${fmt(history.rawGetAllMs, 1)} | 1.00 |`,
    `| open <knee-history>: read + validate + first render | ${fmt(history.openMs, 1)} | ${fmt(history.openMs / history.rawGetAllMs, 2)} |`,
    `| … to the next animation frame | ${fmt(history.openFrameMs, 1)} | ${fmt(history.openFrameMs / history.rawGetAllMs, 2)} |`,
    `| save one record (max of 31: ${fmt(history.saveMaxMs, 1)}) | ${fmt(history.saveMs, 2)} | ${fmt(history.saveMs / history.rawGetAllMs, 3)} |`,
    `| import the ${fmt(history.megabytes, 1)} MB file (in a worker; ${fmt(history.importMs / 1000, 1)} s, ${history.importProgressCalls} progress reports): longest main-thread task | ${history.importLongTasks ? fmt(history.importLongestTaskMs, 1) : 'none over 50 (the Long Tasks API reports only those)'} | — |`,
    `| baseline: JSON.parse of the same-sized file on the main thread (one task) | ${fmt(history.parseOnMainThreadMs, 1)} | — |`,
    '',
    `${history.records} records; 11 opens and 31 saves, medians. The history showed "${history.shown}".`,
  );
  const r = history.recent;
  if (r) {
    const task = (ms) => (ms > 0 ? fmt(ms, 1) : 'none over 50');
    report.push(
      '',
      `| session log, ${r.records.toLocaleString('en')} records all in the last 60 days | longest main-thread task (ms) | whole (ms) |`,
      '| --- | --- | --- |',
      `| import the ${fmt(r.megabytes, 1)} MB file | ${task(r.importLongestTaskMs)} | — |`,
      `| open <knee-history> (median of 5; worst ${task(r.openLongestTaskMaxMs)}) | ${task(r.openLongestTaskMs)} | ${fmt(r.openMs, 0)} |`,
      `| open <knee-today>: read the rules' 90 days, decide the day (median of 5; worst ${task(r.todayLongestTaskMaxMs)}) | ${task(r.todayLongestTaskMs)} | ${fmt(r.todayMs, 0)} |`,
      `| export JSON (${fmt(r.exports.json.megabytes, 1)} MB, in a worker) | ${task(r.exports.json.longestTaskMs)} | ${fmt(r.exports.json.ms, 0)} |`,
      `| export CSV (${fmt(r.exports.csv.megabytes, 1)} MB, in a worker) | ${task(r.exports.csv.longestTaskMs)} | ${fmt(r.exports.csv.ms, 0)} |`,
      '',
      `Long tasks are read from the Long Tasks API, which reports only tasks over 50 ms. The history showed "${r.shown}"; Today decided "${r.todayTraining}".`,
    );
  }
}
if (PARTS.includes('steps')) {
  const { evaluate, detectorCost } = await import('../scripts/step-accuracy.mjs');
  const pct = (x) => `${(x * 100).toFixed(1)} %`;
  const byRate = [25, 50, 100].map(evaluate);
  const at50 = byRate[1];
  const costs = [0, 1, 2, 3, 4].map(() => detectorCost(10).msPerMinute);
  const cost = median(costs);
  const ours = rows.length ? median(rows.filter((r) => r.engine === 'ours').map((r) => r.cpuSecondsPerMinute)) : NaN;
  report.push(
    '',
    '| step detector: phone recording (50 Hz) | position | true steps | counted | accuracy | cadence error, median / 90th pct (steps/min) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...at50.phones.map(
      (p) => `| ${p.name} | ${p.position} | ${p.truth} | ${p.counted} | ${pct(p.accuracy)} | ${fmt(p.cadenceErrorMedian, 1)} / ${fmt(p.cadenceErrorP90, 1)} |`,
    ),
    '',
    '| step detector, summary | 25 Hz | 50 Hz | 100 Hz |',
    '| --- | --- | --- | --- |',
    `| phone recordings (12): median accuracy | ${byRate.map((r) => pct(r.phoneMedian)).join(' | ')} |`,
    `| phone recordings: worst | ${byRate.map((r) => pct(r.phoneWorst)).join(' | ')} |`,
    `| wrist clips (Pebble, 25 Hz as recorded): within the accepted range | ${byRate.map((r) => `${r.clipsInRange} of ${r.clips.length}`).join(' | ')} |`,
    `| wrist walks and runs: median accuracy | ${byRate.map((r) => pct(r.wristMedian)).join(' | ')} |`,
    `| footfall times against the foot switches: median \\|error\\| (ms), every true step of the 12 recordings | ${byRate.map((r) => fmt(r.footfallMedianAbs, 1)).join(' | ')} |`,
    `| …true steps with a footfall reported within 150 ms | ${byRate.map((r) => pct(r.footfallMatched)).join(' | ')} |`,
    "| for comparison, reported by others (not run here): the Oxford project's own algorithm on its validation walks, median / worst | 96.7 % / 53.9 % | | |",
    "| …a phone's hardware step counter on the same walks | 99.4 % | | |",
    '',
    `Clips outside their range: ${
      at50.clips
        .filter((c) => !c.inRange)
        .map((c) => `${c.name} ${c.counted} (accepted ${c.min}–${c.max})`)
        .join('; ') || 'none'
    }. Not-walking clips (desk, table, car, washing up, vitamins, arm raises…): ${at50.clips
      .filter((c) => c.kind === 'not walking')
      .map((c) => `${c.name} ${c.counted}`)
      .join(', ')} steps.`,
    `Detector cost: ${fmt(cost, 2)} ms of CPU per minute of 100 Hz data (Node, median of 5 runs of 10 min: ${costs.map((c) => fmt(c, 2)).join(', ')})${Number.isFinite(ours) ? `; beside our running beat's main-thread ${fmt(ours * 1000, 0)} ms per minute, measuring adds ${fmt((cost / (ours * 1000)) * 100, 1)} %` : ''}.`,
  );
}
// The parts that run in Node alone, each a module whose function returns its section.
for (const [part, what, load] of [
  ['report', 'physio report and run files', async () => (await import('./report-bench.mjs')).reportBench()],
  ['wrist', 'the beat on the wrist (simulated)', async () => (await import('./wrist-bench.mjs')).wristBench()],
  ['rx', "the physio's plan link", async () => (await import('./rx-bench.mjs')).rxBench()],
]) {
  if (!PARTS.includes(part)) continue;
  process.stderr.write(`bench: ${what}…\n`);
  report.push('', await load());
}
if (PARTS.includes('kit')) {
  process.stderr.write('bench: sound kit renders…\n');
  const { context, page } = await openPage();
  try {
    const { rate, parts } = await page.evaluate((runs) => window.kneebench.kitRenders(runs), KIT_RUNS);
    const audio = sizes().find(({ what }) => what.startsWith('on demand: audio'));
    report.push(
      '',
      `### Sound kit (Tone.js instruments rendered offline into the worklet's buffers)`,
      '',
      `Audio chunk (Tone.js, the kit, the engines; loaded on the first Start): ${kb(audio.gzip)} gzip, ${kb(audio.raw)} to parse.`,
      `Render time per part at ${rate} Hz, fresh each time, one part at a time, median of ${KIT_RUNS} (first render in brackets: it includes compiling Tone's code):`,
      '',
      '| part | sounds (s of audio) | median ms | first ms |',
      '| --- | --- | --- | --- |',
      ...parts.map(({ part, ms, seconds }) => `| ${part} | ${fmt(seconds, 2)} | ${fmt(median(ms), 1)} | (${fmt(ms[0], 1)}) |`),
      `| all parts | | ${fmt(
        parts.reduce((sum, { ms }) => sum + median(ms), 0),
        1,
      )} | |`,
      '',
      "What a user waits for: the chosen click voice on the first Start (the run screen renders it when it opens); the hold cues when a hold timer first starts; the walk/run cues when a plan is first set. Each is kept for the page's life.",
    );
  } finally {
    await context.close();
  }
}
if (PARTS.includes('cost')) {
  // Last: it launches a browser per measurement, and nothing else should be running meanwhile.
  const { costTable } = await import('./cost.mjs');
  report.push('', await costTable());
}
report.push('', `Total bench time ${fmt((Date.now() - started) / 60000, 1)} min.`);
const text = report.join('\n');
console.log(text);
await mkdir('bench/out', { recursive: true });
await writeFile(`bench/out/results-${PARTS.join('-')}.md`, text + '\n');
await writeFile(`bench/out/results-${PARTS.join('-')}.json`, JSON.stringify({ rows, cold, runStarts, soak: soakResult, hold: holdRows, history }, null, 2));
await browser.close();
server.closeAllConnections();
server.close();
