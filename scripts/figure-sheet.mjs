// Every exercise drawing on one sheet, as the exercise card draws it with reduced motion (the
// end pose over a faint start pose), for checking the drawings by eye:
// docs/screenshots/figures.png (OUT to write elsewhere).
// Usage: npm run tsc && npx rollup -c bench/rollup.bench.mjs && node scripts/figure-sheet.mjs
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const { server, origin } = await serve('bench/out', 0);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`${origin}/figure-sheet.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('knee-figure-sheet')?.shadowRoot?.querySelector('svg'), { polling: 100 });
  await page.screenshot({ path: process.env.OUT ?? 'docs/screenshots/figures.png', fullPage: true });
} finally {
  await browser.close();
  server.close();
}
