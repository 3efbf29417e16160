// The report for a physiotherapist and its FHIR data say what the log holds: adherence per
// exercise, pain by week from every score, runs, warning signs and severe pain — escaped.
import { expect } from 'chai';
import { emptyDay, type DayState } from '../../src/program/day-state.js';
import { DURATION_CODE, fhirBundle, PAIN_CODE } from '../../src/report/fhir.js';
import { escapeHtml, physioReport, REPORT_RUNS, reportHtml } from '../../src/report/physio-report.js';
import { sessionRecord, type CadenceSessionRecord, type HoldSessionRecord, type SessionRecord } from '../../src/session-record.js';
import { startOfDay } from '../../src/store/stats.js';

const at = (day: string, hour: number) => startOfDay(day) + hour * 3_600_000;

function hold(day: string, hour: number, reps: number, pain?: { before: number | null; during?: number | null; after: number | null }): SessionRecord {
  const startedAt = at(day, hour);
  return sessionRecord<HoldSessionRecord>({
    kind: 'hold',
    exerciseId: 'quad-set',
    startedAt,
    endedAt: startedAt + 90_000,
    complete: reps >= 10,
    planned: { holdS: 5, reps: 10, sets: 1, sides: 'one' },
    done: { reps: [[reps]], timeUnderTensionS: reps * 5 },
    ...(pain ? { pain } : {}),
  });
}

function run(day: string, minutes: number, pain?: { before: number | null; during?: number | null; after: number | null }): SessionRecord {
  const startedAt = at(day, 18);
  return sessionRecord<CadenceSessionRecord>({
    kind: 'cadence',
    exerciseId: null,
    startedAt,
    endedAt: startedAt + minutes * 60_000,
    complete: true,
    planned: { bpm: 170, durationS: null },
    done: {
      bpm: 172,
      durationS: minutes * 60,
      beats: minutes * 172,
      measured: { source: 'motion', averageSpm: 168, measuredS: minutes * 60, inZoneS: 0, perMinute: [] },
    },
    ...(pain ? { pain } : {}),
  });
}

const day = (key: string, fields: Partial<DayState>): DayState => ({ ...emptyDay(key), ...fields });

describe('the physio report', () => {
  const records = [
    hold('2026-11-02', 8, 10, { before: 2, after: 1 }),
    hold('2026-11-02', 19, 6, { before: 3, during: 6, after: 4 }),
    hold('2026-11-09', 8, 10, { before: 1, after: 1 }),
    run('2026-11-10', 20, { before: 1, during: 3, after: 2 }),
    run('2026-11-12', 25, { before: 2, during: 8, after: 5 }),
    hold('2026-10-20', 8, 10, { before: 9, after: 9 }), // before the period
  ];
  const days = [
    day('2026-11-03', {
      readinessPain: 2,
      answeredAt: at('2026-11-03', 8),
      nextDay: { about: '2026-11-02', answer: 'worse', pain: 4, at: at('2026-11-03', 7) },
    }),
    day('2026-11-13', { redFlags: [{ at: at('2026-11-13', 9), yes: ['swelling'] }] }),
  ];
  const report = physioReport(records, days, '2026-11-02', '2026-11-29', at('2026-11-29', 20));

  it('counts sessions and days in the period only', () => {
    expect(report.days).to.equal(28);
    expect(report.sessions).to.equal(5);
    expect(report.daysActive).to.equal(4);
  });

  it('gives each exercise its sessions, completed ones and reps done of planned', () => {
    const quad = report.adherence.find((a) => a.name === 'Quad set')!;
    expect(quad).to.deep.include({ sessions: 3, complete: 2, days: 2 });
    expect(quad.reps).to.deep.equal({ done: 26, planned: 30 });
    expect(report.adherence.find((a) => a.name === 'Run')).to.deep.include({ sessions: 2, reps: null });
  });

  it('puts every score in its week: before with the readiness bend, next morning, the highest during', () => {
    expect(report.pain).to.have.length(4);
    const [first, second] = report.pain;
    expect(first).to.deep.equal({ from: '2026-11-02', before: 2.3, during: 6, after: 2.5, nextMorning: 4, highest: 6 });
    expect(second).to.deep.include({ from: '2026-11-09', during: 8, highest: 8 });
    expect(report.pain[3]).to.deep.include({ before: null, highest: null });
  });

  it('lists the runs and raises warning signs and severe pain by date', () => {
    expect(report.runs.map((r) => r.minutes)).to.deep.equal([20, 25]);
    expect(report.flags.map((f) => f.day)).to.deep.equal(['2026-11-12', '2026-11-13']);
    expect(report.flags[0]!.text).to.equal('Pain 8/10');
    expect(report.flags[1]!.text).to.match(/^Warning sign: /);
  });

  it('prints what it says, escaped, and only the latest runs when there are many', () => {
    const html = reportHtml(report);
    expect(html).to.contain('Quad set').and.contain('26 / 30').and.contain('Pain 8/10');
    expect(escapeHtml('<img src=x onerror="a">&\'')).to.equal('&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;');
    const many = Array.from({ length: REPORT_RUNS + 4 }, (_, i) => run(`2026-11-${String(2 + i).padStart(2, '0')}`, 10 + i));
    const page = reportHtml(physioReport(many, [], '2026-11-02', '2026-11-29'));
    expect(page.match(/<tr>/g)!.length).to.equal(3 + 1 + 4 + REPORT_RUNS); // three table heads, one exercise (Run), four weeks, the runs shown
    expect(page).to.contain('and 4 earlier runs');
  });
});

