/**
 * Plays hold-timer cues at exact audio-clock times: each cue is an AudioBufferSourceNode
 * started at its time, all scheduled up front, so they sound on time however busy or hidden
 * the page is. Pausing cancels the cues still to come; resuming schedules them again.
 */
import type { BaseContext } from 'tone';
import { renderCue, type CueKind } from './hold-cues.js';
import type { Gain, Seconds } from '../units.js';

export interface TimedCue {
  kind: CueKind;
  /** Audio-clock time. */
  at: Seconds;
}

const buffers = new WeakMap<BaseContext, Map<CueKind, AudioBuffer>>();

export class CuePlayer {
  readonly context: BaseContext;
  readonly #output: GainNode;
  readonly #pending = new Set<AudioBufferSourceNode>();

  constructor(context: BaseContext, volume: Gain = 1, destination?: AudioNode) {
    this.context = context;
    this.#output = context.createGain();
    this.#output.gain.value = volume;
    this.#output.connect(destination ?? context.rawContext.destination);
  }

  /** Schedules cues; any whose time has already passed is left out rather than played late. */
  schedule(cues: readonly TimedCue[]) {
    // The raw clock: an offline Tone context keeps an artificial one of its own.
    const now = this.context.rawContext.currentTime;
    for (const cue of cues) {
      if (cue.at < now) continue;
      const source = this.context.createBufferSource();
      source.buffer = this.#buffer(cue.kind);
      source.connect(this.#output);
      source.onended = () => {
        source.disconnect();
        this.#pending.delete(source);
      };
      source.start(cue.at);
      this.#pending.add(source);
    }
  }

  /** Silences every cue that has not finished (including ones not yet started). */
  cancel() {
    for (const source of this.#pending) {
      source.onended = null;
      try {
        source.stop();
      } catch {
        // Already stopped.
      }
      source.disconnect();
    }
    this.#pending.clear();
  }

  get scheduledCount() {
    return this.#pending.size;
  }

  setVolume(volume: Gain) {
    this.#output.gain.setTargetAtTime(volume, this.context.rawContext.currentTime, 0.01);
  }

  dispose() {
    this.cancel();
    this.#output.disconnect();
  }

  #buffer(kind: CueKind): AudioBuffer {
    let cache = buffers.get(this.context);
    if (!cache) buffers.set(this.context, (cache = new Map()));
    let buffer = cache.get(kind);
    if (!buffer) {
      const samples = renderCue(kind, this.context.sampleRate);
      buffer = this.context.createBuffer(1, samples.length, this.context.sampleRate);
      buffer.copyToChannel(samples, 0);
      cache.set(kind, buffer);
    }
    return buffer;
  }
}
