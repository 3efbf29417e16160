/**
 * Reading an export file: parse, re-key records whose id disagrees with their start time, check
 * every record, drop repeats within the file. Pure (no storage), so it runs in a worker too.
 */
import type { SessionRecord } from '../session-record.js';
import { rekeyed } from './rekey.js';
import { StoreError } from './store-error.js';
import { validateRecord } from './validate.js';

export interface ImportReport {
  added: number;
  duplicates: number;
  rejected: number;
  /** Records whose id did not match their start time and were given one that does. */
  rekeyed: number;
  /** Up to ten reasons, for the user. */
  reasons: string[];
}

/** Largest import accepted, in characters (about 75,000 sessions fit in 20 MB). */
export const MAX_IMPORT = 50_000_000;
/** A session may start this far after now (another time zone, a clock a little ahead); later ones are refused. */
const FUTURE_SLACK = 86_400_000;

/** Reads an export file, refusing sessions that start after `now` (and FUTURE_SLACK). */
export function parseExport(text: string, now = Date.now()): { records: SessionRecord[]; report: ImportReport } {
  const report: ImportReport = { added: 0, duplicates: 0, rejected: 0, rekeyed: 0, reasons: [] };
  if (text.length > MAX_IMPORT) throw new StoreError('failed', 'That file is too large to be a Kneebeat export.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new StoreError('failed', 'That file is not a Kneebeat export (it is not JSON).');
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { records?: unknown } | null)?.records;
  if (!Array.isArray(list)) throw new StoreError('failed', 'That file is not a Kneebeat export (no list of sessions).');
  const records: SessionRecord[] = [];
  const seen = new Set<string>();
  list.forEach((item: unknown, index) => {
    const fixed = rekeyed(item);
    const checked = validateRecord(fixed);
    if (!checked.ok) {
      report.rejected++;
      if (report.reasons.length < 10) report.reasons.push(`session ${index + 1}: ${checked.reason}`);
      return;
    }
    if (checked.record.startedAt > now + FUTURE_SLACK) {
      report.rejected++;
      if (report.reasons.length < 10)
        report.reasons.push(`session ${index + 1}: starts in the future (${new Date(checked.record.startedAt).toISOString().slice(0, 10)})`);
      return;
    }
    if (fixed !== item) report.rekeyed++;
    if (seen.has(checked.record.id)) {
      report.duplicates++;
      return;
    }
    seen.add(checked.record.id);
    records.push(checked.record);
  });
  return { records, report };
}
