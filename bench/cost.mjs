// Cost on the device: CPU seconds per minute of *every* browser process (browser, renderer
// with its main and audio threads, GPU, utility) while one thing plays, each in a browser of
// its own: our <knee-metronome> (visible; and with reduced motion), our <knee-hold-timer> for
// a 10 × 1 and a 50 × 10 set, the app's Run view playing, beside a Tone.js Transport page and
// the classic look-ahead scheduler page playing the same beat with no element, and a blank
// page (the browser's floor). Kinds run in turn, round after round; the table gives each
// run and the median. The kinds in BENCH_COST_SIZED (Tone, the metronome, the Run view and the
// blank floor) run at every viewport in BENCH_COST_SIZES (a round watch, a phone, a desktop),
// the rest at the phone's; each ratio is against the Tone page at the same size. Linux only
// (reads /proc).
// Env: BENCH_COST_SECONDS (per run, default 30), BENCH_COST_RUNS (default 3), BENCH_COST_ONLY,
// BENCH_COST_SIZES (default 240x240,390x844,1280x800), BENCH_COST_SIZED.
import { readdir } from 'node:fs/promises';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { median } from './analyse.mjs';
import { readStat } from './proc.mjs';

const SECONDS = Number(process.env.BENCH_COST_SECONDS ?? 30);
const RUNS = Number(process.env.BENCH_COST_RUNS ?? 3);
const KINDS = (
  process.env.BENCH_COST_ONLY ??
  'blank,tone,lookahead,loop,metronome,metronome-interactive,metronome-still,metronome-unseen,hold-10x1,hold-50x10,app-run,app-run-mix'
).split(',');
const PHONE = '390x844';
const SIZES = (process.env.BENCH_COST_SIZES ?? `240x240,${PHONE},1280x800`).split(',');
const SIZED = new Set((process.env.BENCH_COST_SIZED ?? 'blank,tone,metronome,app-run,app-run-mix').split(','));
/** Every (kind, size) measured, kinds in order, each sized kind at every size. */
const CASES = KINDS.flatMap((kind) => (SIZED.has(kind) ? SIZES : [PHONE]).map((size) => ({ kind, size })));
const SETTLE_MS = Number(process.env.BENCH_COST_SETTLE ?? 3) * 1000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every process started by `root` (the browser), with itself. */
async function processTree(root) {
  const parents = new Map();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readStat(`/proc/${name}/stat`);
    if (stat) parents.set(Number(name), stat.ppid);
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/** User + system CPU seconds used so far by the processes (those still alive). */
async function cpuSeconds(pids) {
  let seconds = 0;
  for (const pid of pids) seconds += (await readStat(`/proc/${pid}/stat`))?.cpuSeconds ?? 0;
  return seconds;
}

/** Opens `kind` in `page` and starts it playing: the app's Run view, or a cost page kind. */
export async function play(page, kind, benchOrigin, appOrigin) {
  if (kind === 'app-run' || kind === 'app-run-mix') {
    // app-run: the app's default, "Keep playing when locked" (the sound also goes through a
    // media element); app-run-mix: "Play along with my music" (the context's output only).
    if (kind === 'app-run-mix') {
      await page.evaluateOnNewDocument(() => localStorage.setItem('kneebeat-settings', JSON.stringify({ audioMode: 'mix' })));
    }
    await page.goto(`${appOrigin}/#/run`, { waitUntil: 'load' });
    const metronome = () => document.querySelector('knee-app')?.shadowRoot?.querySelector('knee-run')?.shadowRoot?.querySelector('knee-metronome');
    await page.waitForFunction(`(${metronome})()?.shadowRoot`, { polling: 100, timeout: 60_000 });
    await page.evaluate(`(${metronome})().start()`);
  } else {
    await page.goto(`${benchOrigin}/cost.html?play=${kind}`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'costbench' in window, { polling: 100, timeout: 60_000 });
    await page.evaluate((what) => window.costbench.play(what), kind);
  }
}

async function measure({ kind, size }, benchOrigin, appOrigin) {
  const browser = await launchChromium(kind === 'metronome-still' ? ['--force-prefers-reduced-motion'] : []);
  try {
    const page = await browser.newPage();
    const [width, height] = size.split('x').map(Number);
    await page.setViewport({ width, height });
    page.on('pageerror', (error) => console.error(`${kind}: page error:`, error.message));
    await play(page, kind, benchOrigin, appOrigin);
    await sleep(SETTLE_MS);
    const pids = await processTree(browser.process().pid);
    const before = await cpuSeconds(pids);
    await sleep(SECONDS * 1000);
    const after = await cpuSeconds(pids);
    return ((after - before) / SECONDS) * 60;
  } finally {
    await browser.close();
  }
}

const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

export async function costTable() {
  const bench = await serve('bench/out', 0);
  const app = await serve('dist', 0);
  const key = ({ kind, size }) => `${kind}@${size}`;
  const results = new Map(CASES.map((c) => [key(c), []]));
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const c of CASES) {
        const perMinute = await measure(c, bench.origin, app.origin);
        results.get(key(c)).push(perMinute);
        console.error(`cost: ${key(c)} run ${run + 1}: ${fmt(perMinute)} CPU s/min`);
      }
    }
  } finally {
    bench.server.close();
    app.server.close();
  }
  const medianOf = (kind, size) => median(results.get(key({ kind, size })) ?? []);
  const lines = [
    `Cost on the device: CPU seconds per minute of all browser processes (browser, renderer incl. its audio thread, GPU, utility), ${SECONDS} s per run after ${SETTLE_MS / 1000} s to settle, ${RUNS} runs per kind in turn, a fresh headless Chromium each, visible page at the size given; ratios against the Tone page at the same size:`,
    '',
    "| what plays | size | runs (CPU s/min) | median | × Tone page | above blank, × Tone's |",
    '| --- | --- | --- | --- | --- | --- |',
    ...CASES.map(({ kind, size }) => {
      const m = medianOf(kind, size);
      const tone = medianOf('tone', size);
      const blank = medianOf('blank', size);
      const ratio = kind === 'blank' ? '' : fmt(m / tone);
      const above = kind === 'blank' || kind === 'tone' ? '' : fmt((m - blank) / (tone - blank));
      return `| ${kind} | ${size.replace('x', ' × ')} | ${results
        .get(key({ kind, size }))
        .map((v) => fmt(v))
        .join(', ')} | ${fmt(m)} | ${ratio} | ${above} |`;
    }),
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await costTable());
