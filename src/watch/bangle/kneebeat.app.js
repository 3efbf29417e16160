// Kneebeat on a Bangle.js 2: the run's beat as a buzz on the wrist, kept on the watch's own
// clock. The phone sends the tempo and one beat's time (an anchor, in this watch's clock, found
// from ping round trips), never "buzz now": a Bluetooth message waits 7.5–200 ms for its
// connection event, which is too late for a beat. The watch buzzes every `n`th beat from the
// anchor until told otherwise, and keeps going if the phone goes quiet. A hold set's cues (go,
// the last seconds, release, switch sides, the end) come the same way: their times on this
// clock, each buzzed as its own pattern. The face shows whatever the phone is running (a run, a
// hold set): its name, time and where it stands; the button pauses and resumes it. The watch
// counts steps for the measured cadence, which it offers as the standard Running Speed and
// Cadence service, and sends each step's impact time for how well steps land on the beat.
//
// Messages are JSON, one a line, over the Nordic UART service (Bluetooth.on('data')).
// Phone → watch: {t:'ping',i} · {t:'beat',bpm,a,n,b,l,on} · {t:'face',e,p,r,z} · {t:'cues',c,l}
//   · {t:'stop'}
// Watch → phone: {t:'pong',i,w} · {t:'btn'} · {t:'hello',v} · {t:'steps',s}
(function () {
  var VERSION = 2;
  /** At a start, the first buzz is at least this far off (ms): setTimeout needs a moment. */
  var LEAD = 3;
  /** A buzz this late (ms) is still made (a re-sync that lands on a beat); later, it is skipped. */
  var LATE = 10;
  /**
   * A cue this late (ms) is still buzzed, at once: the first cue after Start or Resume can be
   * due before its message arrives (a Bluetooth message waits up to 200 ms). Later, it is dropped.
   */
  var CUE_LATE = 250;
  /** Cues are 500 ms or more apart: one within this of the last buzzed is that one again (a list sent again after a re-sync). */
  var SAME_CUE = 250;
  var beat = { bpm: 0, anchor: 0, every: 1, buzz: 40, latency: 0, on: false };
  /** A grid that starts at its anchor (a tempo change said ahead): the current one plays until then. */
  var upcoming = null;
  var face = { elapsed: '', detail: '', title: 'Kneebeat', paused: false };
  /**
   * Buzz patterns of the hold timer's cues (ms on, ms off, …): a long one to start holding,
   * short ones for the count and the last seconds, two to let go, long-short to switch sides,
   * three and a long one at the end — told apart without looking.
   */
  var PATTERNS = {
    count: [30],
    go: [400],
    tick: [30],
    release: [150, 100, 150],
    switch: [300, 100, 100],
    end: [150, 100, 150, 100, 400],
  };
  /** Cues still to come: [watch ms, kind], in time order; and the motor delay they are buzzed ahead by. */
  var cues = [];
  var cueLatency = 0;
  var cueTimer;
  var lastCue = -Infinity;
  /** Each step's impact (watch ms) not yet sent to the phone, and the last second of the accelerometer's magnitude ([t, g, t, g, …]). */
  var footfalls = [];
  var accel = [];
  var lastImpact = -Infinity;
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

  /** Draws `text` centred at y, in the Vector font at `size` or smaller until it fits the screen's width. */
  function fitText(text, size, y) {
    var w = g.getWidth();
    g.setFont('Vector', size);
    while (size > 12 && g.stringWidth(text) > w - 8) g.setFont('Vector', --size);
    g.drawString(text, w / 2, y);
  }

  function draw() {
    g.clear();
    g.setFontAlign(0, 0);
    fitText(face.title, 18, 16);
    fitText(face.elapsed, 40, 50);
    // "Hold 4 s · Rep 3/10 · Set 1/2": the first part large, the rest below it.
    var parts = face.detail.split(' · ');
    fitText(parts[0] || '', 24, 88);
    fitText(parts.slice(1).join(' · '), 18, 114);
    var c = cadence();
    var bottom = (beat.on ? Math.round(beat.bpm) + ' spm' : '') + (c ? (beat.on ? ' · ' : '') + 'you ' + c : '');
    fitText(face.paused ? 'PAUSED' : bottom, 18, 140);
  }

  /** Buzzes a pattern: [on, off, on, …] in ms. */
  function buzzPattern(pattern) {
    var i = 0;
    function next() {
      Bangle.buzz(pattern[i]);
      var wait = pattern[i] + (pattern[i + 1] || 0);
      i += 2;
      if (i < pattern.length) setTimeout(next, wait);
    }
    next();
  }

  /**
   * The next cue's buzz, asked for the motor's delay early. A cue already buzzed (the list comes
   * again after each re-sync) is not buzzed twice; one past by more than CUE_LATE is dropped.
   */
  function scheduleCue() {
    if (cueTimer !== undefined) clearTimeout(cueTimer);
    cueTimer = undefined;
    var t = now();
    while (cues.length && (cues[0][0] <= lastCue + SAME_CUE || cues[0][0] - cueLatency < t - CUE_LATE)) cues.shift();
    if (!cues.length) return;
    cueTimer = setTimeout(
      function () {
        cueTimer = undefined;
        var cue = cues.shift();
        lastCue = cue[0];
        buzzPattern(PATTERNS[cue[1]] || PATTERNS.tick);
        scheduleCue();
      },
      Math.max(0, cues[0][0] - cueLatency - t),
    );
  }

  /**
   * The strongest jolt in the 600 ms before a step was counted, and after the last step's (a
   * step is 250 ms or more at any running pace): when that foot landed, as the wrist felt it.
   */
  function impact(t) {
    var from = Math.max(t - 600, lastImpact + 200);
    var at = t;
    var top = -1;
    for (var i = 0; i < accel.length; i += 2) {
      if (accel[i] >= from && accel[i + 1] > top) {
        top = accel[i + 1];
        at = accel[i];
      }
    }
    lastImpact = at;
    return at;
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
    if (footfalls.length) {
      send({ t: 'steps', s: footfalls });
      footfalls = [];
    }
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
      face = { elapsed: message.e || '', detail: message.p || '', title: message.r || 'Kneebeat', paused: !!message.z };
      draw();
    } else if (message.t === 'cues') {
      // The set's cues from now on (a pause sends none: the rest are cancelled).
      cues = message.c || [];
      if (!cues.length) lastCue = -Infinity;
      cueLatency = message.l || 0;
      scheduleCue();
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
    var t = now();
    steps.push(t);
    footfalls.push(Math.round(impact(t)));
    if (footfalls.length > 40) footfalls.shift(); // the phone away: keep the latest only
  });
  // 25 readings a second (the default is 12.5): a step's jolt timed to ±20 ms, not ±40.
  Bangle.setPollInterval(40);
  Bangle.on('accel', function (a) {
    accel.push(now(), a.mag);
    if (accel.length > 50) accel.splice(0, 2);
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
