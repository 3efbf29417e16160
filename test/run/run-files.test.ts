// A run leaves the app as a FIT file (read back here with Garmin's own decoder) and a TCX file
// (read back with the browser's XML parser, its elements in the order the schema requires),
// and both say the same run: start, laps, run time, cadence in strides as the formats mean it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Decoder, Stream } from '@garmin/fitsdk';
import sinon from 'sinon';
import '../../components/knee-history/knee-history.js';
import type { KneeHistory } from '../../components/knee-history/knee-history.js';
import { fitCadence, runToFit } from '../../src/run/run-fit.js';
import { planSegments, type IntervalPlan } from '../../src/run/run-plan.js';
import { runTimeline } from '../../src/run/run-timeline.js';
import { runToTcx, strides } from '../../src/run/run-tcx.js';
import { sessionRecord, type CadenceSessionRecord } from '../../src/session-record.js';
import { useTestStore } from '../helpers/records.js';

const TCX = 'http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2';
const EXT = 'http://www.garmin.com/xmlschemas/ActivityExtension/v2';

/** A small seeded generator, so a failing case can be run again. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function runRecord(options: {
  intervals?: IntervalPlan;
  durationS: number;
  pausedS?: number;
  perMinute?: (number | null)[];
  /** Heart rate per minute (a strap), when one was connected. */
  heart?: (number | null)[];
  startedAt?: number;
}): CadenceSessionRecord {
  const startedAt = options.startedAt ?? Date.UTC(2026, 11, 1, 7, 30, 0);
  const perMinute = options.perMinute;
  const known = perMinute?.filter((v): v is number => v !== null) ?? [];
  return sessionRecord<CadenceSessionRecord>({
    kind: 'cadence',
    exerciseId: 'run-cadence',
    startedAt,
    endedAt: startedAt + (options.durationS + (options.pausedS ?? 0)) * 1000,
    complete: true,
    planned: {
      bpm: 170,
      durationS: options.intervals ? options.intervals.repeats * (options.intervals.runS + options.intervals.walkS) : null,
      ...(options.intervals ? { intervals: options.intervals } : {}),
    },
    done: {
      bpm: 172,
      durationS: options.durationS,
      beats: Math.round(options.durationS * 2.8),
      ...(perMinute
        ? {
            measured: {
              source: 'motion' as const,
              averageSpm: known.length ? Math.round(known.reduce((a, b) => a + b, 0) / known.length) : null,
              measuredS: known.length * 60,
              inZoneS: 0,
              perMinute,
            },
          }
        : {}),
      ...(options.heart
        ? {
            heartRate: {
              averageBpm: Math.round(options.heart.filter((v) => v !== null).reduce((a, b) => a! + b!, 0)! / options.heart.filter((v) => v !== null).length),
              maxBpm: Math.max(...options.heart.filter((v): v is number => v !== null)),
              measuredS: options.heart.filter((v) => v !== null).length * 60,
              perMinute: options.heart,
            },
          }
        : {}),
    },
  });
}

function decodeFit(bytes: Uint8Array) {
  const stream = Stream.fromByteArray(Array.from(bytes));
  expect(Decoder.isFIT(stream), 'a FIT file').to.equal(true);
  const decoder = new Decoder(stream);
  expect(decoder.checkIntegrity(), 'header and CRC intact').to.equal(true);
  const { messages, errors } = decoder.read();
  expect(errors).to.deep.equal([]);
  return messages as Record<string, Record<string, unknown>[] | undefined>;
}

const strideSpm = (m: Record<string, unknown>, whole: string, fraction: string) => 2 * ((m[whole] as number) + ((m[fraction] as number | undefined) ?? 0));

/** Every lap's and track point's elements in the order TCX's schema requires (its xsd:sequence). */
function expectTcxOrder(tcx: Document) {
  for (const lap of tcx.getElementsByTagNameNS(TCX, 'Lap')) {
    expectSequence(
      childNames(lap),
      [
        'TotalTimeSeconds',
        'DistanceMeters',
        'MaximumSpeed',
        'Calories',
        'AverageHeartRateBpm',
        'MaximumHeartRateBpm',
        'Intensity',
        'Cadence',
        'TriggerMethod',
        'Track',
        'Notes',
        'Extensions',
      ],
      ['Track'],
    );
    for (const point of lap.getElementsByTagNameNS(TCX, 'Trackpoint'))
      expectSequence(childNames(point), ['Time', 'Position', 'AltitudeMeters', 'DistanceMeters', 'HeartRateBpm', 'Cadence', 'SensorState', 'Extensions']);
  }
}

function parseTcx(text: string) {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
  return doc;
}

/** Child element names of `element`, in order (local names). */
const childNames = (element: Element) => [...element.children].map((c) => c.localName);

/** Checks `names` follow `order` (TCX's xsd:sequence), each at most once unless repeatable. */
function expectSequence(names: string[], order: string[], repeatable: string[] = []) {
  let at = 0;
  for (const name of names) {
    const index = order.indexOf(name);
    expect(index, `${name} is allowed here`).to.be.greaterThan(-1);
    expect(index, `${name} in schema order (${names.join(', ')})`).to.be.at.least(at);
    at = repeatable.includes(name) ? index : index + 1;
  }
}

