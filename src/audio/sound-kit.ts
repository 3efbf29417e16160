/**
 * The sound kit: every sound the app plays (metronome clicks in four voices with accents, the
 * hold timer's cues, the walk/run cues), designed with Tone.js instruments and effects and
 * rendered offline by Tone into plain sample arrays. The worklet processors then place those
 * samples to the frame: sound design in Tone, timing on the audio thread, where no main-thread
 * scheduler (Tone's included) can be late.
 *
 * Rendered on demand, per sample rate, only what is about to be heard (the chosen click voice,
 * the hold cues when a hold timer starts, the walk/run cues when a plan is set), and kept.
 * Lives in the on-demand audio chunk (it imports Tone).
 */
import './tone-silence.js';
import { OfflineContext } from 'tone/build/esm/core/context/OfflineContext.js';
import { Filter } from 'tone/build/esm/component/filter/Filter.js';
import { Distortion } from 'tone/build/esm/effect/Distortion.js';
import { FMSynth } from 'tone/build/esm/instrument/FMSynth.js';
import { MembraneSynth } from 'tone/build/esm/instrument/MembraneSynth.js';
import { NoiseSynth } from 'tone/build/esm/instrument/NoiseSynth.js';
import { Synth } from 'tone/build/esm/instrument/Synth.js';
import { CLICK_SOUNDS, type ClickSound } from './click-sounds.js';
import type { CueKind } from '../hold/hold-cues.js';
import type { ClickSamples, IntervalCueSamples } from './metronome-protocol.js';
import type { Hertz, Seconds } from '../units.js';

/** Every sound, as `soundKit` returns it (the bench and the tests look at all of them). */
export interface SoundKit {
  clicks: Record<ClickSound, ClickSamples>;
  /** The hold timer's cues. */
  cues: Record<CueKind, Float32Array<ArrayBuffer>>;
  /** The walk/run plan's cues. */
  intervals: IntervalCueSamples;
}

/** A voice built once in a render; plays one sound at `time`, its pitches scaled by `pitch`. */
type Voice = (time: Seconds, pitch: number) => void;

/** How a group plays one of its sounds, and its loudest sample once rendered. */
interface Sound {
  voice: Voice;
  pitch?: number;
  peak: number;
}

/**
 * Sounds rendered together in one offline pass, one after another, each voice built once and
 * played as often as needed: building Tone instruments and running their nodes (Tone's signals
 * are always-running sources) is what a render costs.
 */
interface Group<Name extends string> {
  /** Time each sound gets in the render (longer than it rings), in the order they play. */
  rooms: Record<Name, Seconds>;
  /** Builds the voices on the render's context. */
  build(context: OfflineContext): Record<Name, Sound>;
}

/** Normal beats peak at 0.7; accents are louder and a little higher. */
const NORMAL_PEAK = 0.7;
const ACCENT_PEAK = 1.0;
const ACCENT_PITCH = 1.3;
/** A sound starts at its first sample above this share of its peak and ends at its last one. */
const EDGE = 0.01;
/** Fade at the tail so a sound cut at its edge ends without a pop. */
const FADE: Seconds = 0.001;

/*
 * The clicks. All sit at 0.6–3 kHz, where hearing is most sensitive and traffic noise weaker,
 * and start at once (attack 0): a hard onset the ear locks onto and a test finds to the frame.
 */

/** A short "tock": a sine swept down half an octave, with a 4 ms burst of bright noise on top. */
function click(context: OfflineContext): Voice {
  const body = new MembraneSynth({ context, octaves: 0.5, pitchDecay: 0.004, envelope: { attack: 0, decay: 0.025, sustain: 0, release: 0.005 } });
  const edge = new NoiseSynth({ context, volume: -10, envelope: { attack: 0, decay: 0.004, sustain: 0, release: 0.002 } });
  body.toDestination();
  edge.connect(new Filter({ context, type: 'highpass', frequency: 4000 }).toDestination());
  return (time, pitch) => {
    body.triggerAttackRelease(2000 * pitch, 0.03, time);
    edge.triggerAttackRelease(0.004, time);
  };
}

