/**
 * Plays hold-timer cues at exact audio-clock times. The cues of a set go to an audio worklet
 * processor once, which starts each at its frame (src/audio/cue-processor.ts), so they sound
 * on time however busy or hidden the page is, and a long set costs the audio thread no more
 * than a short one. Pausing cancels the cues still to come; resuming sends them again.
 */
import type { BaseContext } from 'tone';
import type { CueKind } from './hold-cues.js';
import { holdCueSamples } from '../audio/sound-kit.js';
import { CUE_PROCESSOR, type CueCommand, type CueProcessorOptions } from '../audio/cue-protocol.js';
import { loadWorkletModule } from '../audio/worklet-module.js';
import type { Gain, Seconds } from '../units.js';

export interface TimedCue {
  kind: CueKind;
  /** Audio-clock time. */
  at: Seconds;
}

export class CuePlayer {
  readonly context: BaseContext;
  readonly #node: AudioWorkletNode;
  readonly #output: GainNode;
  /** Audio-clock times of the cues sent and not cancelled (what `scheduledCount` counts). */
  #sent: Seconds[] = [];

  /** Loads the worklet module (once per context) and renders the cues (once per sample rate), and makes a player on `context`. */
  static async create(context: BaseContext, volume: Gain = 1, destination?: AudioNode): Promise<CuePlayer> {
    const [sounds] = await Promise.all([holdCueSamples(context.sampleRate), loadWorkletModule(context)]);
    return new CuePlayer(context, sounds, volume, destination);
  }

  private constructor(context: BaseContext, sounds: CueProcessorOptions['sounds'], volume: Gain, destination?: AudioNode) {
    this.context = context;
    this.#node = context.createAudioWorkletNode(CUE_PROCESSOR, {
      numberOfInputs: 0,
      numberOfOutputs: 1,
      outputChannelCount: [1],
      processorOptions: { sounds } satisfies CueProcessorOptions,
    });
    this.#output = context.createGain();
    this.#output.gain.value = volume;
    this.#node.connect(this.#output);
    this.#output.connect(destination ?? context.rawContext.destination);
  }

  /** Schedules cues; any whose time has already passed is left out rather than played late. */
  schedule(cues: readonly TimedCue[]) {
    // The raw clock: an offline Tone context keeps an artificial one of its own.
    const now = this.context.rawContext.currentTime;
    const ahead = cues.filter((cue) => cue.at >= now);
    this.#sent.push(...ahead.map((cue) => cue.at));
    this.#send({ type: 'schedule', cues: ahead.map((cue) => ({ kind: cue.kind, frame: Math.round(cue.at * this.context.sampleRate) })) });
  }

  /** Silences every cue that has not finished (including ones not yet started). */
  cancel() {
    this.#sent = [];
    this.#send({ type: 'cancel' });
  }

  /** Cues sent that are still to come. */
  get scheduledCount() {
    const now = this.context.rawContext.currentTime;
    return this.#sent.filter((at) => at >= now).length;
  }

  setVolume(volume: Gain) {
    this.#output.gain.setTargetAtTime(volume, this.context.rawContext.currentTime, 0.01);
  }

  dispose() {
    this.#sent = [];
    this.#send({ type: 'dispose' });
    this.#node.disconnect();
    this.#output.disconnect();
  }

  #send(command: CueCommand) {
    this.#node.port.postMessage(command);
  }
}