describe('a run as FIT and TCX files', function () {
  this.timeout(60000);

  it('writes cadence in strides as the formats mean it: 171 steps/min is 85 + 0.5 in FIT and 86 in TCX', () => {
    expect(fitCadence(171)).to.deep.equal({ cadence: 85, fractional: 0.5 });
    expect(fitCadence(170)).to.deep.equal({ cadence: 85, fractional: 0 });
    expect(fitCadence(172.3).fractional * 128).to.equal(Math.round(fitCadence(172.3).fractional * 128));
    expect([170, 171, 180, 600].map(strides)).to.deep.equal([85, 86, 90, 254]);
  });

  it('round-trips random runs and plans through FIT (Garmin’s decoder) and TCX', async () => {
    const next = random(20261204);
    for (let n = 0; n < 25; n++) {
      const intervals =
        next() < 0.7 ? { runS: 15 * (1 + Math.floor(next() * 16)), walkS: 15 * (1 + Math.floor(next() * 8)), repeats: 1 + Math.floor(next() * 8) } : undefined;
      const planned = intervals ? intervals.repeats * (intervals.runS + intervals.walkS) : 1200 + Math.floor(next() * 2400);
      // Some runs stop part way, some have paused time, some measured minutes are unknown.
      const durationS = Math.max(1, Math.round(planned * (next() < 0.5 ? 1 : next())));
      const pausedS = next() < 0.5 ? Math.round(next() * 300) : 0;
      const perMinute =
        next() < 0.8 ? Array.from({ length: Math.ceil(durationS / 60) }, () => (next() < 0.15 ? null : 150 + Math.round(next() * 400) / 10)) : undefined;
      const record = runRecord({ ...(intervals ? { intervals } : {}), durationS, pausedS, ...(perMinute ? { perMinute } : {}) });
      const context = `case ${n}: ${JSON.stringify({ intervals, durationS, pausedS })}`;
      const run = runTimeline(record);

      // The laps are the plan's segments as far as the run went.
      if (intervals) {
        const expected: number[] = [];
        let left = durationS;
        for (const s of planSegments(intervals)) {
          if (left <= 0) break;
          expected.push(Math.min(left, s.seconds));
          left -= s.seconds;
        }
        expect(
          run.laps.map((l) => l.timerS),
          context,
        ).to.deep.equal(expected);
      } else
        expect(
          run.laps.map((l) => l.timerS),
          context,
        ).to.deep.equal([durationS]);

      const fit = decodeFit(await runToFit(record));
      const session = fit['sessionMesgs']![0]!;
      expect(session['sport'], context).to.equal('running');
      expect((session['startTime'] as Date).getTime(), context).to.equal(record.startedAt);
      expect(session['totalTimerTime'], context).to.be.closeTo(durationS, 0.001);
      expect(session['totalElapsedTime'], context).to.be.closeTo(durationS + pausedS, 0.001);
      expect(session['numLaps'], context).to.equal(run.laps.length);
      const laps = fit['lapMesgs']!;
      expect(
        laps.map((l) => l['totalTimerTime']),
        context,
      ).to.deep.equal(run.laps.map((l) => l.timerS));
      expect(
        laps.map((l) => l['intensity']),
        context,
      ).to.deep.equal(run.laps.map((l) => (l.kind === 'run' ? 'active' : 'recovery')));
      const fitRecords = fit['recordMesgs'] ?? [];
      const known = (perMinute ?? []).filter((v): v is number => v !== null);
      expect(
        fitRecords.map((r) => strideSpm(r, 'cadence', 'fractionalCadence')),
        context,
      ).to.have.length(known.length);
      fitRecords.forEach((r, i) => expect(strideSpm(r, 'cadence', 'fractionalCadence'), context).to.be.closeTo(known[i]!, 1 / 64));
      if (record.done.measured?.averageSpm)
        expect(strideSpm(session, 'avgCadence', 'avgFractionalCadence'), context).to.be.closeTo(record.done.measured.averageSpm, 1 / 64);
      else expect(session['avgCadence'], context).to.equal(undefined);
      expect(fit['activityMesgs']![0]!['numSessions']).to.equal(1);

      const tcx = parseTcx(runToTcx(record));
      const activity = tcx.getElementsByTagNameNS(TCX, 'Activity')[0]!;
      expect(activity.getAttribute('Sport')).to.equal('Running');
      expect(activity.getElementsByTagNameNS(TCX, 'Id')[0]!.textContent).to.equal(new Date(record.startedAt).toISOString());
      expectSequence(childNames(activity), ['Id', 'Lap', 'Notes'], ['Lap']);
      const tcxLaps = [...activity.getElementsByTagNameNS(TCX, 'Lap')];
      expect(
        tcxLaps.map((l) => Number(l.getElementsByTagNameNS(TCX, 'TotalTimeSeconds')[0]!.textContent)),
        context,
      ).to.deep.equal(run.laps.map((l) => l.timerS));
      expectTcxOrder(tcx);
      const runCadence = [...tcx.getElementsByTagNameNS(EXT, 'RunCadence')].map((e) => 2 * Number(e.textContent));
      expect(runCadence, context).to.have.length(known.length);
      runCadence.forEach((spm, i) => expect(Math.abs(spm - known[i]!), context).to.be.at.most(1));
      // Track points in time order, from the start to the end of the run.
      const times = [...tcx.getElementsByTagNameNS(TCX, 'Time')].map((t) => Date.parse(t.textContent!));
      expect(times, context).to.deep.equal([...times].sort((a, b) => a - b));
      expect(times[0]).to.equal(record.startedAt);
      expect(times.at(-1)).to.equal(record.endedAt);
    }
  });

  it('a run without measured cadence carries no cadence at all (the beat is not the runner’s cadence)', async () => {
    const record = runRecord({ durationS: 600 });
    const fit = decodeFit(await runToFit(record));
    expect(fit['recordMesgs'] ?? []).to.have.length(0);
    expect(fit['sessionMesgs']![0]!['avgCadence']).to.equal(undefined);
    const tcx = runToTcx(record);
    expect(tcx).to.not.contain('RunCadence');
    expect(parseTcx(tcx).getElementsByTagNameNS(TCX, 'Trackpoint')).to.have.length(2);
  });

  it('heart rate from a strap: per minute in FIT records and TCX track points, per lap and for the session', async () => {
    // Walk/run 2 min + 2 min × 2; heart rate known in all minutes but the third; cadence in none.
    const heart = [120, 150, null, 140, 160, 130, 125, 118];
    const record = runRecord({ durationS: 480, intervals: { runS: 120, walkS: 120, repeats: 2 }, heart });
    const fit = decodeFit(await runToFit(record));
    const records = fit['recordMesgs']!;
    expect(records.map((r) => r['heartRate'])).to.deep.equal([120, 150, 140, 160, 130, 125, 118]);
    expect(records.every((r) => r['cadence'] === undefined)).to.equal(true);
    const laps = fit['lapMesgs']!;
    expect(laps.map((l) => l['avgHeartRate'])).to.deep.equal([135, 140, 145, 122]);
    expect(laps.map((l) => l['maxHeartRate'])).to.deep.equal([150, 140, 160, 125]);
    const session = fit['sessionMesgs']![0]!;
    expect([session['avgHeartRate'], session['maxHeartRate']]).to.deep.equal([record.done.heartRate!.averageBpm, 160]);

    const tcx = parseTcx(runToTcx(record));
    const bpm = [...tcx.getElementsByTagNameNS(TCX, 'HeartRateBpm')].map((e) => Number(e.textContent));
    expect(bpm).to.deep.equal([120, 150, 140, 160, 130, 125, 118]);
    const lapAverages = [...tcx.getElementsByTagNameNS(TCX, 'AverageHeartRateBpm')].map((e) => Number(e.textContent));
    expect(lapAverages).to.deep.equal([135, 140, 145, 122]);
    expectTcxOrder(tcx);
    expect(tcx.getElementsByTagNameNS(EXT, 'RunCadence')).to.have.length(0);
  });

  describe('from History', () => {
    const t = useTestStore();

    it('offers Save FIT and Save TCX on a run, and each downloads that run', async () => {
      const record = runRecord({
        durationS: 900,
        intervals: { runS: 60, walkS: 120, repeats: 5 },
        perMinute: Array(15).fill(168),
        startedAt: Date.now() - 86_400_000,
      });
      await t.store.add(record);
      const history = await fixture<KneeHistory>(html`<knee-history .store=${t.store}></knee-history>`);
      await history.ready;
      await waitUntil(() => history.shadowRoot!.querySelector('details button'));
      const buttons = [...history.shadowRoot!.querySelectorAll<HTMLButtonElement>('details button')];
      expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Save FIT', 'Save TCX']);
      expect(buttons[0]!.parentElement!.getAttribute('aria-labelledby')).to.equal(`files-${record.id}`);
      const clicks = sinon.stub(HTMLAnchorElement.prototype, 'click');
      try {
        buttons[0]!.click();
        await waitUntil(() => clicks.callCount === 1, 'no FIT download');
        const fitLink = clicks.firstCall.thisValue as HTMLAnchorElement;
        expect(fitLink.download).to.match(/^kneebeat-run-\d{4}-\d\d-\d\d-\d{4}\.fit$/);
        const fit = decodeFit(new Uint8Array(await (await fetch(fitLink.href)).arrayBuffer()));
        expect(fit['lapMesgs']).to.have.length(10);
        buttons[1]!.click();
        await waitUntil(() => clicks.callCount === 2, 'no TCX download');
        const tcxLink = clicks.secondCall.thisValue as HTMLAnchorElement;
        expect(tcxLink.download).to.match(/\.tcx$/);
        const tcx = parseTcx(await (await fetch(tcxLink.href)).text());
        expect(tcx.getElementsByTagNameNS(TCX, 'Lap')).to.have.length(10);
      } finally {
        clicks.restore();
      }
    });
  });
});
