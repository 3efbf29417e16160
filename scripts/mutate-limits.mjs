// The second half of `npm run mutate`: StrykerJS does not change numbers, so this moves every
// named limit of the rules (src/program/limits.ts) one step up and one step down, in a copy of
// the project, and runs the rules' tests against each. A change no test notices is listed and
// fails the run: a window of 14 days becoming 15 must break a test.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FILE = 'src/program/limits.ts';
const source = readFileSync(FILE, 'utf8');
const sandbox = mkdtempSync(join(tmpdir(), 'kneebeat-limits-'));
for (const dir of ['src', 'content', 'test/program']) cpSync(dir, join(sandbox, dir), { recursive: true });
cpSync('package.json', join(sandbox, 'package.json'));
cpSync('tsconfig.json', join(sandbox, 'tsconfig.json'));
symlinkSync(join(process.cwd(), 'node_modules'), join(sandbox, 'node_modules'));

/** Each number written in the file (a constant's value, or one element of an array), with where it is. */
const numbers = [];
for (const match of source.matchAll(/^export const (\w+)(?::[^=]+)? = (.+);$/gm)) {
  const [line, name, value] = match;
  const valueAt = match.index + line.lastIndexOf(value);
  for (const n of value.matchAll(/-?\d+(?:\.\d+)?/g))
    numbers.push({ name: value.startsWith('[') ? `${name}[${n[0]}]` : name, at: valueAt + n.index, text: n[0] });
}

const runTests = () => {
  try {
    execFileSync('npx', ['mocha', '--node-option', 'import=tsx', 'test/program/*.test.ts'], { cwd: sandbox, stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
};

const rows = [];
try {
  if (!runTests()) throw new Error('the rules tests fail before any change');
  for (const { name, at, text } of numbers) {
    for (const delta of [1, -1]) {
      const changed = String(Number(text) + delta);
      writeFileSync(join(sandbox, FILE), source.slice(0, at) + changed + source.slice(at + text.length));
      rows.push({ limit: name, from: text, to: changed, noticed: !runTests() });
    }
  }
} finally {
  writeFileSync(join(sandbox, FILE), source);
  rmSync(sandbox, { recursive: true, force: true });
}

console.log('limit                          from    to  a test failed');
for (const r of rows) console.log(`${r.limit.padEnd(30)} ${r.from.padStart(5)} ${r.to.padStart(5)}  ${r.noticed ? 'yes' : 'NO'}`);
const missed = rows.filter((r) => !r.noticed);
console.log(`\n${rows.length - missed.length} of ${rows.length} changed limits noticed by the rules' tests.`);
if (missed.length) {
  console.log(`Not noticed: ${missed.map((r) => `${r.limit} ${r.from}→${r.to}`).join(', ')}`);
  process.exitCode = 1;
}
