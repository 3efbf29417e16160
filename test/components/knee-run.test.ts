// The run screen in a real browser: its figures, a stored run with its target, time, beats
// and pain after; walk/run intervals through the element; the voice.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../components/knee-session-log/knee-session-log.js';
import '../../components/knee-run/knee-run.js';
import type { KneeRun } from '../../components/knee-run/knee-run.js';
import type { KneeMetronome } from '../../components/knee-metronome/knee-metronome.js';
import type { CadenceSessionRecord } from '../../src/session-record.js';
import { formatClock } from '../../src/units.js';
import { MetronomeEngine } from '../../src/audio/metronome-engine.js';
import { useTestStore } from '../helpers/records.js';

const metronomeOf = (run: KneeRun) => run.shadowRoot!.querySelector<KneeMetronome>('knee-metronome')!;
const press = (root: ShadowRoot, text: string) => {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text || b.getAttribute('aria-label') === text);
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
};
const part = (run: KneeRun, name: string) => run.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<knee-run>', function () {
  this.timeout(60000);
  const t = useTestStore();

  it('shows the time, target, beats and advice, then stores the run with the pain after', async () => {
    const log = await fixture(html`<knee-session-log .store=${t.store}
      ><knee-run bpm="172" target-note="Week 2: aim for 172 steps per minute." style="width: 390px"></knee-run
    ></knee-session-log>`);
    const run = log.querySelector<KneeRun>('knee-run')!;
    await run.updateComplete;
    expect(part(run, 'elapsed')).to.equal('0:00');
    expect(part(run, 'status')).to.equal('0 beats');
    expect(part(run, 'target')).to.equal('Week 2: aim for 172 steps per minute.');
    expect(part(run, 'advice')).to.contain('Shorter, quicker steps').and.contain('keep knee pain at 3 or below');
    await expect(run).to.be.accessible();

    const metronome = metronomeOf(run);
    await metronome.start();
    await waitUntil(() => metronome.beats >= 4 && metronome.elapsed >= 1, 'the beat did not play', { timeout: 20000 });
    run.requestUpdate();
    await run.updateComplete;
    // The figures are the metronome's own, as of this render.
    expect(part(run, 'elapsed')).to.match(/^\d+:\d\d$/);
    expect(part(run, 'status')).to.match(/^\d+ beats$/);
    expect(Number(part(run, 'status').split(' ')[0])).to.be.at.least(4);

    await metronome.stop();
    await waitUntil(() => run.shadowRoot!.querySelector('[part~="summary"]'), 'no summary');
    const stored = async () => (await t.store.list()).records as CadenceSessionRecord[];
    await waitUntil(async () => (await stored()).length === 1, 'the run was not stored');
    const [record] = await stored();
    expect(record!.kind).to.equal('cadence');
    expect(record!.complete).to.equal(true);
    expect(record!.planned.bpm).to.equal(172);
    expect(record!.done.durationS).to.be.at.least(1);
    expect(record!.done.beats).to.be.at.least(4);
    const summary = part(run, 'summary');
    expect(summary).to.contain(formatClock(record!.done.durationS)).and.contain('172 steps/min').and.contain(`Beats ${record!.done.beats}`);
    await waitUntil(() => part(run, 'summary').includes('✓ Saved on this device'), 'no saved note');

    press(run.shadowRoot!, 'More pain');
    press(run.shadowRoot!, 'More pain');
    await run.updateComplete;
    press(run.shadowRoot!, 'Save pain score');
    await waitUntil(async () => (await stored())[0]!.pain?.after === 2, 'the pain after was not stored');
    expect((await stored())[0]!.pain).to.deep.equal({ before: null, after: 2 });
    expect(part(run, 'summary')).to.contain('Knee: 2/10 after the run');
  });

  it('plays a walk/run plan to its end: beats only in run time, a complete record with the plan', async () => {
    const log = await fixture(html`<knee-session-log .store=${t.store}
      ><knee-run bpm="180" .intervals=${{ runS: 1, walkS: 1, repeats: 2 }}></knee-run
    ></knee-session-log>`);
    const run = log.querySelector<KneeRun>('knee-run')!;
    await run.updateComplete;
    const metronome = metronomeOf(run);
    const seen = new Set<string>();
    const watch = setInterval(() => seen.add(run.statusText), 50);
    await metronome.start();
    await waitUntil(() => run.shadowRoot!.querySelector('[part~="summary"]'), 'the plan did not end by itself', { timeout: 30000 });
    clearInterval(watch);
    expect([...seen]).to.include.members(['Run 1 of 2 · 0:01 left', 'Walk 1 of 2 · 0:01 left', 'Run 2 of 2 · 0:01 left', 'Walk 2 of 2 · 0:01 left']);
    const records = (await waitUntil(async () => (await t.store.list()).records.length === 1, 'not stored'),
    (await t.store.list()).records) as CadenceSessionRecord[];
    const record = records[0]!;
    expect(record.complete).to.equal(true);
    expect(record.planned).to.deep.equal({ bpm: 180, durationS: 4, intervals: { runS: 1, walkS: 1, repeats: 2 } });
    // 180 steps/min: in each 1 s run the beat starts one step after the cue, so 2 beats a run.
    expect(record.done.beats).to.equal(4);
    expect(record.done.segmentsDone).to.equal(4);
    expect(part(run, 'summary')).to.contain('Run done').and.contain('4 of 4 parts');
  });

  it('readies the audio (context, worklet, engine) when it opens, before any tap, and frees it when removed', async () => {
    const before = MetronomeEngine.liveCount;
    const run = await fixture<KneeRun>(html`<knee-run></knee-run>`);
    await waitUntil(() => MetronomeEngine.liveCount === before + 1, 'no engine readied', { timeout: 20000 });
    expect(metronomeOf(run).running).to.equal(false);
    run.remove();
    expect(MetronomeEngine.liveCount).to.equal(before);
  });

  it('refuses a plan out of range in plain words and keeps the one it had', async () => {
    const run = await fixture<KneeRun>(html`<knee-run></knee-run>`);
    const select = run.shadowRoot!.querySelector<HTMLSelectElement>('select[aria-label="Run plan"]')!;
    select.value = 'custom';
    select.dispatchEvent(new Event('change'));
    await run.updateComplete;
    expect(run.intervals).to.deep.equal({ runS: 60, walkS: 60, repeats: 5 });
    const repeats = [...run.shadowRoot!.querySelectorAll<HTMLInputElement>('.custom input')].at(-1)!;
    repeats.value = '0';
    repeats.dispatchEvent(new Event('change'));
    await run.updateComplete;
    expect(run.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Repeats must be a whole number from 1 to 30');
    expect(run.intervals!.repeats).to.equal(5);
    // Start is refused with the reason: the plan shown is not silently swapped for the old one.
    const metronome = metronomeOf(run);
    await metronome.start();
    await metronome.updateComplete;
    expect(metronome.running).to.equal(false);
    expect(metronome.shadowRoot!.querySelector('[part~="message"]')!.textContent).to.match(/Not started: the plan is not valid\. Repeats must be/);
    repeats.value = '3';
    repeats.dispatchEvent(new Event('change'));
    await run.updateComplete;
    await metronome.updateComplete;
    expect(metronome.shadowRoot!.querySelector('[part~="message"]')).to.equal(null);
  });

  it('on a watch, the run is the first screen while it lasts: the time, the interval and its time left, the tempo, Pause — and Stop only once paused, asking first', async () => {
    const run = await fixture<KneeRun>(html`<knee-run bpm="172" .intervals=${{ runS: 60, walkS: 60, repeats: 2 }} style="width: 200px"></knee-run>`);
    const metronome = metronomeOf(run);
    await metronome.start();
    run.requestUpdate();
    await run.updateComplete;
    const clock = run.shadowRoot!.querySelector<HTMLElement>('.clock')!;
    const face = metronome.getBoundingClientRect();
    // The clock comes first, above the face, and holds the run's figures and its button.
    expect(clock.getBoundingClientRect().bottom).to.be.at.most(face.top + 1);
    expect(part(run, 'elapsed')).to.match(/^0:0\d$/);
    expect(part(run, 'status')).to.match(/^Run 1 of 2 · (0:59|1:00) left$/);
    expect(part(run, 'tempo')).to.equal('172 steps/min');
    const buttons = () => [...clock.querySelectorAll('button')].filter((b) => b.checkVisibility()).map((b) => b.textContent!.trim());
    expect(buttons()).to.deep.equal(['Pause']);
    // The face's own Start/Pause, Stop and Tap are not shown there: it is for the tempo.
    for (const name of ['toggle', 'stop', 'tap-button'])
      expect(metronome.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)?.checkVisibility() ?? false, name).to.equal(false);
    press(run.shadowRoot!, 'Pause');
    await waitUntil(() => metronome.paused, 'Pause did not pause');
    await run.updateComplete;
    expect(buttons()).to.deep.equal(['Stop', 'Resume']);
    press(run.shadowRoot!, 'Stop the run and save it');
    await run.updateComplete;
    expect(metronome.paused).to.equal(true);
    expect(buttons()).to.deep.equal(['Stop?', 'Resume']);
    const saved = new Promise((resolve) => run.addEventListener('knee-session', resolve, { once: true }));
    press(run.shadowRoot!, 'Press again to stop and save the run');
    await saved;
  });

  it('speaks "walk", the count-in and "run" on the plan’s time when the voice is on', async () => {
    const said: string[] = [];
    const speak = sinon.stub(speechSynthesis, 'speak').callsFake((u) => void said.push(u.text));
    const cancel = sinon.stub(speechSynthesis, 'cancel');
    try {
      const run = await fixture<KneeRun>(html`<knee-run voice voice-every="0" bpm="180" .intervals=${{ runS: 1, walkS: 5, repeats: 2 }}></knee-run>`);
      const metronome = metronomeOf(run);
      const beats: number[] = [];
      const heard = metronome.beatHeard.bind(metronome);
      metronome.beatHeard = (beat, at) => {
        beats.push(beat.time);
        heard(beat, at);
      };
      await metronome.start();
      await waitUntil(() => said.includes('Done. Well run.'), `said only ${said.join(', ')}`, { timeout: 30000 });
      expect(said).to.deep.equal(['Walk', 'Three', 'Two', 'One', 'Run', 'Walk. Last one.', 'Done. Well run.']);
      // The beats of each run (two per 1 s run at 180 spm) are one step apart, to the frame,
      // however the speech went, and the second run starts on the plan's time (6 s later).
      const rate = (await import('../../src/audio/audio-runtime.js')).audioContext().sampleRate;
      const frames = beats.map((time) => Math.round(time * rate));
      expect(frames).to.have.length(4);
      expect(frames[1]! - frames[0]!).to.be.closeTo(rate / 3, 1);
      expect(frames[3]! - frames[2]!).to.be.closeTo(rate / 3, 1);
      expect(frames[2]! - frames[0]!).to.be.closeTo(6 * rate, 1);
    } finally {
      speak.restore();
      cancel.restore();
    }
  });
});
