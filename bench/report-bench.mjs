// The `report` part of `npm run bench`: the physio report, its FHIR data and a run's FIT and TCX
// files, made from a year of busy training (Node, the same code the page runs; median of 7),
// against JSON.stringify of the same records — what any export of them costs at least.
import { performance } from 'node:perf_hooks';
import { medianTime } from './analyse.mjs';

const RUNS = 7;
const { physioReport, reportHtml } = await import('../build/src/report/physio-report.js');
const { fhirBundle } = await import('../build/src/report/fhir.js');
const { runToFit } = await import('../build/src/run/run-fit.js');
const { runToTcx } = await import('../build/src/run/run-tcx.js');
const { addDays, startOfDay } = await import('../build/src/store/stats.js');
const { busyLog, intervalRun } = await import('../test/helpers/busy-log.mjs');

/** The records of the last `weeks` weeks up to `to`, as History reads them for the report. */
const lastWeeks = (records, weeks, to) => records.filter((r) => r.startedAt >= startOfDay(addDays(to, -(weeks * 7 - 1))));

const time = (make) => medianTime(make, RUNS);

export async function reportBench() {
  const from = '2026-01-05';
  const { records, states } = busyLog(from, 364);
  const to = addDays(from, 363);
  const baseline = await time(() => JSON.stringify(records));
  const rows = [
    ['JSON.stringify of the records (baseline)', baseline],
    ['the report of the whole year (figures + HTML)', await time(() => reportHtml(physioReport(records, states, from, to)))],
    ['the report of its last 12 weeks (the longest History offers)', await time(() => reportHtml(physioReport(records, states, addDays(to, -83), to)))],
    ['FHIR bundle of the whole year (+ JSON text)', await time(() => JSON.stringify(fhirBundle(records, states)))],
    ['FHIR bundle of its last 12 weeks (+ JSON text)', await time(() => JSON.stringify(fhirBundle(lastWeeks(records, 12, to), states.slice(-84))))],
  ];
  const oneRun = intervalRun(startOfDay(to) + 18 * 3_600_000, 60);
  const t = performance.now();
  await runToFit(oneRun);
  const firstFit = performance.now() - t;
  rows.push(['a 60-minute interval run as FIT', await time(() => runToFit(oneRun))], ['the same run as TCX', await time(() => runToTcx(oneRun))]);
  const report = reportHtml(physioReport(records, states, from, to));
  const bundle = JSON.stringify(fhirBundle(records, states));
  return [
    `### Physio report and run files (Node, median of ${RUNS})`,
    '',
    `A year of busy training: ${records.length.toLocaleString('en')} sessions (every exercise of a level twice a day, a 30-minute interval run every other day), ${states.length} days of answers.`,
    '',
    '| made | median ms | × baseline |',
    '| --- | --- | --- |',
    ...rows.map(([what, ms]) => `| ${what} | ${ms.toFixed(1)} | ${(ms / baseline).toFixed(2)} |`),
    '',
    `The year's report is ${(report.length / 1024).toFixed(0)} KB of HTML; its FHIR bundle ${(bundle.length / 1024 / 1024).toFixed(1)} MB (${JSON.parse(bundle).entry.length.toLocaleString('en')} Observations). The first FIT file, which loads Garmin's SDK, took ${firstFit.toFixed(1)} ms.`,
  ].join('\n');
}
