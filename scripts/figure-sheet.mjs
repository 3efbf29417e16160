// Every exercise figure on one sheet, start pose faint under the end pose (what reduced
// motion shows), for checking the drawings by eye: docs/screenshots/figures.png.
// Usage: npm run tsc && node scripts/figure-sheet.mjs
import { FIGURES, SUPPORT_TOP, propExtent } from '../build/content/figures.js';
import { EXERCISES } from '../build/content/exercises.js';
import { FLOOR_Y, figurePaths, frameAround } from '../build/src/figures/pose.js';
import { launchChromium } from './chromium.mjs';

const paths = (pose, cls) => {
  const p = figurePaths(pose);
  return `<g class="${cls}">${['far', 'farArm'].map((k) => `<path class="far" d="${p[k]}"/>`).join('')}${['body', 'near', 'arm'].map((k) => `<path d="${p[k]}"/>`).join('')}<circle cx="${p.head[0]}" cy="${p.head[1]}" r="5"/></g>`;
};
const prop = (q) =>
  ({
    wall: () => `<path class="prop" d="M${q.x} -20 L${q.x} ${FLOOR_Y}"/>`,
    step: () => `<rect class="prop fill" x="${q.x}" y="${FLOOR_Y - q.height}" width="${q.width}" height="${q.height}"/>`,
    ball: () => `<circle class="prop fill" cx="${q.x}" cy="${q.y}" r="${q.r}"/>`,
    support: () => `<path class="prop" d="M${q.x} ${FLOOR_Y} L${q.x} ${SUPPORT_TOP} L${q.x + 14} ${SUPPORT_TOP}"/>`,
    line: () => `<path class="prop" d="M${q.x} ${FLOOR_Y - 3} L${q.x} ${FLOOR_Y + 3}"/>`,
  })[q.kind]();
const cells = EXERCISES.map((e) => {
  const f = FIGURES[e.id];
  if (!f) return `<figure><b>${e.id}: no figure</b></figure>`;
  const frame = frameAround([f.start, f.end], (f.props ?? []).flatMap(propExtent));
  const [left, , width] = frame.split(' ').map(Number);
  return `<figure><svg viewBox="${frame}"><path class="floor" d="M${left} ${FLOOR_Y + 1.5} L${left + width} ${FLOOR_Y + 1.5}"/>${(f.props ?? []).map(prop).join('')}${paths(f.start, 'ghost')}${paths(f.end, '')}</svg><figcaption>${e.name}</figcaption></figure>`;
}).join('');
const html = `<!doctype html><style>
body{margin:8px;font:12px system-ui;display:grid;grid-template-columns:repeat(6,1fr);gap:6px;background:#fff}
figure{margin:0;border:1px solid #ddd;display:flex;flex-direction:column;justify-content:end}svg{width:100%;max-height:170px;display:block}
path,circle{fill:none;stroke:#006b4f;stroke-width:4;stroke-linecap:round;stroke-linejoin:round}
circle{fill:#006b4f}.far{stroke:#7fb5a7}.ghost path,.ghost circle{stroke:#ccc;fill:#ccc}.ghost circle{fill:#ccc}
.prop,.floor{stroke:#999;stroke-width:1.5}.fill{fill:#e6e6e6}
figcaption{text-align:center}</style>${cells}`;
const browser = await launchChromium();
const page = await browser.newPage();
await page.setViewport({ width: 1200, height: 900 });
await page.setContent(html);
await page.screenshot({ path: process.env.OUT ?? 'docs/screenshots/figures.png', fullPage: true });
await browser.close();
