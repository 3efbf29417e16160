// The physio report prints to one page for a month of busy training (Chromium's own PDF
// printing, as "Save as PDF" in the print dialog does), at A4 and at Letter.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';

const { physioReport, reportHtml, REPORT_RUNS } = await import('../../build/src/report/physio-report.js');
const { sessionRecord } = await import('../../build/src/session-record.js');
const { addDays, startOfDay } = await import('../../build/src/store/stats.js');
const { emptyDay } = await import('../../build/src/program/day-state.js');

/** A month with every exercise of a level twice a day, a run every other day, and pain each day. */
function busyMonth(from) {
  const records = [];
  const days = [];
  const exercises = ['quad-set', 'straight-leg-raise', 'wall-slide', 'clamshell', 'bridge', 'wall-calf-stretch', 'lying-hamstring-stretch', 'plank'];
  for (let d = 0; d < 28; d++) {
    const day = addDays(from, d);
    const start = startOfDay(day);
    for (const [i, exerciseId] of exercises.entries())
      for (const hour of [8, 19])
        records.push(
          sessionRecord({
            kind: 'hold',
            exerciseId,
            startedAt: start + hour * 3_600_000 + i * 120_000,
            endedAt: start + hour * 3_600_000 + i * 120_000 + 90_000,
            complete: true,
            planned: { holdS: 5, reps: 10, sets: 2, sides: 'both' },
            done: {
              reps: [
                [10, 10],
                [10, 9],
              ],
              timeUnderTensionS: 195,
            },
            pain: { before: d % 5, during: (d % 5) + 1, after: d % 4 },
          }),
        );
    if (d % 2 === 0)
      records.push(
        sessionRecord({
          kind: 'cadence',
          exerciseId: null,
          startedAt: start + 18 * 3_600_000,
          endedAt: start + 18 * 3_600_000 + 1_500_000,
          complete: d % 6 !== 0,
          planned: { bpm: 170, durationS: 1800, intervals: { runS: 120, walkS: 60, repeats: 10 } },
          done: { bpm: 172, durationS: 1500, beats: 3000, segmentsDone: 16 },
          pain: { before: 1, during: 3, after: 2 },
        }),
      );
    days.push({
      ...emptyDay(day),
      readinessPain: d % 3,
      answeredAt: start + 7.5 * 3_600_000,
      nextDay: d ? { about: addDays(day, -1), answer: 'same', pain: 2, at: start + 7 * 3_600_000 } : null,
      redFlags: d % 9 === 4 ? [{ at: start + 9 * 3_600_000, yes: ['swelling', 'night-rest'] }] : [],
    });
  }
  return { records, days };
}

/** Pages in a PDF: its page objects. */
const pageCount = (pdf) =>
  (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?!s)/g) ?? []
  ).length;

describe('the physio report as a PDF', () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(() => browser?.close());

  for (const format of ['A4', 'Letter'])
    it(`a busy month prints on one ${format} page`, async () => {
      const from = '2026-11-02';
      const { records, days } = busyMonth(from);
      const report = physioReport(records, days, from, addDays(from, 27), Date.parse('2026-11-30T09:00:00'));
      assert.equal(report.sessions, 28 * 16 + 14);
      assert.ok(report.runs.length > REPORT_RUNS, 'more runs than the page lists');
      assert.ok(report.flags.length >= 3, 'warning signs raised');
      const page = await browser.newPage();
      await page.setContent(reportHtml(report), { waitUntil: 'load' });
      const pdf = await page.pdf({ format, printBackground: false });
      await page.close();
      assert.equal(pageCount(pdf), 1, `pages of the ${format} PDF`);
    });
});
