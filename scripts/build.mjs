// npm run build: tsc into build/, then the bundles, the precache list and the type
// declarations into a fresh folder, which then replaces dist/ in one rename. A server running
// on dist/ (npm start) keeps serving a whole build all along: never an empty or half-written one.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const NEXT = `dist.next-${process.pid}`;
const OLD = `dist.old-${process.pid}`;
const run = (command, args, env = {}) => execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });

rmSync(NEXT, { recursive: true, force: true });
try {
  run('npm', ['run', 'tsc']);
  run('npx', ['rollup', '-c', 'rollup.config.mjs'], { KNEEBEAT_OUT: NEXT });
  run('node', ['scripts/precache.mjs'], { KNEEBEAT_OUT: NEXT });
  run('npx', ['tsc', '-p', 'tsconfig.types.json', '--outDir', `${NEXT}/types`]);
  if (existsSync('dist')) renameSync('dist', OLD);
  renameSync(NEXT, 'dist');
  rmSync(OLD, { recursive: true, force: true });
} catch (error) {
  rmSync(NEXT, { recursive: true, force: true });
  if (!existsSync('dist') && existsSync(OLD)) renameSync(OLD, 'dist');
  throw error;
}
