// The interim app page (the full app with views and routing is a later issue): on a
// watch-sized screen one tool shows at a time — `#hold` the hold timer, `#history` the
// history summary, anything else the metronome.
const VIEWS = ['run', 'hold', 'history'];
const showView = () => {
  const view = location.hash.slice(1);
  document.documentElement.dataset.view = VIEWS.includes(view) ? view : 'run';
};
addEventListener('hashchange', showView);
showView();
