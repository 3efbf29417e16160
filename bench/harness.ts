/**
 * Bench page code: one metronome engine per page, recorded by an onset-detecting worklet.
 * Engines: ours (the worklet engine), Tone.js's default Transport + Loop, and a setInterval
 * metronome. All three play the same click samples into the same recorder.
 */
import { audioContext } from '../src/audio/audio-runtime.js';
import { MetronomeEngine } from '../src/audio/metronome-engine.js';
import { MediaElementRoute } from '../src/audio/media-route.js';
import { KIT_PARTS, renderKitPart, soundKit } from '../src/audio/sound-kit.js';
import { toBuffer } from './audio-buffer.js';
import { Loop, Player, ToneAudioBuffer, getContext, getTransport } from 'tone';
import { CuePlayer } from '../src/hold/cue-player.js';
import { cuesFor, type Cue } from '../src/hold/hold-cues.js';
import { DEFAULT_HOLD, planSession, type HoldSettings } from '../src/hold/hold-plan.js';
import { CUE_LEAD, HoldSession } from '../src/hold/hold-session.js';
import type { SessionRecord } from '../src/session-record.js';
import { holdRecord, cadenceRecord } from '../test/helpers/records.js';
import { SessionStore } from '../src/store/session-store.js';
import { exportJSON } from '../src/store/export.js';
import '../components/knee-history/knee-history.js';
import '../components/knee-today/knee-today.js';

export type EngineKind = 'ours' | 'ours-media' | 'ours-stream' | 'tone-transport' | 'setinterval';

interface Running {
  stop(): void;
}

const state: {
  raw?: AudioContext;
  recorder?: AudioWorkletNode;
  tap?: GainNode;
  start?: () => Promise<void> | void;
  running?: Running;
  tapTime?: number;
  stallMs: number;
  stallTimer?: number;
} = { stallMs: 0 };

/**
 * The page's context and an onset recorder on it. Ours and the setInterval metronome use the
 * app's context (audio-runtime.ts); the Tone baseline uses Tone's own default context, exactly
 * as an app written the usual Tone way would (worker ticker, 100 ms look-ahead).
 */
async function setUpRecorder(minGap: number, toneDefault = false) {
  const tone = toneDefault ? getContext() : audioContext();
  const raw = tone.rawContext as AudioContext;
  await tone.resume();
  await tone.addAudioWorkletModule(new URL('./recorder-processor.js', import.meta.url).href);
  const recorder = tone.createAudioWorkletNode('knee-bench-recorder', { numberOfInputs: 1, numberOfOutputs: 0, processorOptions: { minGap } });
  // Engines feed `tap`, which goes to the speakers (an audible page, as in real use) and the recorder.
  const tap = tone.createGain();
  tap.connect(raw.destination);
  tap.connect(recorder);
  Object.assign(state, { raw, recorder, tap });
  return { tone, raw, tap };
}

