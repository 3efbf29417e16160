// Kneebeat on a Bangle.js 2: the run's beat as a buzz on the wrist, kept on the watch's own
// clock. The phone sends the tempo and one beat's time (an anchor, in this watch's clock, found
// from ping round trips), never "buzz now": a Bluetooth message waits 7.5–200 ms for its
// connection event, which is too late for a beat. The watch buzzes every `n`th beat from the
// anchor until told otherwise, and keeps going if the phone goes quiet. It shows the run's time,
// phase and tempo, sends its button press (pause/resume), and counts steps for the measured
// cadence, which it offers as the standard Running Speed and Cadence service.
//
// Messages are JSON, one a line, over the Nordic UART service (Bluetooth.on('data')).
// Phone → watch: {t:'ping',i} · {t:'beat',bpm,a,n,b,l,on} · {t:'face',e,p,r} · {t:'stop'}
// Watch → phone: {t:'pong',i,w} · {t:'btn'} · {t:'hello',v}
(function () {
  var VERSION = 1;
  /** At a start, the first buzz is at least this far off (ms): setTimeout needs a moment. */
  var LEAD = 3;
  /** A buzz this late (ms) is still made (a re-sync that lands on a beat); later, it is skipped. */
  var LATE = 10;
  var beat = { bpm: 0, anchor: 0, every: 1, buzz: 40, latency: 0, on: false };
  /** A grid that starts at its anchor (a tempo change said ahead): the current one plays until then. */
  var upcoming = null;
  var face = { elapsed: '0:00', phase: '', left: '' };
  var last = -Infinity; // the time (watch ms) of the last beat buzzed
  var timer;
  var line = '';
  var steps = [];

  function now() {
    return getTime() * 1000;
  }

  function send(message) {
    Bluetooth.println(JSON.stringify(message));
  }

  /**
   * The beat of `grid` after the last one buzzed (half a beat on, so a grid moved by a re-sync
   * neither repeats it nor skips the next); at a start, the first one the motor can still make.
   */
  function after(grid, t) {
    var step = (60000 / grid.bpm) * grid.every;
    var from = last > -Infinity ? last + step / 2 : t + grid.latency + LEAD;
    return grid.anchor + Math.ceil((from - grid.anchor) / step) * step;
  }

  function schedule() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!beat.on || !(beat.bpm > 0)) return;
    var t = now();
    var at = after(beat, t);
    if (upcoming && at >= upcoming.anchor - (30000 / upcoming.bpm) * upcoming.every) {
      beat = upcoming;
      upcoming = null;
      at = after(beat, t);
    }
    // A beat whose buzz time has passed (a long stop) is not played late: the next one is.
    while (at - beat.latency < t - LATE) at += (60000 / beat.bpm) * beat.every;
    timer = setTimeout(
      function () {
        timer = undefined;
        last = at;
        // The motor starts `latency` ms after it is asked: it was asked that much early.
        Bangle.buzz(beat.buzz);
        schedule();
      },
      Math.max(0, at - beat.latency - t),
    );
  }

  function draw() {
    var w = g.getWidth();
    g.clear();
    g.setFontAlign(0, 0);
    g.setFont('Vector', 40);
    g.drawString(face.elapsed, w / 2, 50);
    g.setFont('Vector', 24);
    g.drawString(face.phase + (face.left ? ' ' + face.left : ''), w / 2, 95);
    g.drawString(beat.on ? Math.round(beat.bpm) + ' spm' : 'paused', w / 2, 125);
    var c = cadence();
    g.setFont('Vector', 18);
    g.drawString(c ? 'you ' + c : '', w / 2, 150);
  }

  /** Steps per minute over the last 10 s of steps, or 0 when too few. */
  function cadence() {
    var t = now();
    while (steps.length && steps[0] < t - 10000) steps.shift();
    if (steps.length < 4) return 0;
    return Math.round((60000 * (steps.length - 1)) / (steps[steps.length - 1] - steps[0]));
  }

  /** The cadence as the Running Speed and Cadence measurement: no speed, cadence in steps/min. */
  function reportCadence() {
    var c = Math.min(255, cadence());
    NRF.updateServices({ 0x1814: { 0x2a53: { value: [0, 0, 0, c], notify: true } } });
  }

  function handle(message) {
    if (message.t === 'ping') send({ t: 'pong', i: message.i, w: now() });
    else if (message.t === 'beat') {
      var grid = { bpm: message.bpm, anchor: message.a, every: message.n || 1, buzz: message.b || 40, latency: message.l || 0, on: !!message.on };
      // Playing, a grid that begins later takes over at its anchor; anything else at once.
      if (beat.on && grid.on && grid.anchor > now()) upcoming = grid;
      else {
        beat = grid;
        upcoming = null;
      }
      schedule();
      draw();
    } else if (message.t === 'face') {
      face = { elapsed: message.e, phase: message.p || '', left: message.r || '' };
      draw();
    } else if (message.t === 'stop') {
      beat.on = false;
      upcoming = null;
      schedule();
      draw();
    }
  }

  Bluetooth.on('data', function (data) {
    line += data;
    var end;
    while ((end = line.indexOf('\n')) >= 0) {
      var text = line.slice(0, end).trim();
      line = line.slice(end + 1);
      if (!text) continue;
      try {
        handle(JSON.parse(text));
      } catch (_ignored) {
        // Not one of ours (the App Loader's own traffic): ignore it.
      }
    }
  });

  setWatch(
    function () {
      send({ t: 'btn' });
    },
    BTN1,
    { repeat: true, edge: 'rising', debounce: 50 },
  );

  Bangle.on('step', function () {
    steps.push(now());
  });

  // The watch's own sensors as standard services, so the phone reads them as it reads any
  // footpod or strap: cadence (Running Speed and Cadence) and the optical heart rate.
  NRF.setServices(
    {
      0x1814: { 0x2a53: { value: [0, 0, 0, 0], readable: true, notify: true } },
      0x180d: { 0x2a37: { value: [0, 0], readable: true, notify: true } },
    },
    { uart: true, advertise: ['1814', '180d'] },
  );
  setInterval(reportCadence, 2000);
  Bangle.setHRMPower(1, 'kneebeat');
  Bangle.on('HRM', function (hrm) {
    // Flags 0 (8-bit value); a reading the watch is not confident in is sent as 0 (none).
    NRF.updateServices({ 0x180d: { 0x2a37: { value: [0, hrm.confidence >= 50 ? Math.min(255, hrm.bpm) : 0], notify: true } } });
  });
  Bangle.setLCDTimeout(0);
  draw();
  send({ t: 'hello', v: VERSION });
})();
