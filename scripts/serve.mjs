// A tiny static server for the built app, on localhost only. No dependencies, no network.
// Usage: node scripts/serve.mjs [dir]   (PORT=8000 by default; PORT=0 picks a free port)
// Tests import `serve()` and ask for port 0, so runs side by side never collide.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** A rollup chunk (`_name-<8-character hash>.js`, see rollup.config.mjs): a file name, or a path ending in one. */
export const HASHED = /(?:^|[\\/])_[\w-]+-[\w-]{8}\.js$/;

/** Serves `dir` on 127.0.0.1:`port`; resolves with the server and its origin once listening. */
export function serve(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    let path;
    try {
      // Prefixed, not resolved against a base: a path like "//" would read as a host and throw.
      path = decodeURIComponent(new URL(`http://localhost${request.url ?? '/'}`).pathname);
    } catch {
      // A malformed request (bad %-escape) is the client's problem, not a reason to stop serving.
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    let file = normalize(join(root, path));
    // Inside the folder only: the root itself, or below it (a sibling sharing its name's start,
    // "dist-other" beside "dist", is outside).
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      // Set one by one (not through writeHead) so a listener can read them back, as
      // scripts/offline-check.mjs does to count a visit's bytes.
      response.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
      response.setHeader('Content-Length', body.length);
      // Chunks named by their content hash never change: the browser may keep them, and the
      // service worker's precache then takes them from the HTTP cache instead of downloading
      // them a second time. Everything else is checked with the server each time.
      response.setHeader('Cache-Control', HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolveListening, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      resolveListening({ server, origin: `http://localhost:${bound}`, root });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { origin, root } = await serve(process.argv[2] ?? 'dist', Number(process.env.PORT ?? 8000));
  console.log(`Kneebeat: ${origin}/  (serving ${root}; Ctrl+C to stop)`);
}
