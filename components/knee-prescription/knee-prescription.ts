import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Level } from '../../content/types.js';
import { loadLibrary, type Library } from '../../src/program/load-library.js';
import type { PlanChange } from '../../src/program/prescribed.js';
import { RxError } from '../../src/rx/rx-codec.js';
import { openPlan, type OpenedPlan } from '../../src/rx/rx-sign.js';
import { acceptPlan, acceptedPlan, keyTrust, trustedKeys, type KeyTrust } from '../../src/rx/rx-store.js';
import { dayKey, numberOfKey } from '../../src/store/stats.js';
import { baseStyles } from '../shared/base-styles.js';
import { stackedTable, tableStyles } from '../shared/table-styles.js';
import { KneePrescriptionEvent } from './prescription-events.js';

interface Review {
  opened: OpenedPlan;
  trust: KeyTrust;
  changes: PlanChange[];
}

const dayText = (day: number) => new Date(day * 86_400_000).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/**
 * A plan from a clinician, opened from its link (`#/rx/<code>`): checked (a changed, cut-short
 * or newer-version link is refused and changes nothing), who it is from and whether their key
 * is the one remembered, then what will change beside the current plan, and Accept or Decline.
 * Accepting keeps the plan and its key on this device; declining keeps nothing.
 *
 * @summary Review a clinician's plan, then accept or decline it.
 *
 * @fires {KneePrescriptionEvent} knee-prescription - The user accepted (`plan`, kept) or declined (`plan` null). Bubbles, composed.
 *
 * @csspart button - Accept and Decline.
 * @csspart changes - The table of what will change.
 * @csspart key - Who signed it and whether the key is known.
 *
 * @cssprop --knee-accent - Accept, changed rows and focus ring (default #006b4f; dark #37d39a).
 * @cssprop --knee-warning - A refused link and a key that is not the one remembered (default #b00020; dark #ff8a80).
 */
@customElement('knee-prescription')
export class KneePrescription extends LitElement {
  static override styles = [
    baseStyles,
    tableStyles,
    css`
      td {
        vertical-align: top;
      }
      tr.changed td {
        font-weight: 700;
      }
      tr.changed td:first-child {
        box-shadow: inset 4px 0 0 var(--_accent);
        padding-left: 8px;
      }
      .warning {
        border: 2px solid var(--_warning);
        border-radius: 8px;
        padding: 8px;
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin-top: 12px;
      }
      .primary {
        background: var(--_accent);
        color: var(--_on-accent);
      }
      .muted {
        color: var(--_muted);
        font-size: 14px;
      }
      h2:focus {
        outline: none;
      }
      /* A watch: small type, only what changes, the table as one line per thing. */
      @container (max-width: 240px) {
        h2 {
          font-size: 16px;
          overflow-wrap: anywhere;
        }
        h3,
        p,
        table {
          font-size: 13px;
        }
        tr:not(.changed) {
          display: none !important;
        }
        ${stackedTable}
        td:nth-child(2)::before {
          content: 'Now: ';
        }
        td:nth-child(3)::before {
          content: 'New: ';
        }
      }
    `,
  ];

  /** The plan's code: the part of the link after `#/rx/`. */
  @property() code = '';
  /** The user's program level now (what the plan is compared with when no plan is followed). */
  @property({ type: Number }) level: Level = 1;

