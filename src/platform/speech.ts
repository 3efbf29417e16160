/** Short spoken cues through the Web Speech API, where it exists; silent elsewhere. */
export function speak(words: string) {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return;
  // A cue that is late is wrong: drop whatever is still queued.
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(words);
  utterance.rate = 1.1;
  speechSynthesis.speak(utterance);
}
