// A stand-in for the Espruino runtime of a Bangle.js 2, enough to run our watch app in Node:
// the names and behaviours it uses from the Espruino reference (getTime() in seconds, setTimeout
// and setInterval in ms of the watch's clock, Bluetooth.on('data')/println, Bangle.buzz/on/
// setLCDTimeout/setHRMPower/setPollInterval, setWatch on BTN1, NRF.setServices/updateServices, the Graphics `g`),
// on a simulated clock: the watch's time runs `ppm` fast or slow against true time, and nothing
// happens between events.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

export const WATCH_APP = new URL('../../src/watch/bangle/kneebeat.app.js', import.meta.url);

/** Events in true time (ms), run in order. */
export class EventLoop {
  now = 0;
  #queue = [];
  #seq = 0;

  at(time, fn) {
    const event = { time: Math.max(time, this.now), seq: this.#seq++, fn, cancelled: false };
    this.#queue.push(event);
    return event;
  }

  /** Runs every event up to true time `until` (ms). */
  run(until) {
    for (;;) {
      let next = null;
      for (const e of this.#queue) if (!e.cancelled && (!next || e.time < next.time || (e.time === next.time && e.seq < next.seq))) next = e;
      if (!next || next.time > until) break;
      this.#queue.splice(this.#queue.indexOf(next), 1);
      this.now = next.time;
      next.fn();
    }
    this.#queue = this.#queue.filter((e) => !e.cancelled);
    this.now = until;
  }
}

/**
 * A watch running the app on `loop`. Its clock reads `start + t × (1 + ppm·1e-6)` ms at true time
 * t. `onSend(line)` gets each line it sends over Bluetooth; `deliver(text)` hands it data.
 */
export function fakeBangle(loop, { ppm = 0, start = 1_764_900_000_000, onSend = () => {} } = {}) {
  const rate = 1 + ppm * 1e-6;
  const watchNow = () => start + loop.now * rate;
  const buzzes = [];
  const drawn = [];
  /** Each string drawn, with where it reaches left and right at the font it was drawn in. */
  const widths = [];
  let font = 0;
  const services = [];
  const handlers = {};
  let dataHandler = null;
  let button = null;
  let pollInterval = 80;
  let ids = 0;
  const timers = new Map();
  const timer = (fn, ms, repeat) => {
    const id = ++ids;
    const arm = () =>
      timers.set(
        id,
        loop.at(loop.now + Math.max(0, ms) / rate, () => {
          if (repeat) arm();
          else timers.delete(id);
          fn();
        }),
      );
    arm();
    return id;
  };
  const clear = (id) => {
    const event = timers.get(id);
    if (event) event.cancelled = true;
    timers.delete(id);
  };
  const context = {
    getTime: () => watchNow() / 1000,
    setTimeout: (fn, ms) => timer(fn, ms, false),
    setInterval: (fn, ms) => timer(fn, ms, true),
    clearTimeout: clear,
    clearInterval: clear,
    BTN1: 'BTN1',
    setWatch: (fn, pin, options) => {
      button = { fn, pin, options };
      return 1;
    },
    Bluetooth: {
      on: (event, fn) => {
        if (event === 'data') dataHandler = fn;
      },
      println: (text) => onSend(String(text)),
    },
    Bangle: {
      buzz: (ms) => {
        buzzes.push({ at: loop.now, ms });
        return Promise.resolve();
      },
      on: (event, fn) => {
        (handlers[event] ??= []).push(fn);
      },
      setLCDTimeout: () => {},
      setHRMPower: () => true,
      setPollInterval: (ms) => {
        pollInterval = ms;
      },
    },
    NRF: {
      setServices: (data, options) => services.push({ set: data, options }),
      updateServices: (data) => services.push({ update: data }),
    },
    g: {
      getWidth: () => 176,
      getHeight: () => 176,
      clear: () => {
        drawn.splice(0);
        widths.splice(0);
      },
      // The Vector font at `size` px: about 0.55 of its height a character (the widest text must fit).
      setFont: (name, size) => {
        font = size;
      },
      stringWidth: (text) => Math.round(String(text).length * font * 0.55),
      setFontAlign: () => {},
      drawString: (text, x) => {
        const width = Math.round(String(text).length * font * 0.55);
        drawn.push(String(text));
        widths.push({ text: String(text), left: x - width / 2, right: x + width / 2 });
      },
    },
    JSON,
    Math,
  };
  vm.runInNewContext(readFileSync(WATCH_APP, 'utf8'), context, { filename: 'kneebeat.app.js' });
  return {
    buzzes,
    drawn,
    widths,
    services,
    watchNow,
    /** Data arriving over the UART (a message's line, or part of one). */
    deliver: (text) => dataHandler?.(text),
    press: () => button?.fn({ state: true }),
    button: () => button,
    emit: (event, ...args) => (handlers[event] ?? []).forEach((fn) => fn(...args)),
    /** How often the accelerometer is read (ms; the Bangle.js 2's default is 80). */
    pollInterval: () => pollInterval,
  };
}
