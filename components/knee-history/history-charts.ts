/**
 * The history's two charts as SVG templates, each with a text alternative: the 8-week
 * adherence heat map and the pain before/after trend.
 */
import { svg, html, type TemplateResult } from 'lit';
import { addDays, numberOfKey, type DayKey, type HeatDay, type PainPoint } from '../../src/store/stats.js';
import { PAIN_LIMIT } from '../../src/program/limits.js';
import type { CadenceSessionRecord } from '../../src/session-record.js';

const CELL = 12;
const GAP = 3;
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const level = (count: number) => (count === 0 ? 0 : count === 1 ? 1 : count === 2 ? 2 : 3);

export function heatMapChart(days: readonly HeatDay[]): TemplateResult {
  const weeks = days.length / 7;
  const past = days.filter((d) => !d.future);
  const active = past.filter((d) => d.count > 0).length;
  const label = `Last ${weeks} weeks: sessions on ${active} of ${past.length} days.`;
  const width = 28 + weeks * (CELL + GAP);
  const height = 7 * (CELL + GAP);
  return html`<figure class="chart">
    <figcaption>Days with sessions, last ${weeks} weeks</figcaption>
    <svg part="heat-map" viewBox="0 0 ${width} ${height}" role="img" aria-label=${label}>
      ${DAY_NAMES.map((name, row) => (row % 2 === 0 ? svg`<text class="axis" x="0" y=${row * (CELL + GAP) + CELL - 2}>${name}</text>` : null))}
      ${days.map((d, i) => {
        const x = 28 + Math.floor(i / 7) * (CELL + GAP);
        const y = (i % 7) * (CELL + GAP);
        return svg`<rect class=${d.future ? 'cell future' : `cell level-${level(d.count)}`} x=${x} y=${y} width=${CELL} height=${CELL} rx="2"><title>${d.day}: ${d.count} ${d.count === 1 ? 'session' : 'sessions'}</title></rect>`;
      })}
    </svg>
  </figure>`;
}

const W = 280;
const H = 120;
const LEFT = 22;
const BOTTOM = 16;

/**
 * Pain before and after over the last `days` days to `today`, each score placed at its date
 * (a gap of a week looks like one), with the pain limit's line.
 */