/** A wood block: a damped 900 Hz membrane through a resonant band-pass, with a 2.4 kHz knock. */
function wood(context: OfflineContext): Voice {
  const band = new Filter({ context, type: 'bandpass', frequency: 1100, Q: 2 }).toDestination();
  const body = new MembraneSynth({ context, octaves: 0.7, pitchDecay: 0.01, envelope: { attack: 0, decay: 0.05, sustain: 0, release: 0.01 } }).connect(band);
  const knock = new Synth({ context, volume: -8, oscillator: { type: 'sine' }, envelope: { attack: 0, decay: 0.012, sustain: 0, release: 0.004 } });
  knock.toDestination();
  return (time, pitch) => {
    band.frequency.setValueAtTime(1100 * pitch, time);
    body.triggerAttackRelease(900 * pitch, 0.06, time);
    knock.triggerAttackRelease(2400 * pitch, 0.015, time);
  };
}

/** An electronic beep: a 1.5 kHz square held 35 ms, its harshest harmonics filtered off. */
function beep(context: OfflineContext): Voice {
  const synth = new Synth({ context, oscillator: { type: 'square' }, envelope: { attack: 0, decay: 0.01, sustain: 0.8, release: 0.012 } });
  synth.connect(new Filter({ context, type: 'lowpass', frequency: 6000 }).toDestination());
  return (time, pitch) => synth.triggerAttackRelease(1500 * pitch, 0.035, time);
}

/** The drum machine cowbell: two detuned squares through a band-pass, a little overdriven. */
function cowbell(context: OfflineContext): Voice {
  const band = new Filter({ context, type: 'bandpass', frequency: 900, Q: 1.2 });
  band.connect(new Distortion({ context, distortion: 0.3 }).toDestination());
  const envelope = { attack: 0, decay: 0.1, sustain: 0, release: 0.02 };
  const low = new Synth({ context, oscillator: { type: 'square' }, envelope }).connect(band);
  const high = new Synth({ context, oscillator: { type: 'square' }, envelope }).connect(band);
  return (time, pitch) => {
    band.frequency.setValueAtTime(900 * pitch, time);
    low.triggerAttackRelease(587 * pitch, 0.1, time);
    high.triggerAttackRelease(845 * pitch, 0.1, time);
  };
}

const CLICK_VOICES: Record<ClickSound, (context: OfflineContext) => Voice> = { click, wood, beep, cowbell };

/** A click voice's normal beat and its accent. */
const clickGroup = (sound: ClickSound): Group<'normal' | 'accent'> => ({
  rooms: { normal: 0.15, accent: 0.15 },
  build: (context) => {
    const voice = CLICK_VOICES[sound](context);
    return { normal: { voice, peak: NORMAL_PEAK }, accent: { voice, pitch: ACCENT_PITCH, peak: ACCENT_PEAK } };
  },
});

/*
 * The hold timer's cues: distinct shapes, not only pitches, so they are told apart eyes
 * closed — "go" rises, "release" falls, ticks are short and soft, "switch" is three beeps,
 * "end" a falling arpeggio. A soft triangle tone; notes overlap so a cue is one sound.
 */

/** What `sequence` plays on: any of Tone's monophonic synths. */
interface Monophonic {
  triggerAttackRelease(note: Hertz, duration: Seconds, time: Seconds): unknown;
}

/** Plays notes (frequency ratios to `NOTE`) `gap` seconds apart, each `length` long, on `synth`. */
const sequence =
  (synth: Monophonic, ratios: readonly number[], gap: Seconds, length: Seconds): Voice =>
  (time, pitch) =>
    ratios.forEach((ratio, i) => synth.triggerAttackRelease(NOTE * ratio * pitch, length, time + i * gap));

