/** The plan as a page to print or save as PDF: the QR code and link first, then the plan in words. */
import type { Library } from '../../src/program/load-library.js';
import type { Prescription } from '../../src/rx/prescription.js';
import { escapeHtml } from '../../src/report/physio-report.js';
import { describePlan } from '../../src/run/run-plan.js';

export function planPrintHtml(library: Library, rx: Prescription, link: string, qrDataUrl: string, keyId: string): string {
  const rows = rx.items
    .map((item) => {
      const e = library.exerciseById(item.id)!;
      return `<tr><td>${escapeHtml(e.name)}</td><td>${escapeHtml(library.describeDosage(library.dosageOf(item, e)))}</td><td>${escapeHtml(item.note)}</td></tr>`;
    })
    .join('');
  const run = rx.run === 'program' ? 'the app’s walk/run plan' : rx.run === 'continuous' ? 'continuous' : describePlan(rx.run);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Knee plan from ${escapeHtml(rx.clinician)}</title>
<style>
body{font:12pt/1.4 system-ui,sans-serif;margin:16mm;color:#000}
h1{font-size:18pt;margin:0 0 4mm}
.top{display:flex;gap:8mm;align-items:flex-start}
img{width:60mm;height:60mm;image-rendering:pixelated}
.link{font:9pt/1.3 monospace;word-break:break-all}
table{border-collapse:collapse;width:100%;margin-top:6mm}
th,td{text-align:left;border-bottom:1px solid #999;padding:2mm 1mm;vertical-align:top}
@page{size:auto;margin:0}
</style></head><body>
<h1>Your knee plan from ${escapeHtml(rx.clinician)}</h1>
<div class="top"><img src="${qrDataUrl}" alt="QR code of the plan's link">
<div><p>Scan the code with your phone's camera, or open the link, in the Kneebeat app. It shows what changes before you accept.</p>
<p class="link">${escapeHtml(link)}</p><p>Level ${rx.level}. Signed with key ${escapeHtml(keyId)}.</p></div></div>
<table><thead><tr><th>Exercise</th><th>Dose</th><th>Note</th></tr></thead><tbody>${rows}</tbody></table>
<p>Running: ${escapeHtml(run)}; keep knee pain at ${rx.runPainLimit}/10 or below${rx.cadence ? `; tempo ${rx.cadence} steps a minute` : ''}.</p>
</body></html>`;
}
