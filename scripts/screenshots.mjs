// Screenshots of the built app at watch and phone sizes, into docs/screenshots/.
// Usage: npm run build && node scripts/screenshots.mjs
import { mkdir } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { launchChromium } from './chromium.mjs';

const port = 8123;
const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 400));
await mkdir('docs/screenshots', { recursive: true });

const sizes = [
  { name: 'watch-200', width: 200, height: 200, round: true },
  { name: 'watch-240', width: 240, height: 240, round: true },
  { name: 'phone-390x844', width: 390, height: 844 },
  { name: 'desktop-1280x800', width: 1280, height: 800 },
];
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');
const browser = await launchChromium();
try {
  for (const size of sizes) {
    for (const scheme of schemes) {
      const page = await browser.newPage();
      await page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: 2 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(`http://localhost:${port}/${process.env.HASH ?? ''}`, { waitUntil: 'networkidle0' });
      if (size.round) {
        // Show the round screen's edge: what lies outside the circle is not visible on a watch.
        // (CSSOM, not a <style> tag: the app's CSP rightly refuses inline styles.)
        await page.evaluate(() => {
          document.documentElement.style.clipPath = 'circle(50%)';
          document.documentElement.style.background = '#000';
        });
      }
      await page.screenshot({ path: `docs/screenshots/${size.name}${process.env.SUFFIX ?? ""}-${scheme}.png` });
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