async function prepare(kind: EngineKind, bpm: number) {
  const { tone, raw, tap } = await setUpRecorder(64, kind === 'tone-transport');
  const click = (await soundKit(raw.sampleRate)).clicks.click.normal;

  if (kind === 'ours' || kind === 'ours-media' || kind === 'ours-stream') {
    // ours-media: the locked-screen route, engine → MediaStream → <audio>; the recorder hears
    // what the element plays (captured back into the context), not what was sent to it.
    // ours-stream (diagnosis): the same stream recorded straight, with no element, to tell the
    // element's part from the stream's.
    const route = kind === 'ours' ? null : MediaElementRoute.for(raw);
    const engine = await MetronomeEngine.create(tone, { bpm, accentEvery: 0, sound: 'click', volume: 1 }, { destination: route?.input ?? tap });
    const viaElement = kind === 'ours-media' ? route : null;
    if (route) {
      tap.disconnect();
      const heard = viaElement ? (viaElement.element as HTMLAudioElement & { captureStream(): MediaStream }).captureStream() : route.input.stream;
      raw.createMediaStreamSource(heard).connect(state.recorder!);
    }
    state.start = async () => {
      await viaElement?.play();
      await engine.start();
    };
    state.running = {
      stop: () => {
        void engine.stop();
        viaElement?.release();
      },
    };
  } else if (kind === 'tone-transport') {
    const player = new Player(new ToneAudioBuffer(toBuffer(raw, click)));
    player.connect(tap);
    const transport = getTransport();
    transport.bpm.value = bpm;
    const loop = new Loop((time) => player.start(time), '4n').start(0);
    state.start = () => {
      transport.start();
    };
    state.running = {
      stop: () => {
        transport.stop();
        loop.dispose();
      },
    };
  } else {
    const buffer = toBuffer(raw, click);
    const play = () => {
      const source = raw.createBufferSource();
      source.buffer = buffer;
      source.connect(tap);
      source.start();
    };
    let timer = 0;
    state.start = () => {
      play();
      timer = window.setInterval(play, 60000 / bpm);
    };
    state.running = { stop: () => clearInterval(timer) };
  }
  return { sampleRate: raw.sampleRate, baseLatency: raw.baseLatency, outputLatency: raw.outputLatency };
}

/** A simulated tap on Start: returns the audio-clock time of the tap. */
async function tap() {
  state.tapTime = state.raw!.currentTime;
  await state.start!();
  return state.tapTime;
}

/** Blocks the main thread for `busy` ms every `every` ms (a busy UI, GC, a slow phone). */
function stall(busy = 150, every = 500) {
  state.stallTimer = window.setInterval(() => {
    const start = performance.now();
    while (performance.now() - start < busy) {
      /* busy */
    }
    state.stallMs += performance.now() - start;
  }, every);
}

async function collect() {
  clearInterval(state.stallTimer);
  state.running?.stop();
  const recorder = state.recorder!;
  const { onsets, endFrame } = await new Promise<{ onsets: number[]; endFrame: number }>((resolve) => {
    recorder.port.onmessage = (event: MessageEvent<{ onsets: number[]; endFrame: number }>) => resolve(event.data);
    recorder.port.postMessage('flush');
  });
  return { onsets, endFrame, sampleRate: state.raw!.sampleRate, tapTime: state.tapTime, stallMs: state.stallMs };
}

/** Cold start of our engine as the app does it: context, module and engine all created in the tap. */
async function coldStart(bpm: number) {
  const tapPerf = performance.now();
  const tone = audioContext();
  const raw = tone.rawContext as AudioContext;
  await raw.resume();
  const engine = await MetronomeEngine.create(tone, { bpm, accentEvery: 0, sound: 'click', volume: 1 });
  const first = await engine.start();
  const stamp = raw.getOutputTimestamp();
  const heardAt = stamp.performanceTime! + (first - stamp.contextTime!) * 1000;
  engine.dispose();
  return { tapToScheduledMs: heardAt - tapPerf - raw.outputLatency * 1000, tapToHeardMs: heardAt - tapPerf };
}

/** The hold bench's session: a 3-rep set, 5 s holds, 2 s rests, no lead-in. */
const HOLD_BENCH: HoldSettings = { ...DEFAULT_HOLD, holdS: 5, restS: 2, reps: 3, leadInS: 0 };

/**
 * Hold-timer cues, ours (every cue scheduled on the audio clock) or a baseline countdown that
 * counts 100 ms setInterval ticks and plays each cue when its count reaches the cue's time.
 * Resolves with the cue plan and the audio time of the session's start.
 */