  @state() private review: Review | null = null;
  @state() private problem = '';
  @state() private done: 'accepted' | 'declined' | null = null;
  #library: Library | null = null;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('code')) void this.#open();
  }

  /** The plan under review once opened and checked, for scripts and tests. */
  get opened(): OpenedPlan | null {
    return this.review?.opened ?? null;
  }

  async #open() {
    const code = this.code;
    this.review = null;
    this.problem = '';
    this.done = null;
    try {
      const library = (this.#library ??= await loadLibrary());
      const opened = await openPlan(code);
      const missing = library.planLibraryProblem(opened.rx);
      if (missing) throw new RxError('version', `${missing} It may come from a newer version: reload the app while online, then open the link again.`);
      const current = acceptedPlan()?.rx ?? null;
      const today = library.routineFor(this.level, numberOfKey(dayKey(Date.now())));
      if (code !== this.code) return;
      this.review = { opened, trust: keyTrust(opened.keyId), changes: library.planChanges(opened.rx, current, { level: this.level, items: today }) };
    } catch (error) {
      if (code !== this.code) return;
      this.problem = error instanceof RxError ? error.message : `This plan could not be opened: ${String(error)}`;
    }
    this.#focusHeading();
  }

  #focusHeading() {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  #accept() {
    const review = this.review;
    if (!review) return;
    const plan = acceptPlan(review.opened.rx, review.opened.keyId);
    this.done = 'accepted';
    this.dispatchEvent(new KneePrescriptionEvent(plan));
    this.#focusHeading();
  }

  #decline() {
    this.done = 'declined';
    this.dispatchEvent(new KneePrescriptionEvent(null));
    this.#focusHeading();
  }

  #renderKey({ opened, trust }: Review) {
    const known = trustedKeys();
    if (trust === 'first')
      return html`<p part="key">Signed with key <b>${opened.keyId}</b>. This is the first plan you open from a clinician: the app will remember this key and tell you if a later plan comes from another.</p>`;
    if (trust === 'known') {
      const who = known.find((k) => k.keyId === opened.keyId)!;
      return html`<p part="key">Signed with the same key (<b>${opened.keyId}</b>) as the plan you accepted from ${who.clinician}.</p>`;
    }
    return html`<div part="key" class="warning" role="alert">
      <p><b>This plan is signed with a different key</b> (${opened.keyId}) from the plans you accepted before (${known.map((k) => `${k.clinician}, ${k.keyId}`).join('; ')}).</p>
      <p>If your physio has not told you they changed device, or you did not ask another clinician for a plan, decline it.</p>
    </div>`;
  }

  override render() {
    if (this.problem)
      return html`<h2 tabindex="-1">This plan cannot be used</h2>
        <p class="warning" role="alert">${this.problem}</p>
        <p>Nothing has changed: you are on the same plan as before.</p>
        <p><a href="#/today">Back to Today</a></p>`;
    const review = this.review;
    if (!review) return html`<p class="muted" role="status">Checking the plan…</p>`;
    const { rx } = review.opened;
    if (this.done)
      return html`<h2 tabindex="-1">${this.done === 'accepted' ? `You are following ${rx.clinician}'s plan` : 'Plan declined'}</h2>
        <p>${this.done === 'accepted' ? 'Today now shows the exercises and doses from it.' : 'Nothing has changed: you are on the same plan as before.'}</p>
        <p><a href="#/today">Go to Today</a></p>`;
    const changed = review.changes.filter((c) => c.changed).length;
    return html`<h2 tabindex="-1">A plan from ${rx.clinician}</h2>
      <p class="muted">Made on ${dayText(rx.issuedDay)}</p>
      ${this.#renderKey(review)}
      <h3>What will change (${changed} of ${review.changes.length})</h3>
      <table part="changes">
        <thead>
          <tr><th scope="col">What</th><th scope="col">Now</th><th scope="col">New plan</th></tr>
        </thead>
        <tbody>
          ${review.changes.map(
            (c) => html`<tr class=${c.changed ? 'changed' : ''}>
              <td>${c.what}${c.changed ? html`<span class="sr-only"> (changes)</span>` : nothing}</td>
              <td>${c.now}</td>
              <td>${c.next}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p class="muted">
        The app's safety rules still apply: pain above the limit still makes a day easier, severe pain still stops training. You can always do less than the plan says, and the program will not move you past its level.
      </p>
      <div class="choices">
        <button part="button" class="primary" @click=${this.#accept}>Accept the plan</button>
        <button part="button" @click=${this.#decline}>Decline</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'knee-prescription': KneePrescription;
  }
}