export function painChart(points: readonly PainPoint[], days: number, today: DayKey): TemplateResult {
  if (!points.length) {
    return html`<figure class="chart"><figcaption>Pain before and after</figcaption><p class="muted">No pain scores in the last ${days} days.</p></figure>`;
  }
  const first = addDays(today, -(days - 1));
  const dayX = (day: DayKey) => LEFT + ((numberOfKey(day) - numberOfKey(first)) * (W - LEFT - 6)) / Math.max(1, days - 1);
  const x = (i: number) => dayX(points[i]!.day);
  const y = (pain: number) => 4 + ((10 - pain) * (H - BOTTOM - 4)) / 10;
  const line = (key: 'before' | 'after') =>
    points
      .map((p, i) => (p[key] === null ? null : `${x(i).toFixed(1)},${y(p[key]!).toFixed(1)}`))
      .filter(Boolean)
      .join(' ');
  const mean = (key: 'before' | 'after') => {
    const values = points.map((p) => p[key]).filter((v): v is number => v !== null);
    return values.length ? (values.reduce((a, b) => a + b, 0) / values.length).toFixed(1) : '–';
  };
  const last = points.at(-1)!;
  const label =
    `Pain on a 0 to 10 scale over the last ${days} days, ${points.length} days with scores. ` +
    `Average before sessions ${mean('before')}, after ${mean('after')}. ` +
    `Latest, ${last.day}: before ${last.before ?? 'not given'}, after ${last.after ?? 'not given'}.`;
  return html`<figure class="chart">
    <figcaption>Pain before <span class="key before"></span> and after <span class="key after"></span> (0–10)</figcaption>
    <svg part="pain-chart" viewBox="0 0 ${W} ${H}" role="img" aria-label=${label}>
      ${[0, PAIN_LIMIT, 10].map((v) => svg`<text class="axis" x="0" y=${y(v) + 4}>${v}</text><line class=${v === PAIN_LIMIT ? 'limit' : 'grid'} x1=${LEFT} x2=${W} y1=${y(v)} y2=${y(v)}></line>`)}
      <polyline class="before" points=${line('before')}></polyline>
      <polyline class="after" points=${line('after')}></polyline>
      ${points.map((p, i) => (p.before === null ? null : svg`<circle class="before-dot" cx=${x(i)} cy=${y(p.before)} r="2"></circle>`))}
      ${points.map((p, i) => (p.after === null ? null : svg`<circle class="after-dot" cx=${x(i)} cy=${y(p.after)} r="2.5"></circle>`))}
      <text class="axis" x=${LEFT} y=${H - 2}>${first.slice(5)}</text>
      <text class="axis end" x=${W} y=${H - 2}>${today.slice(5)}</text>
    </svg>
    <p class="muted small">Keep pain at ${PAIN_LIMIT} or below (dashed line); above it, scale back.</p>
  </figure>`;
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(5, 10);

/**
 * Cadence across runs: each run's target, and its measured average where it was measured —
 * the gap closing is the retraining working.
 */
export function cadenceChart(runs: readonly CadenceSessionRecord[]): TemplateResult {
  if (!runs.length) {
    return html`<figure class="chart"><figcaption>Cadence across runs</figcaption><p class="muted">No runs yet.</p></figure>`;
  }
  const values = runs.flatMap((r) => [r.done.bpm, r.done.measured?.averageSpm ?? r.done.bpm]);
  const low = Math.floor((Math.min(...values) - 5) / 5) * 5;
  const high = Math.ceil((Math.max(...values) + 5) / 5) * 5;
  const x = (i: number) => LEFT + (runs.length === 1 ? (W - LEFT) / 2 : (i * (W - LEFT - 6)) / (runs.length - 1));
  const y = (spm: number) => 4 + ((high - spm) * (H - BOTTOM - 4)) / (high - low);
  const target = runs.map((r, i) => `${x(i).toFixed(1)},${y(r.done.bpm).toFixed(1)}`).join(' ');
  const measured = runs.filter((r) => r.done.measured?.averageSpm);
  const last = runs.at(-1)!;
  const label =
    `Cadence over ${runs.length} runs: target from ${runs[0]!.done.bpm} to ${last.done.bpm} steps per minute; ` +
    (measured.length
      ? `measured in ${measured.length}, latest ${measured.at(-1)!.done.measured!.averageSpm} on ${dayOf(measured.at(-1)!.startedAt)}.`
      : 'not measured in any.');
  return html`<figure class="chart">
    <figcaption>Cadence: target <span class="key before"></span> and measured <span class="key after"></span> (steps/min)</figcaption>
    <svg part="cadence-chart" viewBox="0 0 ${W} ${H}" role="img" aria-label=${label}>
      ${[low, high].map((v) => svg`<text class="axis" x="0" y=${y(v) + 4}>${v}</text><line class="grid" x1=${LEFT} x2=${W} y1=${y(v)} y2=${y(v)}></line>`)}
      <polyline class="before" points=${target}></polyline>
      ${runs.map((r, i) => svg`<circle class="before-dot" cx=${x(i)} cy=${y(r.done.bpm)} r="2.5"><title>${dayOf(r.startedAt)}: target ${r.done.bpm}</title></circle>`)}
      ${runs.map((r, i) =>
        r.done.measured?.averageSpm
          ? svg`<circle class="after-dot" cx=${x(i)} cy=${y(r.done.measured.averageSpm)} r="3"><title>${dayOf(r.startedAt)}: ${r.done.measured.averageSpm} measured, target ${r.done.bpm}</title></circle>`
          : null,
      )}
      <text class="axis" x=${LEFT} y=${H - 2}>${dayOf(runs[0]!.startedAt)}</text>
      <text class="axis end" x=${W} y=${H - 2}>${dayOf(last.startedAt)}</text>
    </svg>
  </figure>`;
}
