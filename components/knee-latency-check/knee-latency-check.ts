import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CLICK_SOUNDS, type ClickSound } from '../../src/audio/click-sounds.js';
import { CALIBRATION_BPM, LatencyCalibration, type CalibrationResult } from '../../src/audio/latency-calibration.js';
import { MAX_LATENCY, clampLatency } from '../../src/audio/latency.js';
import type { BeatInfo, MetronomeSettings } from '../../src/audio/metronome-engine.js';
import type { Milliseconds } from '../../src/units.js';
import { MetronomeController } from '../knee-metronome/metronome-controller.js';
import { clamped, oneOf, rawAttribute } from '../shared/clamped.js';
import { latencyCheckStyles } from './knee-latency-check.styles.js';
import { KneeLatencyChangeEvent } from './latency-events.js';

const STEP: Milliseconds = 10;

/**
 * Measures and sets the delay of your headphones, so a metronome's pulse and vibration land
 * when you hear the click. Bluetooth headphones play sound 100–300 ms after the browser thinks
 * it is heard; put them on, start the clicks (a slow 75 per minute) and tap along with what you
 * hear. Ten taps later (the first two are not counted) the median delay is the reading, kept
 * only when the taps agree within ±40 ms. The steppers adjust it by 10 ms. Nothing flashes
 * while you tap: you tap to the sound alone. Pass the value to `<knee-metronome latency>`.
 *
 * @summary Headphone delay: tap along to measure it.
 *
 * @fires {KneeLatencyChangeEvent} knee-latency-change - The user set a new delay (`latency` in ms, `measured` true from a finished measurement, false from a step button). Not fired when `latency` is set by script. Bubbles, composed.
 *
 * @csspart value - The current delay.
 * @csspart button - Every button.
 * @csspart start - The button that starts (and stops) a measurement.
 * @csspart tap-button - The big button tapped along with the clicks.
 * @csspart status - Progress and the result of a measurement.
 *
 * @cssprop --knee-accent - Accent colour: start and tap buttons, focus ring (default #006b4f; dark #37d39a).
 * @cssprop --knee-fg - Text colour (default #111; dark #f2f2f2).
 * @cssprop --knee-muted - Secondary text (default #444; dark #c4c4c4).
 * @cssprop --knee-button-bg - Button background (default #e8eeec; dark #1f2624).
 * @cssprop --knee-on-accent - Text on the accent colour (default #fff; dark #000).
 * @cssprop --knee-warning - Problem message colour (default #b00020; dark #ff8a80).
 * @cssprop --knee-radius - Button corner radius (default 999px).
 * @cssprop --knee-font - Font family (default system-ui).
 */
@customElement('knee-latency-check')
export class KneeLatencyCheck extends LitElement {
  static override styles = latencyCheckStyles;

  readonly #metronome = new MetronomeController(this);
  readonly #calibration = new LatencyCalibration();
  /** The last tap came from a pointer press or key press, so its click event is not a tap. */
  #pressed = false;
  /** Focus was on one of our buttons before a render that may replace it. */
  #hadFocus = false;

  @state() private result: CalibrationResult | null = null;
  /** Polite announcement: progress every few taps and the result, not every tap. */
  @state() private announcement = '';

  /** The delay in ms, 0–500 (default 0). Bad values are clamped or ignored with one console warning. */
  @clamped({ min: 0, max: MAX_LATENCY, fallback: 0, integer: true })
  @property({ attribute: 'latency', noAccessor: true, converter: rawAttribute })
  declare latency: Milliseconds;

  /** The click's timbre: `click` (default), `wood`, `beep` or `cowbell`. */
  @oneOf(CLICK_SOUNDS, 'click')
  @property({ attribute: 'sound', noAccessor: true })
  declare sound: ClickSound;

  /** Loudness, 0–1 (default 0.8). */
  @clamped({ min: 0, max: 1, fallback: 0.8 })
  @property({ attribute: 'volume', noAccessor: true, converter: rawAttribute })
  declare volume: number;

  /** True while the clicks play for a measurement. */
  get measuring(): boolean {
    return this.#metronome.running || this.#metronome.status === 'starting';
  }

  /** What the engine plays: the calibration tempo, no accent. @internal */
  get engineSettings(): MetronomeSettings {
    return { bpm: CALIBRATION_BPM, accentEvery: 0, sound: this.sound, volume: this.volume };
  }

  /**
   * Called by the controller at the moment a beat is heard, as far as the browser knows.
   * @internal
   */
  beatHeard(beat: BeatInfo, heardAt: Milliseconds) {
    this.#calibration.beat(heardAt, (beat.nextTime - beat.time) * 1000);
  }