const NOTE: Hertz = 660;

const holdCueGroup: Group<CueKind> = {
  rooms: { count: 0.2, go: 0.3, tick: 0.1, release: 0.3, switch: 0.45, end: 0.6 },
  build: (context) => {
    const tone = new Synth({ context, oscillator: { type: 'triangle' }, envelope: { attack: 0, decay: 0.05, sustain: 0.5, release: 0.04 } });
    tone.connect(new Filter({ context, type: 'lowpass', frequency: 3000 }).toDestination());
    const tick = new Synth({ context, oscillator: { type: 'sine' }, envelope: { attack: 0, decay: 0.015, sustain: 0, release: 0.01 } }).toDestination();
    return {
      count: { voice: sequence(tone, [1.33], 0, 0.08), peak: 0.5 },
      go: { voice: sequence(tone, [1, 1.5], 0.1, 0.09), peak: 0.9 },
      tick: { voice: (time) => tick.triggerAttackRelease(1200, 0.02, time), peak: 0.3 },
      release: { voice: sequence(tone, [1.33, 0.89], 0.1, 0.09), peak: 0.9 },
      switch: { voice: sequence(tone, [1.12, 1.12, 1.12], 0.14, 0.08), peak: 0.9 },
      end: { voice: sequence(tone, [1.5, 1.26, 1, 0.75], 0.12, 0.1), peak: 1 },
    };
  },
};

/*
 * The walk/run cues: unlike any click, so a runner hears a change of segment through music
 * and traffic — an FM bell, two notes rising for "run", two falling for "walk", three for the
 * end, 0.1 s apart: "run" is over within 0.3 s, before the first step at any cadence we offer.
 */
const intervalCueGroup: Group<keyof IntervalCueSamples> = {
  rooms: { run: 0.35, walk: 0.35, end: 0.45 },
  build: (context) => {
    const bell = new FMSynth({
      context,
      harmonicity: 3,
      modulationIndex: 4,
      envelope: { attack: 0, decay: 0.12, sustain: 0.3, release: 0.06 },
      modulationEnvelope: { attack: 0, decay: 0.06, sustain: 0, release: 0.04 },
    }).toDestination();
    const cue = (ratios: number[]): Sound => ({ voice: sequence(bell, ratios, 0.1, 0.09), peak: 0.9 });
    return { run: cue([1, 1.5]), walk: cue([1.5, 1]), end: cue([1.5, 1.5, 1.5]) };
  },
};

/**
 * Cuts a rendered sound to where it is audible (first to last sample above `EDGE` of its
 * peak), scales it to `peak` and fades its last millisecond. Its first sample is its onset.
 */
export function finishSound(rendered: Float32Array, peak: number, sampleRate: Hertz): Float32Array<ArrayBuffer> {
  let max = 0;
  for (const s of rendered) max = Math.max(max, Math.abs(s));
  if (max === 0) throw new Error('The sound kit rendered a silent sound.');
  const edge = max * EDGE;
  const first = rendered.findIndex((s) => Math.abs(s) >= edge);
  const last = rendered.findLastIndex((s) => Math.abs(s) >= edge);
  const out = new Float32Array(last - first + 1);
  const fade = Math.min(out.length, Math.round(FADE * sampleRate));
  for (let i = 0; i < out.length; i++) {
    const tail = i >= out.length - fade ? (out.length - 1 - i) / fade : 1;
    out[i] = ((rendered[first + i]! * peak) / max) * tail;
  }
  return out;
}

/**
 * Renders a group offline with Tone and cuts it into its sounds. What `Tone.Offline` does, with
 * two differences: the instruments are given the offline context rather than finding it as
 * Tone's global one (so rendering never touches, or makes, a live context: `Tone.Offline` asks
 * for the global context first, and Tone makes one, with an AudioContext, if none is set), and
 * the context is a native OfflineAudioContext without Tone's wrapper and main-thread clock —
 * a quarter quicker here.
 */
