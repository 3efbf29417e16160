// Where a cost-page kind spends its CPU, thread by thread (every Chromium process), over 10 s:
// node bench/threads.mjs metronome [390x844]   (any kind of bench/cost.mjs, at a viewport size;
// after npm run bench has built bench/out and dist; Linux only).
import { readdir, readFile } from 'node:fs/promises';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { readStat } from './proc.mjs';
import { play } from './cost.mjs';

const kind = process.argv[2] ?? 'metronome';
const SECONDS = Number(process.env.BENCH_THREAD_SECONDS ?? 10);
const [width, height] = (process.argv[3] ?? '390x844').split('x').map(Number);
const { server, origin } = await serve('bench/out', 0);
const app = await serve('dist', 0);
const browser = await launchChromium();

/** CPU seconds per thread of every Chromium process, labelled process type : thread name. */
async function threads() {
  const seconds = new Map();
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (!cmd.includes('chromium')) continue;
    const type = cmd.match(/--type=([a-z-]+)/)?.[1] ?? 'browser';
    for (const tid of await readdir(`/proc/${pid}/task`).catch(() => [])) {
      const stat = await readStat(`/proc/${pid}/task/${tid}/stat`);
      if (stat) seconds.set(`${pid}/${tid}`, { label: `${type}: ${stat.name}`, cpuSeconds: stat.cpuSeconds });
    }
  }
  return seconds;
}

try {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await play(page, kind, origin, app.origin);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const before = await threads();
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  const after = await threads();
  const byLabel = new Map();
  for (const [key, { label, cpuSeconds }] of after) byLabel.set(label, (byLabel.get(label) ?? 0) + cpuSeconds - (before.get(key)?.cpuSeconds ?? 0));
  console.log(`${kind}: CPU s/min by thread over ${SECONDS} s`);
  for (const [label, used] of [...byLabel].filter(([, t]) => t > 0).sort((a, b) => b[1] - a[1]))
    console.log(`  ${((used / SECONDS) * 60).toFixed(2)}  ${label}`);
} finally {
  await browser.close();
  server.close();
  app.server.close();
}