  /** Starts the clicks and a new measurement. Call from a user gesture (audio needs one). */
  async start(): Promise<void> {
    if (this.measuring) return;
    this.#calibration.reset();
    this.result = this.#calibration.result();
    this.announcement = 'Tap along with each click you hear.';
    await this.#metronome.start();
  }

  /** Stops the clicks; a measurement under way is dropped. */
  async stop(): Promise<void> {
    await this.#metronome.stop();
    if (this.result?.state === 'collecting') {
      this.result = null;
      this.announcement = 'Measurement stopped.';
    }
  }

  #tap(at: Milliseconds) {
    if (!this.#metronome.running) return;
    const result = this.#calibration.tap(at);
    this.result = result;
    if (result.state === 'collecting') {
      if (result.taps > 0 && result.taps % 4 === 0) this.announcement = `${result.taps} of ${result.needed} taps`;
      return;
    }
    void this.#metronome.stop();
    if (result.state === 'uneven') {
      this.announcement = `Taps too uneven to measure, plus or minus ${result.spread} milliseconds. Try again.`;
      return;
    }
    this.latency = result.latency;
    this.announcement = `Measured ${result.latency} milliseconds.`;
    this.dispatchEvent(new KneeLatencyChangeEvent(result.latency, true));
  }

  #onTapPointer(event: PointerEvent) {
    if (event.button !== 0) return;
    this.#pressed = true;
    this.#tap(event.timeStamp);
  }

  #onTapKey(event: KeyboardEvent) {
    if (event.key !== ' ' && event.key !== 'Enter') return;
    event.preventDefault(); // the key press is the tap; no click follows
    if (!event.repeat) this.#tap(event.timeStamp);
  }

  /** A click with no press before it: a screen reader's activation, which counts as a tap. */
  #onTapClick(event: MouseEvent) {
    if (!this.#pressed) this.#tap(event.timeStamp);
    this.#pressed = false;
  }

  #step(by: Milliseconds) {
    const next = clampLatency(this.latency + by);
    if (next === this.latency) return;
    this.latency = next;
    this.announcement = `${next} milliseconds`;
    this.dispatchEvent(new KneeLatencyChangeEvent(next, false));
  }

  #statusText(): string {
    const result = this.result;
    if (this.#metronome.message) return this.#metronome.message;
    if (!result) return '';
    switch (result.state) {
      case 'collecting':
        return result.taps === 0 ? 'Tap along with each click.' : `${result.taps} of ${result.needed} taps`;
      case 'uneven':
        return `Your taps were spread over ±${result.spread} ms, too uneven to trust. Try again, tapping on each click.`;
      case 'measured':
        return `Measured ${result.latency} ms (taps within ±${result.spread} ms).`;
    }
  }

  protected override willUpdate() {
    this.#hadFocus = this.matches(':focus-within');
  }

  /**
   * The buttons swap as a measurement starts and ends: focus follows to the tap button (so a
   * keyboard user taps with Space) or back to Measure, instead of falling to the page.
   */
  protected override updated() {
    if (!this.#hadFocus || this.matches(':focus-within')) return;
    this.renderRoot.querySelector<HTMLElement>(this.measuring ? '.tap' : '[part~="start"]')?.focus();
  }

  #renderIdle() {
    return html`<div class="row" role="group" aria-label="Adjust the delay">
        <button part="button" aria-label="Less delay, minus ${STEP} milliseconds" ?disabled=${this.latency <= 0} @click=${() => this.#step(-STEP)}>
          −${STEP}
        </button>
        <button part="button" aria-label="More delay, plus ${STEP} milliseconds" ?disabled=${this.latency >= MAX_LATENCY} @click=${() => this.#step(STEP)}>
          +${STEP}
        </button>
      </div>
      <p class="hint">Wear the headphones you run with, start the clicks and tap along with what you hear.</p>
      <button part="button start" class="primary" @click=${() => this.start()}>
        ${this.result?.state === 'measured' ? 'Measure again' : 'Measure'}
      </button>`;
  }

  #renderMeasuring() {
    return html`<button part="button tap-button" class="tap" @pointerdown=${this.#onTapPointer} @keydown=${this.#onTapKey} @click=${this.#onTapClick}>
        Tap
      </button>
      <button part="button start" @click=${() => this.stop()}>Stop</button>`;
  }

  override render() {
    const problem = this.#metronome.message !== '' || this.result?.state === 'uneven';
    const status = this.#statusText();
    return html`<div class="face">
      <p class="value" part="value">Headphone delay <strong>${this.latency} ms</strong></p>
      ${this.measuring ? this.#renderMeasuring() : this.#renderIdle()}
      ${status ? html`<p part="status" class=${problem ? 'message' : 'progress'}>${status}</p>` : nothing}
      <p class="sr-only" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-latency-check': KneeLatencyCheck;
  }
}
