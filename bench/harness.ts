/**
 * Bench page code: one metronome engine per page, recorded by an onset-detecting worklet.
 * Engines: ours (the worklet engine), Tone.js's default Transport + Loop, and a setInterval
 * metronome. All three play the same click samples into the same recorder.
 */
import { audioContext } from '../src/audio/audio-runtime.js';
import { MetronomeEngine } from '../src/audio/metronome-engine.js';
import { renderClick } from '../src/audio/click-sounds.js';
import { Loop, Player, ToneAudioBuffer, getTransport } from 'tone';

export type EngineKind = 'ours' | 'tone-transport' | 'setinterval';

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

async function prepare(kind: EngineKind, bpm: number) {
  const tone = audioContext();
  const raw = tone.rawContext as AudioContext;
  await raw.resume();
  await raw.audioWorklet.addModule(new URL('./recorder-processor.js', import.meta.url).href);
  const recorder = new AudioWorkletNode(raw, 'knee-bench-recorder', { numberOfInputs: 1, numberOfOutputs: 0 });
  // Engines feed `tap`, which goes to the speakers (an audible page, as in real use) and the recorder.
  const tap = raw.createGain();
  tap.connect(raw.destination);
  tap.connect(recorder);
  Object.assign(state, { raw, recorder, tap });
  const click = renderClick('click', raw.sampleRate);

  if (kind === 'ours') {
    const engine = await MetronomeEngine.create(tone, { bpm, accentEvery: 0, sound: 'click', volume: 1 }, { destination: tap });
    state.start = async () => {
      await engine.start();
    };
    state.running = { stop: () => void engine.stop() };
  } else if (kind === 'tone-transport') {
    const buffer = raw.createBuffer(1, click.length, raw.sampleRate);
    buffer.copyToChannel(click, 0);
    const player = new Player(new ToneAudioBuffer(buffer));
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
    const buffer = raw.createBuffer(1, click.length, raw.sampleRate);
    buffer.copyToChannel(click, 0);
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
  const onsets = await new Promise<number[]>((resolve) => {
    recorder.port.onmessage = (event: MessageEvent<number[]>) => resolve(event.data);
    recorder.port.postMessage('flush');
  });
  return { onsets, sampleRate: state.raw!.sampleRate, tapTime: state.tapTime, stallMs: state.stallMs };
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

Object.assign(window, { kneebench: { prepare, tap, stall, collect, coldStart } });
