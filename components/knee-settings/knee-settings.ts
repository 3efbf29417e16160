import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AUDIO_MODES, type AudioMode } from '../../src/audio/audio-mode.js';
import { CLICK_SOUNDS, isClickSound } from '../../src/audio/click-sounds.js';
import { loadAudioRuntime } from '../../src/audio/load-runtime.js';
import { DEFAULT_SETTINGS, type AppSettings } from '../../src/app/settings.js';
import type { KneeLatencyChangeEvent } from '../knee-latency-check/latency-events.js';
import '../knee-latency-check/knee-latency-check.js';
import { settingsStyles } from './knee-settings.styles.js';
// The watch's code (Web Bluetooth, its clock, the app installer) comes after the form shows.
const loadWatch = () => import('../knee-watch/knee-watch.js');
import { KneePrescriptionStopEvent, KneeSettingsChangeEvent } from './settings-events.js';

/** The two sound modes, in plain words with their trade-off (see src/audio/audio-mode.ts). */
const AUDIO_MODE_TEXT: Record<AudioMode, { label: string; note: string }> = {
  locked: {
    label: 'Keep playing when locked',
    note: 'The beat and cues go on with the screen off and show on the lock screen and a paired watch. On iPhone this pauses your music while Kneebeat plays.',
  },
  mix: {
    label: 'Play along with my music',
    note: 'The beat plays over your music. On iPhone the silent switch and locking the screen silence it; on Android it may stop when the screen locks.',
  },
};

/** The on/off settings, in the order shown. */
const SWITCHES: [key: 'haptic' | 'voice' | 'keepAwake', text: string][] = [
  ['haptic', 'Vibration cues'],
  ['voice', 'Spoken cues'],
  ['keepAwake', 'Keep the screen on while running'],
];

/**
 * The app's settings as a form: metronome sound and volume, how sound lives beside music and
 * a locked screen, vibration and spoken cues, keeping the screen on, and the headphone delay
 * (with `<knee-latency-check>` to measure it). It shows `settings` and asks for changes with
 * `knee-settings-change`; whoever owns the settings stores them and passes them back.
 *
 * @summary The settings form.
 *
 * @fires {KneeSettingsChangeEvent} knee-settings-change - The user changed a setting (`change`: the fields that changed). Not fired when `settings` is set by script. Bubbles, composed.
 *
 * @fires {KneePrescriptionStopEvent} knee-prescription-stop - The user chose to stop following their clinician's plan (after confirming). Bubbles, composed.
 *
 * @csspart form - The form.
 * @csspart physio - The clinician's plan: whose it is and a way to stop following it; a link to make a plan.
 * @csspart latency - The headphone delay section, around `<knee-latency-check>`.
 * @csspart watch - The watch section, around `<knee-watch>` (loaded when the settings first show): connect a Bangle.js 2 for the hold timer's cues and the run's beat.
 *
 * @cssprop --knee-accent - Switches, slider and focus ring (default #006b4f; dark #37d39a).
 * @cssprop --knee-fg - Text colour (default #111; dark #f2f2f2).
 * @cssprop --knee-muted - Labels and notes (default #444; dark #c4c4c4).
 * @cssprop --knee-button-bg - Select background and dividers (default #e8eeec; dark #1f2624).
 * @cssprop --knee-font - Font family (default system-ui).
 */
@customElement('knee-settings')
export class KneeSettings extends LitElement {
  static override styles = settingsStyles;

  /** The settings shown (the app's own, which it keeps on the device). */
  @property({ attribute: false }) settings: AppSettings = { ...DEFAULT_SETTINGS };
  /** The clinician's plan followed (who, and when it was accepted), or null. */
  @property({ attribute: false }) physio: { clinician: string; acceptedAt: number } | null = null;
  /** Stop was pressed once: a second press within a few seconds stops following the plan. */
  @state() private stopping = false;
  #stopTimer = 0;

  #stopPlan() {
    clearTimeout(this.#stopTimer);
    if (!this.stopping) {
      this.stopping = true;
      this.#stopTimer = window.setTimeout(() => (this.stopping = false), 4000);
      return;
    }
    this.stopping = false;
    this.dispatchEvent(new KneePrescriptionStopEvent());
  }

