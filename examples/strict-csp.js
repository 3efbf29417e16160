// The strict-CSP example's script: an external file, as `script-src 'self'` requires.
let saved = 0;
document.addEventListener('knee-session-saved', () => {
  saved += 1;
  document.getElementById('saved').value = String(saved);
});
// A measured headphone delay moves the metronome's flash and vibration.
document.addEventListener('knee-latency-change', (event) => {
  document.querySelector('knee-metronome').latency = event.latency;
});