async function holdPrepare(kind: 'ours' | 'setinterval') {
  const rate = (audioContext().rawContext as AudioContext).sampleRate;
  const { tone, raw, tap } = await setUpRecorder(Math.round(rate * 0.15));
  const cues = cuesFor(planSession(HOLD_BENCH));
  if (kind === 'ours') {
    const player = await CuePlayer.create(tone, 1, tap);
    state.start = () => {
      const session = new HoldSession(HOLD_BENCH, () => raw.currentTime, CUE_LEAD);
      session.start();
      state.tapTime = session.clockTimeOf(0);
      player.schedule(cues.map((cue) => ({ kind: cue.kind, at: session.clockTimeOf(cue.time) })));
    };
  } else {
    const sounds = (await soundKit(raw.sampleRate)).cues;
    const buffers = new Map(cues.map((cue) => [cue.kind, toBuffer(raw, sounds[cue.kind])]));
    state.start = () => {
      state.tapTime = raw.currentTime;
      let counted = 0;
      const queue: Cue[] = [...cues];
      const play = () => {
        while (queue.length && queue[0]!.time <= counted + 1e-9) {
          const source = raw.createBufferSource();
          source.buffer = buffers.get(queue.shift()!.kind)!;
          source.connect(tap);
          source.start();
        }
      };
      play();
      const timer = window.setInterval(() => {
        counted += 0.1;
        play();
        if (!queue.length) clearInterval(timer);
      }, 100);
      state.running = { stop: () => clearInterval(timer) };
    };
  }
  return { cues, sampleRate: raw.sampleRate };
}

async function holdStart() {
  await state.start!();
  return state.tapTime;
}

/** The recording context's clock: runs are timed by it, not by the wall clock it can lag. */
function audioNow() {
  return state.raw!.currentTime;
}

// ---- Session log: 5 years of records, 3 a day ----

const HISTORY_DB = 'kneebeat-bench';

/**
 * Fills the bench's log by importing an export file of `total` records (spread over `years`,
 * newest today), as a user restoring a backup would: through the store's import (a worker), with
 * every main-thread task of the page over 50 ms recorded (Long Tasks API) while it runs.
 */
/** Seeds the bench's log by importing `total` sessions spread over `days` days to today (recent dates load at once). */
async function historySeed(total = 75_000, days = 5 * 365) {
  const day = 86_400_000;
  const now = Date.now();
  const perDay = Math.ceil(total / days);
  const records: SessionRecord[] = [];
  for (let i = 0; i < total; i++) {
    const d = days - Math.floor(i / perDay);
    const k = i % perDay;
    const start = now - d * day - (k + 1) * 60_000;
    records.push(k % 3 === 2 ? { ...cadenceRecord(start) } : holdSession(start, d));
  }
  // A Blob, as the file picker gives one (made before the measurement starts).
  const text = exportJSON(records);
  const file = new Blob([text], { type: 'application/json' });
  const store = new SessionStore(HISTORY_DB);
  await store.clear();
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  let progressCalls = 0;
  const start = performance.now();
  const report = await store.importJSON(file, { onProgress: () => progressCalls++ });
  const importMs = performance.now() - start;
  // Long tasks are reported after they end: give the last one a frame to arrive.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  observer.disconnect();
  return {
    count: records.length,
    added: report.added,
    megabytes: text.length / 1e6,
    importMs,
    progressCalls,
    longestTaskMs: Math.max(0, ...longTasks),
    longTasks: longTasks.length,
  };
}

/**
 * Baseline for the import: the same file parsed on the page's main thread, the one task a
 * plain `JSON.parse` import cannot avoid.
 */
async function parseOnMainThread(total = 75_000) {
  const now = Date.now();
  const records = Array.from({ length: total }, (_, i) => holdSession(now - i * 60_000, i));
  const file = exportJSON(records);
  const start = performance.now();
  JSON.parse(file);
  return performance.now() - start;
}

const holdSession = (startedAt: number, d: number) => holdRecord(startedAt, { before: 2 + (d % 5), after: 1 + (d % 4) });

/** Longest main-thread task (ms, from the Long Tasks API: only those over 50 ms are reported) while `work` runs. */
async function longestTask<T>(work: () => Promise<T>): Promise<{ result: T; longestTaskMs: number; ms: number }> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  // Long tasks are reported after they end: give the last one a frame to arrive.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  observer.disconnect();
  return { result, longestTaskMs: Math.max(0, ...tasks), ms };
}

