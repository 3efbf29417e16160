import { LitElement, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { customElement } from 'lit/decorators.js';
import { APP_VERSION } from '../../src/watch/install.js';
import { WATCH_LIMITS, wrist, type Wrist } from '../../src/watch/wrist.js';
import { watchStyles } from './knee-watch.styles.js';
import { KneeWatchChangeEvent } from './watch-events.js';

/** Re-renders its host when the page's watch changes (its link, clock, install). */
class WristController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onChange = () => this.#host.requestUpdate();
  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }
  hostConnected() {
    wrist.addEventListener('change', this.#onChange);
  }
  hostDisconnected() {
    wrist.removeEventListener('change', this.#onChange);
  }
}

/**
 * A Bangle.js 2 on the wrist: connect it (Web Bluetooth), install our watch app on it, and set
 * its buzz. The watch is the page's, not this element's: connected here, it stays connected
 * when the element leaves (another view, another activity), and every `<knee-watch>` in the
 * page shows the same one. While connected it buzzes a run's beat on its own clock (every beat,
 * every 2nd or 4th; its length; ahead by the motor's start-up delay) and a hold set's cues,
 * shows what runs, and its button pauses and resumes it.
 *
 * @summary Connect a Bangle.js 2: the beat and the hold cues on the wrist.
 *
 * @fires {KneeWatchChangeEvent} knee-watch-change - After the user connected (`connected` says whether it worked), disconnected, or installed our app (`install`: 'installed' or the problem). Bubbles, composed.
 *
 * @csspart status - The watch's name, link, app and clock.
 * @csspart button - Every button.
 * @csspart settings - The buzz settings: every n-th beat, length, motor delay.
 *
 * @cssprop --knee-accent - Accent colour: focus ring (default #006b4f; dark #37d39a).
 * @cssprop --knee-fg - Text colour (default #111; dark #f2f2f2).
 * @cssprop --knee-muted - Secondary text (default #444; dark #c4c4c4).
 * @cssprop --knee-button-bg - Button and field background (default #e8eeec; dark #1f2624).
 * @cssprop --knee-warning - Problem message colour (default #b00020; dark #ff8a80).
 * @cssprop --knee-font - Font family (default system-ui).
 */
@customElement('knee-watch')
export class KneeWatch extends LitElement {
  static override styles = watchStyles;

  readonly #wrist: Wrist = wrist;

  constructor() {
    super();
    new WristController(this);
  }

  async #connect() {
    await this.#wrist.connect();
    this.dispatchEvent(new KneeWatchChangeEvent(this.#wrist.connected, ''));
  }

  #disconnect() {
    this.#wrist.disconnect();
    this.dispatchEvent(new KneeWatchChangeEvent(false, ''));
  }

  async #install() {
    await this.#wrist.installApp();
    this.dispatchEvent(new KneeWatchChangeEvent(this.#wrist.connected, this.#wrist.install));
  }

  protected override render() {
    const watch = this.#wrist;
    const link = watch.link;
    if (!link) {
      // Safari and watch browsers have no Web Bluetooth: say so rather than fail on the press.
      const bluetooth = Boolean((navigator as Navigator & { bluetooth?: unknown }).bluetooth);
      return html`<div class="watch">
        <button part="button" ?disabled=${!bluetooth} @click=${() => void this.#connect()}>Connect a Bangle.js 2</button>
        <p class="note">
          ${
            bluetooth
              ? "It buzzes the beat and the hold timer's cues on its own clock (no Bluetooth delay), shows what runs, and its button pauses it."
              : 'This browser has no Bluetooth access (Chrome on Android and desktop have it; Safari does not).'
          }
        </p>
      </div>`;
    }
    const sync = watch.beat?.sync;
    return html`<div class="watch">
      <p part="status" class="note" role="status">
        ${link.deviceName}: ${link.status}${link.message ? ` · ${link.message}` : ''}${appWords(watch.appVersion)}${
          sync?.ready ? ` · clock within ±${Math.round(sync.uncertainty)} ms` : ''
        }
      </p>
      <div part="settings" class="numbers">
        <label
          >Buzz
          <select @change=${(e: Event) => watch.retune({ every: Number((e.target as HTMLSelectElement).value) })}>
            ${[1, 2, 4].map((n) => html`<option value=${n} ?selected=${watch.every === n}>${n === 1 ? 'every beat' : `every ${n === 2 ? '2nd' : '4th'} beat`}</option>`)}
          </select></label
        >
        ${watchNumber('Buzz length, ms', 'buzzMs', watch)} ${watchNumber('Motor delay, ms', 'latencyMs', watch)}
      </div>
      <button part="button" ?disabled=${watch.install === 'installing'} @click=${() => void this.#install()}>
        ${watch.install === 'installing' ? 'Installing…' : 'Install the Kneebeat app on the watch'}
      </button>
      ${
        watch.install && watch.install !== 'installing'
          ? html`<p class=${watch.install === 'installed' ? 'note' : 'problem'} role="status">${watch.install === 'installed' ? 'Installed and started.' : watch.install}</p>`
          : nothing
      }
      <button part="button" @click=${() => this.#disconnect()}>Disconnect</button>
    </div>`;
  }
}

/** What the watch's hello says of the app on it: running, or older than this page's (install it again). */
function appWords(version: number | null): string {
  if (version === null) return '';
  return version < APP_VERSION ? ' · an older Kneebeat app: install it again' : ' · Kneebeat app running';
}

/** A number field of the wrist's buzz (its limits from WATCH_LIMITS; emptied, it falls back to the default). */
function watchNumber(label: string, key: keyof typeof WATCH_LIMITS, watch: Wrist) {
  const { min, max } = WATCH_LIMITS[key];
  return html`<label
    >${label}
    <input
      type="number"
      min=${min}
      max=${max}
      .value=${String(watch[key])}
      @change=${(e: Event) => watch.retune({ [key]: (e.target as HTMLInputElement).value === '' ? Number.NaN : Number((e.target as HTMLInputElement).value) })}
  /></label>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-watch': KneeWatch;
  }
}
