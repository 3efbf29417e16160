// The physio report prints to one page for a month of busy training (Chromium's own PDF
// printing, as "Save as PDF" in the print dialog does), at A4 and at Letter.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';

const { physioReport, reportHtml, REPORT_RUNS } = await import('../../build/src/report/physio-report.js');
const { addDays } = await import('../../build/src/store/stats.js');
const { busyLog, HOLDS_A_DAY } = await import('../helpers/busy-log.mjs');

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
      const { records, states: days } = busyLog(from, 28);
      const report = physioReport(records, days, from, addDays(from, 27), Date.parse('2026-11-30T09:00:00'));
      assert.equal(report.sessions, 28 * HOLDS_A_DAY + 14);
      assert.ok(report.runs.length > REPORT_RUNS, 'more runs than the page lists');
      assert.ok(report.flags.length >= 3, 'warning signs raised');
      const page = await browser.newPage();
      await page.setContent(reportHtml(report), { waitUntil: 'load' });
      const pdf = await page.pdf({ format, printBackground: false });
      await page.close();
      assert.equal(pageCount(pdf), 1, `pages of the ${format} PDF`);
    });
});
