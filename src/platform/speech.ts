/** Short spoken cues through the Web Speech API, where it exists; silent elsewhere. */
export function speak(words: string) {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return;
  // A cue that is late is wrong: drop whatever is still queued.
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(words);
  utterance.rate = 1.1;
  speechSynthesis.speak(utterance);
}

/** Words to be spoken later, on page timers (never on the audio thread's time). */
export class VoiceCues {
  readonly #timers = new Set<number>();
  readonly #say: (words: string) => void;

  constructor(say: (words: string) => void = speak) {
    this.#say = say;
  }

  /** Says `words` in `delay` ms (at once when the delay is not positive). */
  at(delay: number, words: string) {
    const timer = window.setTimeout(
      () => {
        this.#timers.delete(timer);
        this.#say(words);
      },
      Math.max(0, delay),
    );
    this.#timers.add(timer);
  }

  cancel() {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