async function renderGroup<Name extends string>(group: Group<Name>, sampleRate: Hertz): Promise<Record<Name, Float32Array<ArrayBuffer>>> {
  const names = Object.keys(group.rooms) as Name[];
  // Each sound's slot starts where the one before it ends.
  let total: Seconds = 0;
  const starts = names.map((name) => {
    const start = total;
    total += group.rooms[name];
    return start;
  });
  const frame = (time: Seconds) => Math.round(time * sampleRate);
  const context = new OfflineContext(new OfflineAudioContext(1, frame(total), sampleRate));
  const sounds = group.build(context);
  names.forEach((name, i) => sounds[name].voice(starts[i]!, sounds[name].pitch ?? 1));
  const rendered = (await context.render(false)).getChannelData(0);
  const cut = (name: Name, i: number) => {
    const from = frame(starts[i]!);
    return finishSound(rendered.subarray(from, from + frame(group.rooms[name])), sounds[name].peak, sampleRate);
  };
  return Object.fromEntries(names.map((name, i) => [name, cut(name, i)])) as Record<Name, Float32Array<ArrayBuffer>>;
}

/** The kit's parts, each one render. */
export const KIT_PARTS = [...CLICK_SOUNDS.map((sound) => `click:${sound}` as const), 'hold-cues', 'interval-cues'] as const;
export type KitPart = (typeof KIT_PARTS)[number];

/** Renders one part afresh (the bench times this; everything else uses the kept renders below). */
export function renderKitPart(part: KitPart, sampleRate: Hertz): Promise<Record<string, Float32Array<ArrayBuffer>>> {
  if (part === 'hold-cues') return renderGroup(holdCueGroup, sampleRate);
  if (part === 'interval-cues') return renderGroup(intervalCueGroup, sampleRate);
  return renderGroup(clickGroup(part.slice('click:'.length) as ClickSound), sampleRate);
}

/** Renders, once per sample rate, and keeps (a failed render is tried again next time). */
const rendered = new Map<string, Promise<unknown>>();
function once<T>(key: string, sampleRate: Hertz, render: () => Promise<T>): Promise<T> {
  const id = `${key}@${sampleRate}`;
  let result = rendered.get(id) as Promise<T> | undefined;
  if (!result) {
    result = render();
    result.catch(() => rendered.delete(id));
    rendered.set(id, result);
  }
  return result;
}

/** One click voice's normal and accented beat. */
export const clickSamples = (sound: ClickSound, sampleRate: Hertz): Promise<ClickSamples> =>
  once(`click:${sound}`, sampleRate, () => renderGroup(clickGroup(sound), sampleRate));

/** The hold timer's cues. */
export const holdCueSamples = (sampleRate: Hertz): Promise<Record<CueKind, Float32Array<ArrayBuffer>>> =>
  once('hold-cues', sampleRate, () => renderGroup(holdCueGroup, sampleRate));

/** The walk/run plan's cues. */
export const intervalCueSamples = (sampleRate: Hertz): Promise<IntervalCueSamples> =>
  once('interval-cues', sampleRate, () => renderGroup(intervalCueGroup, sampleRate));

/** Every sound of the kit at `sampleRate` (each part rendered once and kept, like the parts alone). */
export async function soundKit(sampleRate: Hertz): Promise<SoundKit> {
  const [clicks, cues, intervals] = await Promise.all([
    Promise.all(CLICK_SOUNDS.map((sound) => clickSamples(sound, sampleRate))),
    holdCueSamples(sampleRate),
    intervalCueSamples(sampleRate),
  ]);
  return { clicks: Object.fromEntries(CLICK_SOUNDS.map((sound, i) => [sound, clicks[i]!])) as SoundKit['clicks'], cues, intervals };
}
