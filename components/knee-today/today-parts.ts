/** Today's pieces that need no state of their own: the safety box, prompts, a routine line, the rules in words. */
import { html, nothing, type TemplateResult } from 'lit';
import { SETBACK_NOTE } from '../../content/guidance.js';
import type { ItemStatus } from '../../src/program/day-state.js';
import type { DayDecision } from '../../src/program/decide.js';
import type { RoutineItem } from '../../src/program/routine.js';
import type { Library } from '../../src/program/load-library.js';
import type { Clinician } from '../../src/program/rules.js';

const SEE: Record<Clinician, string> = {
  today: 'Get the knee seen today.',
  soon: 'See a physiotherapist or doctor before you train again.',
  assess: 'Have the knee assessed by a physiotherapist or doctor.',
};

/**
 * What holds training back or needs a clinician, first on the page and in plain words: each
 * reason that lowers or stops training, then how soon to be seen, and a way to say one has been.
 */
export function renderSafety({ REASSURANCE }: Library, decision: DayDecision, onSeen: () => void): TemplateResult | typeof nothing {
  const alerts = decision.reasons.filter((r) => r.tone === 'alert');
  if (!alerts.length) return nothing;
  const backOff = decision.training === 'easier' || decision.training === 'stretches';
  return html`<section part="safety" aria-labelledby="safety-title">
    <h3 id="safety-title">${decision.clinician ? 'Please read first' : decision.training === 'none' ? 'No training today' : 'An easier day'}</h3>
    ${decision.clinician ? html`<p class="see">${SEE[decision.clinician]}</p>` : nothing}
    ${alerts.map((r) => html`<p>${r.text}</p>`)}
    ${backOff && decision.clinician === null ? html`<p class="muted">${REASSURANCE} ${SETBACK_NOTE}</p>` : nothing}
    ${decision.clinician ? html`<button part="button" @click=${onSeen}>I have been seen, and my clinician says I can train</button>` : nothing}
  </section>`;
}

export function renderPainPrompt(question: string | TemplateResult, action: string, picker: TemplateResult, onDone: () => void, note?: string) {
  return html`<div class="prompt" role="group" aria-labelledby="pain-question">
    <p id="pain-question" tabindex="-1" data-focus>${question}</p>
    ${picker}
    <button part="button" class="primary" @click=${onDone}>${action}</button>
    ${note ? html`<p class="muted roomy">${note}</p>` : nothing}
  </div>`;
}

/** The warm-up the readiness check offers when the bend is not pain-free: what and how long, then a retest or the easier level. */
export function renderWarmUp({ WARM_UP }: Library, reason: string, onWarmedUp: () => void, onEasier: () => void) {
  return html`<section class="prompt" aria-labelledby="warm-q">
    <p id="warm-q" tabindex="-1" data-focus><b>${reason}</b></p>
    <h3>Warm-up, about ${WARM_UP.minutes} minutes</h3>
    <ol class="warm-up">
      ${WARM_UP.steps.map((step) => html`<li>${step}</li>`)}
    </ol>
    <div class="choices">
      <button part="button" class="primary" @click=${onWarmedUp}>Warmed up: test again</button>
      <button part="button" @click=${onEasier}>Easier level today</button>
    </div>
  </section>`;
}

export function renderRoutineItem(item: RoutineItem, status: ItemStatus, dosage: string, onOpen: () => void) {
  const note = status === 'done' ? ' · done' : status === 'partial' ? ' · partly done' : '';
  const physio = item.prescribed ? ` · from your physio${item.prescribed.note ? `: “${item.prescribed.note}”` : ''}` : '';
  return html`<li>
    <span class="tick ${status}" aria-hidden="true">${status === 'done' ? '✓' : status === 'partial' ? '½' : ''}</span>
    <span class="what"
      ><span class="name">${item.exercise.name}${item.slot === 'evening' ? ' (evening)' : ''}</span>
      <small>${dosage}${note}${physio}</small></span
    >
    ${
      status === 'done'
        ? nothing
        : html`<button part="button" aria-label=${`${status === 'partial' ? 'Finish' : 'Start'} ${item.exercise.name}${item.slot === 'evening' ? ' (evening)' : ''}`} @click=${onOpen}>
          ${status === 'partial' ? 'Finish' : 'Start'}
        </button>`
    }
  </li>`;
}

/** The rules, the care between sessions and the signs to watch, folded (on a phone). */
export function renderAbout({ ADVICE_NOTES, CLINICIAN_OFFERS, PROGRESSION_RULE, REASSURANCE, RED_FLAG_QUESTIONS }: Library, decision: DayDecision) {
  const flare = decision.reasons.some((r) => r.rule === 'flare-back-off' || r.rule === 'severe-recent' || r.rule === 'next-morning-worse');
  const notes = flare ? ADVICE_NOTES : ADVICE_NOTES.filter((n) => n.id !== 'flare');
  return html`<div class="roomy">
    <details>
      <summary>How the program moves on</summary>
      <p>${PROGRESSION_RULE}</p>
      <p>${REASSURANCE}</p>
      <p>${SETBACK_NOTE}</p>
      <p>${CLINICIAN_OFFERS}</p>
    </details>
    <details ?open=${flare}>
      <summary>Looking after the knee</summary>
      ${notes.map((n) => html`<p><b>${n.title}.</b> ${n.text}</p>`)}
    </details>
    <details>
      <summary>Signs that need a clinician</summary>
      <ul class="plain">
        ${RED_FLAG_QUESTIONS.map((f) => html`<li>${f.sign[0]!.toUpperCase() + f.sign.slice(1)}${f.urgency === 'today' ? ' — get seen today' : ''}</li>`)}
      </ul>
    </details>
  </div>`;
}