  protected override firstUpdated() {
    void loadWatch();
  }

  #change(change: Partial<AppSettings>) {
    this.settings = { ...this.settings, ...change };
    this.dispatchEvent(new KneeSettingsChangeEvent(change));
  }

  override render() {
    const s = this.settings;
    return html`<form part="form" @submit=${(e: Event) => e.preventDefault()}>
      <label
        >Metronome sound
        <select
          @change=${(e: Event) => {
            const sound = (e.target as HTMLSelectElement).value;
            if (!isClickSound(sound)) return;
            this.#change({ sound });
            // Heard as it is chosen: a few beats of it.
            void loadAudioRuntime().then((audio) => audio.previewClicks(sound, this.settings.volume));
          }}
        >
          ${CLICK_SOUNDS.map((sound) => html`<option value=${sound} ?selected=${s.sound === sound}>${sound}</option>`)}
        </select>
      </label>
      <label
        >Volume
        <input
          type="range"
          min="0"
          max="1"
          step="0.05"
          .value=${String(s.volume)}
          aria-valuetext=${`${Math.round(s.volume * 100)} percent`}
          @change=${(e: Event) => this.#change({ volume: Number((e.target as HTMLInputElement).value) })}
        />
      </label>
      <fieldset class="audio-mode">
        <legend>Sound with music and a locked screen</legend>
        ${AUDIO_MODES.map(
          (mode) =>
            html`<label class="check"
              ><input type="radio" name="audio-mode" .checked=${s.audioMode === mode} @change=${() => this.#change({ audioMode: mode })} />
              ${AUDIO_MODE_TEXT[mode].label}</label
            >
            <p class="note">${AUDIO_MODE_TEXT[mode].note}</p>`,
        )}
      </fieldset>
      ${SWITCHES.map(
        ([key, text]) =>
          html`<label class="check"
            ><input type="checkbox" .checked=${s[key]} @change=${(e: Event) => this.#change({ [key]: (e.target as HTMLInputElement).checked })} />
            ${text}</label
          >`,
      )}
      <fieldset class="latency" part="latency">
        <legend>Bluetooth headphones</legend>
        <p class="note">They play each click a little late; the metronome's flash and vibration wait as long, so all three land together.</p>
        <knee-latency-check
          latency=${s.latency}
          sound=${s.sound}
          volume=${s.volume}
          @knee-latency-change=${(e: KneeLatencyChangeEvent) => this.#change({ latency: e.latency })}
        ></knee-latency-check>
      </fieldset>
      <fieldset class="latency" part="watch">
        <legend>A watch that buzzes (Bangle.js 2)</legend>
        <knee-watch exportparts="button"></knee-watch>
      </fieldset>
      <fieldset part="physio">
        <legend>Your physio's plan</legend>
        ${
          this.physio
            ? html`<p class="note">You follow the plan from ${this.physio.clinician}, accepted on ${new Date(this.physio.acceptedAt).toLocaleDateString()}.</p>
                <button part="button" type="button" @click=${this.#stopPlan}>${this.stopping ? 'Press again to stop following it' : 'Stop following this plan'}</button>`
            : html`<p class="note">Your physiotherapist can send you a plan as a link or QR code; open it on this phone to see and accept it.</p>`
        }
        <label
          >Paste a plan link (where the link opened in another browser than this app)
          <input
            class="paste"
            autocomplete="off"
            @change=${(e: Event) => {
              const text = (e.target as HTMLInputElement).value.trim();
              if (!text) return;
              // The code is what follows #/rx/ in a link; a bare code is taken as it is.
              const at = text.search(/#\/rx\//i);
              location.hash = `#/rx/${at >= 0 ? text.slice(at + 5) : text}`;
            }}
        /></label>
        <p class="note"><a href="#/clinician">Make a plan for a patient</a> (for clinicians; works best on a laptop).</p>
      </fieldset>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-settings': KneeSettings;
  }
}