describe('the FHIR bundle', () => {
  const records = [hold('2026-11-02', 8, 10, { before: 2, during: 3, after: 1 }), run('2026-11-03', 30)];
  const days = [
    day('2026-11-03', { readinessPain: 4, answeredAt: at('2026-11-03', 8), redFlags: [{ at: at('2026-11-03', 8), yes: ['swelling', 'not-a-flag'] }] }),
  ];
  const bundle = fhirBundle(records, days, at('2026-11-04', 9));

  it('is an R4 collection of final Observations with no patient', () => {
    expect(bundle).to.deep.include({ resourceType: 'Bundle', type: 'collection', timestamp: new Date(at('2026-11-04', 9)).toISOString() });
    for (const { fullUrl, resource } of bundle.entry) {
      expect(fullUrl).to.match(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(resource).to.include({ resourceType: 'Observation', status: 'final' });
      expect(resource).to.not.have.property('subject');
      expect(Boolean(resource.effectiveDateTime) !== Boolean(resource.effectivePeriod), 'one effective time').to.equal(true);
    }
    expect(new Set(bundle.entry.map((e) => e.fullUrl)).size).to.equal(bundle.entry.length);
  });

  it('codes pain with LOINC 72514-3 in {score} and durations with 55411-3 in minutes, the exercise in the note, in time order', () => {
    const pains = bundle.entry.map((e) => e.resource).filter((o) => o.code.coding?.[0]?.code === PAIN_CODE.code);
    expect(pains.map((o) => o.valueQuantity!.value)).to.deep.equal([2, 3, 1, 4]);
    expect(pains.map((o) => o.note![0]!.text)).to.deep.equal([
      'Before: Quad set',
      'During (the highest given): Quad set',
      'After: Quad set',
      'Readiness check: a small knee bend',
    ]);
    for (const o of pains) expect(o.valueQuantity).to.deep.include({ system: 'http://unitsofmeasure.org', code: '{score}' });
    const durations = bundle.entry.map((e) => e.resource).filter((o) => o.code.coding?.[0]?.code === DURATION_CODE.code);
    expect(durations.map((o) => o.valueQuantity)).to.deep.equal([
      { value: 1.5, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' },
      { value: 30, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' },
    ]);
    expect(durations[0]!.note![0]!.text).to.equal('Quad set: 10 reps of 1 × 10 × 5 s hold');
    expect(durations[1]!.note![0]!.text).to.equal('Run: 30 min with the beat at 172 steps/min, measured cadence 168 steps/min');
    const times = bundle.entry.map((e) => Date.parse(e.resource.effectiveDateTime ?? e.resource.effectivePeriod!.start));
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
  });

  it('gives a warning sign answered yes as its question, true (unknown ids left out)', () => {
    const flags = bundle.entry.map((e) => e.resource).filter((o) => o.valueBoolean !== undefined);
    expect(flags).to.have.length(1);
    expect(flags[0]!.valueBoolean).to.equal(true);
    expect(flags[0]!.code.text).to.match(/^Knee warning sign asked: /);
  });
});
