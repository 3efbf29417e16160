// The dev server (npm start) serves its folder and nothing beside it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

let dir;
let server;
let origin;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kneebeat-serve-'));
  await mkdir(join(dir, 'site'));
  await mkdir(join(dir, 'site-secret'));
  await writeFile(join(dir, 'site', 'index.html'), '<p>site</p>');
  await writeFile(join(dir, 'site-secret', 'file'), 'secret');
  await writeFile(join(dir, 'outside'), 'outside');
  ({ server, origin } = await serve(join(dir, 'site')));
});
after(async () => {
  server?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (path) => fetch(`${origin}${path}`).then(async (r) => ({ status: r.status, body: await r.text() }));

describe('the dev server', () => {
  it('serves its folder', async () => {
    assert.deepEqual(await get('/'), { status: 200, body: '<p>site</p>' });
    assert.equal((await get('//')).status, 200);
  });

  it('refuses every way out of its folder, a sibling whose name begins the same included', async () => {
    for (const path of ['/..%2fsite-secret%2ffile', '/%2e%2e/site-secret/file', '/..%2foutside', '/..%5csite-secret%5cfile', '/site/..%2f..%2foutside']) {
      const { status, body } = await get(path);
      assert.notEqual(body, 'secret', path);
      assert.notEqual(body, 'outside', path);
      assert.ok(status === 403 || status === 404, `${path}: ${status}`);
    }
  });

  it('answers a malformed escape with 400', async () => {
    assert.equal((await get('/%E0%A4%A')).status, 400);
  });
});
