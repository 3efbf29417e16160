/**
 * Cost bench page: one thing playing per page, chosen by `?play=`, for measuring what it
 * costs the whole browser (every process) per minute (bench/cost.mjs):
 * - `metronome`: a visible <knee-metronome> at 172 spm, started, a square as large as the
 *   viewport's shorter side;
 * - `metronome-still`: the same with reduced motion;
 * - `metronome-interactive`: the same on a context with `latencyHint: 'interactive'`;
 * - `loop`: one looping AudioBufferSourceNode holding one beat, no element (the cheapest beat
 *   Web Audio can play: no worklet, no main thread);
 * - `metronome-unseen`: the same element, started, in a `display: none` box (its sound and
 *   script without its drawing: tells the two costs apart);
 * - `hold-10x1`, `hold-50x10`: a visible <knee-hold-timer> (5 s holds, 3 s rests) running;
 * - `tone`: Tone.js's default Transport + Loop playing the same click, no element;
 * - `lookahead`: the classic web metronome (setTimeout every 25 ms scheduling
 *   AudioBufferSourceNodes up to 100 ms ahead on the AudioContext clock), no element;
 * - `blank`: nothing (the floor: the browser's own processes, idle).
 */
import { soundKit } from '../src/audio/sound-kit.js';
import { setLatencyHint } from '../src/audio/audio-runtime.js';
import { toBuffer } from './audio-buffer.js';
import '../components/knee-metronome/knee-metronome.js';
import '../components/knee-hold-timer/knee-hold-timer.js';
import type { KneeMetronome } from '../components/knee-metronome/knee-metronome.js';
import type { KneeHoldTimer } from '../components/knee-hold-timer/knee-hold-timer.js';

const BPM = 172;

async function playTone() {
  // Imported here, not at the top: Tone's index makes a running AudioContext (and its ticker
  // worker) the moment it loads, which would otherwise run beside every other kind too.
  await import('../src/audio/tone-silence.js');
  const { Loop, Player, ToneAudioBuffer, getContext, getTransport, start: startTone } = await import('tone');
  await startTone();
  const raw = getContext().rawContext as AudioContext;
  const player = new Player(new ToneAudioBuffer(toBuffer(raw, (await soundKit(raw.sampleRate)).clicks.click.normal))).toDestination();
  const transport = getTransport();
  transport.bpm.value = BPM;
  new Loop((time) => player.start(time), '4n').start(0);
  transport.start();
}

async function playLookahead() {
  const context = new AudioContext();
  await context.resume();
  const buffer = toBuffer(context, (await soundKit(context.sampleRate)).clicks.click.normal);
  let next = context.currentTime + 0.1;
  const schedule = () => {
    while (next < context.currentTime + 0.1) {
      const source = context.createBufferSource();
      source.buffer = buffer;
      source.connect(context.destination);
      source.start(next);
      next += 60 / BPM;
    }
    setTimeout(schedule, 25);
  };
  schedule();
}

/** One looping AudioBufferSourceNode holding one beat (the cheapest beat Web Audio has). */
async function playLoop() {
  const context = new AudioContext();
  await context.resume();
  const click = (await soundKit(context.sampleRate)).clicks.click.normal;
  const beat = context.createBuffer(1, Math.round((context.sampleRate * 60) / BPM), context.sampleRate);
  beat.copyToChannel(click, 0);
  const source = context.createBufferSource();
  source.buffer = beat;
  source.loop = true;
  source.connect(context.destination);
  source.start(context.currentTime + 0.05);
}

async function playElement(html: string, start: (el: Element) => Promise<void>) {
  document.body.innerHTML = html;
  const el = document.body.firstElementChild!;
  await customElements.whenDefined(el.localName);
  await start(el);
}

async function play(what: string): Promise<void> {
  switch (what) {
    case 'metronome-interactive':
      // The same, on a context made with the shortest buffers (the default before 2026-11-26).
      setLatencyHint('interactive');
      return play('metronome');
    case 'metronome':
    case 'metronome-still':
    case 'metronome-unseen': {
      // As large as the viewport's shorter side allows (a watch's whole face, most of a
      // desktop's height): more pixels to change per beat is the harder case.
      const style = what === 'metronome-unseen' ? 'display: none' : 'width: 100vmin; height: 100vmin';
      return playElement(`<knee-metronome bpm="${BPM}" audio-mode="mix" style="${style}"></knee-metronome>`, (el) => (el as KneeMetronome).start());
    }
    case 'hold-10x1':
    case 'hold-50x10': {
      const [reps, sets] = what === 'hold-10x1' ? [10, 1] : [50, 10];
      return playElement(
        `<knee-hold-timer hold="5" rest="3" reps="${reps}" sets="${sets}" lead-in="0" audio-mode="mix" style="width: 360px"></knee-hold-timer>`,
        (el) => (el as KneeHoldTimer).start(),
      );
    }
    case 'tone':
      return playTone();
    case 'lookahead':
      return playLookahead();
    case 'loop':
      return playLoop();
    case 'blank':
      return;
    default:
      throw new Error(`unknown ?play=${what}`);
  }
}

Object.assign(window, { costbench: { play } });
