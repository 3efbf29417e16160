// The `rx` part of `npm run bench`: how long a clinician's plan link is and what QR code it
// needs, for 5, 10 and 20 exercises, with no notes and with a short note on each; beside the
// same plan sent as JSON (base64url, signed the same way) — what the binary code saves. Then the
// time to sign a plan, to open (verify) one and to make its QR code (Node, median of 25).
import { correction, generate, mode } from 'lean-qr';
import { medianTime } from './analyse.mjs';

const RUNS = 25;
const { signPlan, openPlan, newClinicianKey } = await import('../build/src/rx/rx-sign.js');
const { rxLink, rxQr } = await import('../build/src/rx/rx-qr.js');
const { encodePlan } = await import('../build/src/rx/rx-codec.js');
const { EXERCISE_CODES } = await import('../build/src/rx/exercise-codes.js');

const APP = 'https://kneebeat.example/';
const NOTE = 'Slow on the way down.';

/** A plan of the first `n` exercises, doses like the library's, a note on each or none. */
function plan(n, notes) {
  const items = EXERCISE_CODES.slice(0, n).map((id, i) => ({
    id,
    sets: 1 + (i % 3),
    reps: 10 + (i % 6),
    holdS: i % 4 ? 5 : 0,
    perSide: i % 2 === 0,
    timesPerDay: 1 + (i % 2),
    note: notes ? NOTE : '',
  }));
  return { clinician: 'Sam Lee, physiotherapist', issuedDay: 20_792, level: 2, items, runPainLimit: 2, run: { runS: 90, walkS: 90, repeats: 6 }, cadence: 172 };
}

/** The same plan as JSON, signed the same way (key + signature = 97 bytes), as base64url in the link, in QR byte mode. */
function jsonLink(rx) {
  const bytes = Buffer.concat([Buffer.alloc(97), Buffer.from(JSON.stringify(rx))]);
  const link = `${APP}#/rx/${bytes.toString('base64url')}`;
  try {
    return { link, version: (generate(mode.bytes(Buffer.from(link)), { minCorrectionLevel: correction.M }).size - 17) / 4 };
  } catch {
    return { link, version: 'none (too long for version 40)' };
  }
}

const time = (make) => medianTime(make, RUNS);

export async function rxBench() {
  const keys = await newClinicianKey();
  const rows = [];
  for (const n of [5, 10, 20]) {
    for (const notes of [false, true]) {
      const rx = plan(n, notes);
      const code = await signPlan(rx, keys);
      const link = rxLink(APP, code);
      const json = jsonLink(rx);
      rows.push(
        `| ${n} | ${notes ? `“${NOTE}” on each` : 'none'} | ${encodePlan(rx).length} + 97 | ${link.length} | ${rxQr(link).version} | ${json.link.length} | ${json.version} |`,
      );
    }
  }
  const ten = plan(10, false);
  const tenCode = await signPlan(ten, keys);
  const tenLink = rxLink(APP, tenCode);
  const timing = [
    ['sign a 10-exercise plan (encode + ECDSA P-256)', await time(() => signPlan(ten, keys))],
    ['open it (decode + verify)', await time(() => openPlan(tenCode))],
    ['make its QR code', await time(() => rxQr(tenLink))],
  ];
  return [
    `### A plan from the physio: link length and QR code (Node; times median of ${RUNS})`,
    '',
    `The link is \`${APP}#/rx/<code>\`; QR codes at medium error correction (15 %), the address in byte mode and the code in alphanumeric mode. "JSON" is the same plan as JSON text with the same key and signature, base64url in the link, a QR code in byte mode.`,
    '',
    '| exercises | notes | plan bytes + key and signature | link characters | QR version | JSON link characters | JSON QR version |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '| step | median ms |',
    '| --- | --- |',
    ...timing.map(([what, ms]) => `| ${what} | ${ms.toFixed(2)} |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await rxBench());
