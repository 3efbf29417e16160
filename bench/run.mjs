// npm run bench — records the audio each metronome really outputs, in headless Chromium, and
// prints one table: our worklet engine vs Tone.js's default Transport + Loop vs a setInterval
// metronome, at 173 and 180 spm, idle / main thread stalled 150 ms every 500 ms / tab hidden.
//
// Env: BENCH_SECONDS (per run, default 60), BENCH_SOAK_MINUTES (heap soak of our engine,
// default: as long as the main runs), BENCH_ONLY=ours,setinterval (engines to run).
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { launchChromium } from '../scripts/chromium.mjs';
import { analyse, median } from './analyse.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const ENGINES = (process.env.BENCH_ONLY ?? 'ours,tone-transport,setinterval').split(',');
const BPMS = [173, 180];
const CONDITIONS = ['idle', 'stalled', 'hidden'];
const SOAK_MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? (BPMS.length * CONDITIONS.length * (SECONDS + 6)) / 60);
const PORT = 8124;
const URL = `http://localhost:${PORT}/`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const server = spawn(process.execPath, ['scripts/serve.mjs', 'bench/out'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await sleep(400);
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
    const figures = analyse(result.onsets, { sampleRate: result.sampleRate, bpm, tapTime, windowSeconds: SECONDS - 1 });
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
    const tapTime = await page.evaluate(() => window.kneebench.tap());
    await sleep(5000);
    const heapStart = await heapBytes(cdp);
    await sleep(SOAK_MINUTES * 60000 - 5000);
    const heapEnd = await heapBytes(cdp);
    const result = await page.evaluate(() => window.kneebench.collect());
    const figures = analyse(result.onsets, { sampleRate: result.sampleRate, bpm: 180, tapTime, windowSeconds: SOAK_MINUTES * 60 - 1 });
    return { minutes: SOAK_MINUTES, heapStart, heapEnd, ...figures };
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

const fmt = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const started = Date.now();
const soakRun = soak();
const cold = await coldStarts();
const rows = [];
for (const condition of CONDITIONS) {
  for (const bpm of BPMS) {
    process.stderr.write(`bench: ${condition} at ${bpm} spm (${SECONDS} s)…\n`);
    rows.push(...(await Promise.all(ENGINES.map((engine) => runOne(engine, bpm, condition)))));
  }
}
const soakResult = await soakRun;

const header = [
  'engine', 'spm', 'condition', 'expected', 'heard', 'dropped', 'interval SD ms', 'interval max dev ms',
  'max grid error ms', 'tap→first click ms', 'main-thread CPU s/min',
];
const lines = [
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...rows.map((r) =>
    `| ${[
      r.engine, r.bpm, r.condition + (r.condition === 'hidden' ? ` (${r.visibility})` : ''), r.expected, r.heard,
      r.dropped + (r.doubled ? ` (+${r.doubled} doubled)` : ''), fmt(r.intervalSdMs), fmt(r.maxIntervalDeviationMs),
      fmt(r.maxGridErrorMs, 3), fmt(r.tapToFirstClickMs, 1), fmt(r.cpuSecondsPerMinute, 3),
    ].join(' | ')} |`,
  ),
];
const ours = rows.filter((r) => r.engine === 'ours');
const tone = rows.filter((r) => r.engine === 'tone-transport');
const cpuRatio = median(ours.map((r) => r.cpuSecondsPerMinute)) / median(tone.map((r) => r.cpuSecondsPerMinute));
const summary = [
  `Sample rate ${rows[0]?.sampleRate} Hz; ${SECONDS} s per run; the three engines of a row group ran at the same time, each in its own renderer.`,
  `Cold start (context + worklet + engine created in the tap), median of 5: tap → first click scheduled ${fmt(cold.tapToScheduledMs, 1)} ms, heard (incl. output latency) ${fmt(cold.tapToHeardMs, 1)} ms.`,
  `Main-thread CPU, ours / Tone Transport (medians over all rows): ${fmt(cpuRatio, 3)}.`,
  `Soak, ours at 180 spm for ${fmt(soakResult.minutes, 1)} min: JS heap ${fmt(soakResult.heapStart / 1024, 0)} KB at start, ${fmt(soakResult.heapEnd / 1024, 0)} KB at end; ${soakResult.heard} beats heard of ${soakResult.expected} expected, ${soakResult.dropped} dropped, max grid error ${fmt(soakResult.maxGridErrorMs, 3)} ms.`,
  `Total bench time ${fmt((Date.now() - started) / 60000, 1)} min.`,
];
const report = [...lines, '', ...summary].join('\n');
console.log(report);
await mkdir('bench/out', { recursive: true });
await writeFile('bench/out/results.md', report + '\n');
await writeFile('bench/out/results.json', JSON.stringify({ rows, cold, soak: soakResult }, null, 2));
await browser.close();
server.kill();
