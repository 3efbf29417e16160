// "Share with my physio": the report printed on its own, and files handed over through the
// system's share sheet where there is one (a phone), as a download otherwise. Nothing is sent
// anywhere by the app: the person chooses where a file goes.
import { readDay } from '../../src/program/day-state.js';
import { fhirBundle } from '../../src/report/fhir.js';
import { lastDays, physioReport, reportHtml } from '../../src/report/physio-report.js';
import type { SessionStore } from '../../src/store/session-store.js';
import { addDays, dayKey, startOfDay } from '../../src/store/stats.js';
import { downloadBlob } from '../shared/download.js';

/** The period's records and day states, read from the store (not only what History has loaded). */
export async function reportInputs(store: SessionStore, weeks: number, now = Date.now()) {
  const { from, to } = lastDays(dayKey(now), weeks * 7);
  const [{ records }, stored] = await Promise.all([store.list({ from: startOfDay(from), to: startOfDay(addDays(to, 1)) }), store.getDays(from, to)]);
  const days = [...stored.entries()].map(([day, raw]) => readDay(raw, day));
  return { records, days, from, to };
}

export async function reportDocument(store: SessionStore, weeks: number, now = Date.now()): Promise<string> {
  const { records, days, from, to } = await reportInputs(store, weeks, now);
  return reportHtml(physioReport(records, days, from, to, now));
}

export async function fhirFile(store: SessionStore, weeks: number, now = Date.now()): Promise<File> {
  const { records, days, to } = await reportInputs(store, weeks, now);
  const bundle = fhirBundle(records, days, now);
  return new File([JSON.stringify(bundle)], `kneebeat-fhir-${to}.json`, { type: 'application/fhir+json' });
}

/** Hands a file to the system's share sheet where it can take files; downloads it otherwise. Returns how. */
export async function shareOrDownload(file: File, title: string): Promise<'shared' | 'downloaded' | 'cancelled'> {
  if (navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title });
      return 'shared';
    } catch (error) {
      // The person closed the sheet: nothing to do. Any other failure: the download below.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  downloadBlob(file, file.name);
  return 'downloaded';
}

export type ReportWeeks = 4 | 8 | 12;
export const REPORT_WEEKS: readonly ReportWeeks[] = [4, 8, 12];
