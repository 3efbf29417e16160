// The package as another site gets it: `npm pack`, the tarball unpacked into an empty project's
// node_modules, a page that imports one element type-checked against the package's own
// declarations and bundled with rollup, then played in Chromium. The package's dependencies are
// linked from this checkout rather than downloaded (tests download nothing). Needs `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';

const repo = resolve(import.meta.dirname, '../..');
const tsc = join(repo, 'node_modules/typescript/bin/tsc');

describe('the installable package', () => {
  let dir;
  let project;
  let files;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kneebeat-pack-'));
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: repo, encoding: 'utf8' }));
    files = packed.files.map((f) => f.path);
    project = join(dir, 'project');
    const installed = join(project, 'node_modules/kneebeat');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(dir, packed.filename), '-C', installed, '--strip-components=1']);
    // What `npm install` would add beside it: the package's dependencies (for their types).
    for (const name of ['lit', 'lit-html', 'lit-element', '@lit', 'tone', 'idb-keyval']) {
      mkdirSync(join(project, 'node_modules', name, '..'), { recursive: true });
      symlinkSync(join(repo, 'node_modules', name), join(project, 'node_modules', name));
    }
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'site', private: true, type: 'module' }));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ES2022',
          moduleResolution: 'bundler',
          strict: true,
          skipLibCheck: true,
          outDir: 'out-tsc',
          lib: ['ES2023', 'DOM'],
        },
        include: ['page.ts'],
      }),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ships the elements, their types, the worklet and the manifest — not the app page or its service worker', () => {
    for (const file of [
      'dist/knee-metronome.js',
      'dist/kneebeat.js',
      'dist/metronome-processor.js',
      'dist/step-detector.js',
      'dist/types/components/knee-metronome/index.d.ts',
      'custom-elements.json',
    ]) {
      assert.ok(files.includes(file), `missing ${file}`);
    }
    for (const file of ['dist/index.html', 'dist/sw.js', 'dist/app.js', 'dist/manifest.webmanifest']) assert.ok(!files.includes(file), `ships ${file}`);
  });

  it('type-checks a page against the package: right use passes, a wrong type fails', () => {
    const page = `import 'kneebeat/knee-metronome.js';
import type { KneeMetronome } from 'kneebeat/knee-metronome.js';
const metronome: KneeMetronome = document.createElement('knee-metronome');
metronome.bpm = 172;
metronome.addEventListener('knee-metronome-start', (e) => console.log(e.bpm));
document.body.append(metronome);
(window as unknown as { metronome: KneeMetronome }).metronome = metronome;
`;
    writeFileSync(join(project, 'page.ts'), page);
    const good = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
    assert.equal(good.status, 0, good.stdout + good.stderr);
    writeFileSync(join(project, 'page.ts'), `${page}metronome.bpm = 'fast';\n`);
    const bad = spawnSync(process.execPath, [tsc, '-p', project, '--noEmit'], { encoding: 'utf8' });
    assert.notEqual(bad.status, 0);
    assert.match(bad.stdout, /TS2322/);
    writeFileSync(join(project, 'page.ts'), page);
  });

  it('bundles that page and plays the metronome in Chromium', async () => {
    const bundle = await rollup({ input: join(project, 'out-tsc/page.js'), plugins: [nodeResolve({ rootDir: project })], onwarn: () => undefined });
    const out = join(project, 'site');
    await bundle.write({ dir: out, format: 'es' });
    await bundle.close();
    // The worklet is loaded from beside the script, as the README says to ship it.
    copyFileSync(join(project, 'node_modules/kneebeat/dist/metronome-processor.js'), join(out, 'metronome-processor.js'));
    writeFileSync(join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><title>site</title><script type="module" src="page.js"></script>');
    const { server, origin } = await serve(out, 0);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.metronome?.shadowRoot?.querySelector('[part~="toggle"]'), { timeout: 30_000, polling: 50 });
      await page.evaluate(() => window.metronome.start());
      await page.waitForFunction(() => window.metronome.running && window.metronome.beats >= 3, { timeout: 30_000, polling: 50 });
      assert.equal(await page.evaluate(() => window.metronome.bpm), 172);
      await page.evaluate(() => window.metronome.stop());
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