/** History opened on a large log: the longest main-thread task while it reads and renders. */
async function historyOpenTasks() {
  const { result, longestTaskMs, ms } = await longestTask(async () => {
    const element = document.createElement('knee-history');
    element.store = new SessionStore(HISTORY_DB);
    document.body.append(element);
    await element.ready;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const shown = element.shadowRoot!.querySelector('#sessions')?.textContent;
    element.remove();
    return shown;
  });
  return { longestTaskMs, ms, shown: result };
}

/**
 * Today opened on a large log (the app's first view): it reads the weeks the rules look at and
 * decides the day. The longest main-thread task until the decision is shown.
 */
async function todayOpenTasks() {
  const { result, longestTaskMs, ms } = await longestTask(async () => {
    const element = document.createElement('knee-today');
    element.store = new SessionStore(HISTORY_DB);
    document.body.append(element);
    while (!element.today) await new Promise((resolve) => setTimeout(resolve, 10));
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const training = element.today.training;
    element.remove();
    return training;
  });
  return { longestTaskMs, ms, training: result };
}

/** The log exported (JSON and CSV, as History's buttons make them): the longest main-thread task. */
async function historyExportTasks(format: 'json' | 'csv') {
  const { result, longestTaskMs, ms } = await longestTask(() => new SessionStore(HISTORY_DB).exportFile(format));
  return { longestTaskMs, ms, megabytes: result.size / 1e6 };
}

/** Opens <knee-history> on a fresh store connection: read + validation + first render, to the next frame. */
async function historyOpen() {
  const start = performance.now();
  const element = document.createElement('knee-history');
  element.store = new SessionStore(HISTORY_DB);
  document.body.append(element);
  await element.ready;
  const rendered = performance.now() - start;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const frame = performance.now() - start;
  const sessions = element.shadowRoot!.querySelector('#sessions')?.textContent;
  element.remove();
  return { rendered, frame, sessions };
}

/** Baseline: a fresh IndexedDB connection and a bare getAll of the same data (no validation, no render). */
async function rawGetAll() {
  const start = performance.now();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(HISTORY_DB);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const values = await new Promise<unknown[]>((resolve, reject) => {
    const request = db.transaction('sessions').objectStore('sessions').getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return { ms: performance.now() - start, count: values.length };
}

const saveStore = new SessionStore(HISTORY_DB);
/** Saves one record through the store (validation, add-only write, change notice). */
async function historySave() {
  const record = holdSession(Date.now(), 0);
  const start = performance.now();
  await saveStore.add(record);
  return performance.now() - start;
}

/**
 * Renders every part of the sound kit afresh `runs` times at the live context's rate, one part
 * at a time; returns each part's render times (ms) and the seconds of audio it holds.
 */
async function kitRenders(runs: number) {
  const rate = audioContext().sampleRate;
  const parts: { part: string; ms: number[]; seconds: number }[] = [];
  for (const part of KIT_PARTS) {
    const ms: number[] = [];
    let seconds = 0;
    for (let run = 0; run < runs; run++) {
      const began = performance.now();
      const sounds = await renderKitPart(part, rate);
      ms.push(performance.now() - began);
      seconds = Object.values(sounds).reduce((sum, samples) => sum + samples.length / rate, 0);
    }
    parts.push({ part, ms, seconds });
  }
  return { rate, parts };
}

Object.assign(window, {
  kneebench: {
    kitRenders,
    prepare,
    tap,
    stall,
    collect,
    coldStart,
    holdPrepare,
    holdStart,
    historySeed,
    parseOnMainThread,
    historyOpen,
    historyOpenTasks,
    todayOpenTasks,
    historyExportTasks,
    rawGetAll,
    audioNow,
    historySave,
  },
});
