// The interim app page (the full app with views and routing is a later issue): on a watch-sized
// screen, `#hold` shows the hold timer instead of the metronome.
const showHold = () => document.documentElement.classList.toggle('show-hold', location.hash === '#hold');
addEventListener('hashchange', showHold);
showHold();
