// Prints the gzip size of what a page loads first (an entry and its static imports) and of the
// chunks loaded on demand (Tone.js and the audio engines), from dist/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = 'dist';
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** Static imports of a built ES module (`import … from "./x.js"` and `import "./x.js"`). */
function staticImports(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  const found = new Set();
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\/[^"']+)["']/g)) {
    found.add(match[1].slice(2));
  }
  return [...found];
}

function closure(entry) {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    for (const dep of staticImports(queue.pop())) {
      if (!seen.has(dep)) {
        seen.add(dep);
        queue.push(dep);
      }
    }
  }
  return seen;
}

/** What a file set weighs: gzip (what travels) and raw (what a device parses). */
const row = (what, files) => ({
  what,
  gzip: [...files].reduce((sum, f) => sum + gz(f), 0),
  raw: [...files].reduce((sum, f) => sum + statSync(join(dist, f)).size, 0),
});

/** Every row of the table: first loads, app views and chunks loaded on demand. */
export function sizes() {
  const scripts = readdirSync(dist).filter((f) => f.endsWith('.js'));
  const entries = ['knee-app.js', 'kneebeat.js', ...scripts.filter((f) => f.startsWith('knee-') && f !== 'knee-app.js')];
  const rows = [];
  const firstLoad = new Set();
  for (const entry of entries) {
    const files = closure(entry);
    files.forEach((f) => firstLoad.add(f));
    rows.push(row(`first load: ${entry}`, files));
  }
  // Chunks loaded later, each with what it pulls in that the first load does not already have.
  const onDemand = {
    'audio-runtime': 'audio (Tone.js, engines, cues)',
    library: 'exercise library and routine',
    fitsdk: 'FIT encoder (Save FIT; not precached)',
  };
  // For the app, also each view that loads when first shown.
  for (const view of ['knee-run', 'knee-exercise', 'knee-library', 'knee-history', 'knee-settings', 'knee-clinician', 'knee-prescription']) {
    const files = [...closure(`${view}.js`)].filter((f) => !closure('knee-app.js').has(f));
    rows.push(row(`app view on demand: ${view}`, files));
  }
  for (const [prefix, what] of Object.entries(onDemand)) {
    const entry = scripts.find((f) => f.startsWith(`_${prefix}-`));
    if (!entry) continue;
    const files = [...closure(entry)].filter((f) => !firstLoad.has(f));
    rows.push(row(`on demand: ${what}`, files));
  }
  rows.push(row('on demand: metronome-processor.js (worklet)', ['metronome-processor.js']));
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = sizes();
  const width = Math.max(...rows.map(({ what }) => what.length));
  console.log(`${'what'.padEnd(width)}  gzip      raw`);
  for (const { what, gzip, raw } of rows) console.log(`${what.padEnd(width)}  ${kb(gzip).padStart(8)}  ${kb(raw).padStart(8)}`);

  // The budget is the app's first load (index.html loads knee-app.js; other views load on demand).
  const budget = 40 * 1024;
  const app = rows.find(({ what }) => what === 'first load: knee-app.js')?.gzip;
  if (app === undefined) {
    console.error('no knee-app.js in dist/: run npm run build');
    process.exit(1);
  }
  if (app > budget) {
    console.error(`the app's first-load JS, ${kb(app)}, is over the ${kb(budget)} budget`);
    process.exit(1);
  }
  console.log(`app first load ${kb(app)} of a ${kb(budget)} budget`);
}
