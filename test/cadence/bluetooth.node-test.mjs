// The Bluetooth running-sensor source against an emulated footpod: Chromium's DevTools
// BluetoothEmulation domain plays the peripheral (Running Speed and Cadence service with its
// measurement, the 0x2902 descriptor notifications need, and a battery), DeviceAccess picks it
// in the chooser. Needs the tsc output (npm test builds first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';

const { encodeRsc } = await import('../../build/src/cadence/rsc.js');
const { encodeHeartRate } = await import('../../build/src/cadence/heart-rate.js');
const { APP_FILE } = await import('../../build/src/watch/install.js');
const WATCH_APP = readFileSync(new URL('../../src/watch/bangle/kneebeat.app.js', import.meta.url), 'utf8');

const uuid = (short) => `0000${short.toString(16).padStart(4, '0')}-0000-1000-8000-00805f9b34fb`;
const ADDRESS = '09:09:09:09:09:09';
const base64 = (bytes) => Buffer.from(bytes).toString('base64');

/**
 * Answers an emulated operation. An operation still in flight when its test closes the browser
 * has no one left to answer (the emulation is gone with it): that answer is dropped, not left
 * as an unhandled rejection after the test.
 */
const respond = (cdp, method, params) => cdp.send(method, params).catch(() => {});

/**
 * A simulated peripheral on `owner`'s DevTools target: emulation on, the device pre-connected
 * (an advertisement with every field), every connection and discovery accepted and every
 * descriptor write (the 0x2902 that notifications need) answered. `onGatt` sees each GATT
 * operation (a connection, a discovery). The test adds the services and answers characteristics.
 * `serviceUuid`: the service it is known by, or several.
 */
async function peripheral(owner, { address, name, serviceUuid, onGatt = () => {} }) {
  const known = Array.isArray(serviceUuid) ? serviceUuid : [serviceUuid];
  const cdp = await owner.target().createCDPSession();
  await cdp.send('BluetoothEmulation.enable', { state: 'powered-on', leSupported: true });
  await cdp.send('BluetoothEmulation.simulatePreconnectedPeripheral', { address, name, manufacturerData: [], knownServiceUuids: known });
  cdp.on('BluetoothEmulation.gattOperationReceived', (e) => {
    onGatt(e);
    void respond(cdp, 'BluetoothEmulation.simulateGATTOperationResponse', { address, type: e.type, code: 0 });
  });
  cdp.on('BluetoothEmulation.descriptorOperationReceived', (e) => {
    void respond(cdp, 'BluetoothEmulation.simulateDescriptorOperationResponse', { descriptorId: e.descriptorId, type: e.type, code: 0 });
  });
  return cdp;
}

const NUS = '6e400001-b5a3-f393-e0a9-e50e24dcca9e';

/** A service with one characteristic (and, when it notifies, the 0x2902 descriptor notifications need); its id. */
async function addCharacteristic(cdp, address, serviceUuid, characteristicUuid, properties) {
  const { serviceId } = await cdp.send('BluetoothEmulation.addService', { address, serviceUuid });
  const { characteristicId } = await cdp.send('BluetoothEmulation.addCharacteristic', { serviceId, characteristicUuid, properties });
  if (properties.notify) await cdp.send('BluetoothEmulation.addDescriptor', { characteristicId, descriptorUuid: uuid(0x2902) });
  return characteristicId;
}

/** The Nordic UART service as a Bangle.js has it: the phone writes to TX, the watch notifies on RX. Their ids. */
async function addUart(cdp, address) {
  const { serviceId } = await cdp.send('BluetoothEmulation.addService', { address, serviceUuid: NUS });
  const { characteristicId: tx } = await cdp.send('BluetoothEmulation.addCharacteristic', {
    serviceId,
    characteristicUuid: '6e400002-b5a3-f393-e0a9-e50e24dcca9e',
    properties: { write: true, writeWithoutResponse: true },
  });
  const { characteristicId: rx } = await cdp.send('BluetoothEmulation.addCharacteristic', {
    serviceId,
    characteristicUuid: '6e400003-b5a3-f393-e0a9-e50e24dcca9e',
    properties: { notify: true, read: true },
  });
  await cdp.send('BluetoothEmulation.addDescriptor', { characteristicId: rx, descriptorUuid: uuid(0x2902) });
  return { tx, rx };
}

describe('Bluetooth footpod (emulated through DevTools)', () => {
  let browser;
  let server;
  let origin;
  before(async () => {
    ({ server, origin } = await serve('.', 0));
    browser = await launchChromium(['--enable-features=WebBluetooth']);
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /**
   * A browser of its own (the emulation is per browser, and an earlier test's may still be
   * enabled) with the test page open, once `ready` (a function run in the page) is true.
   */
  async function ownBrowser(t, ready) {
    const own = await launchChromium(['--enable-features=WebBluetooth']);
    t.after(() => own.close());
    const page = await own.newPage();
    await page.goto(`${origin}/test/pages/bluetooth.html`, { waitUntil: 'load' });
    await page.waitForFunction(ready, { polling: 50 });
    return { browser: own, page };
  }

  it('connects, reads cadence (strides doubled) and battery, and reconnects after a drop', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/test/pages/bluetooth.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.source, { polling: 50 });
    // The emulation lives on the browser's DevTools target, not the page's.
    const connections = [];
    const cdp = await peripheral(browser, {
      address: ADDRESS,
      name: 'Footpod',
      serviceUuid: uuid(0x1814),
      onGatt: (e) => e.type === 'connection' && connections.push(Date.now()),
    });
    // The footpod's services. (After a simulated disconnection the emulation forgets them, so
    // they are added again below, as a real footpod would still have them.)
    let battery;
    const addServices = async () => {
      const { serviceId } = await cdp.send('BluetoothEmulation.addService', { address: ADDRESS, serviceUuid: uuid(0x1814) });
      const { characteristicId: rsc } = await cdp.send('BluetoothEmulation.addCharacteristic', {
        serviceId,
        characteristicUuid: uuid(0x2a53),
        properties: { notify: true, read: true },
      });
      await cdp.send('BluetoothEmulation.addDescriptor', { characteristicId: rsc, descriptorUuid: uuid(0x2902) });
      const { serviceId: batteryService } = await cdp.send('BluetoothEmulation.addService', { address: ADDRESS, serviceUuid: uuid(0x180f) });
      ({ characteristicId: battery } = await cdp.send('BluetoothEmulation.addCharacteristic', {
        serviceId: batteryService,
        characteristicUuid: uuid(0x2a19),
        properties: { read: true },
      }));
    };
    await addServices();

    // The peripheral's side: answer reads.
    let measurement = encodeRsc({ speedMps: 3.25, cadence: 86, strideM: 1.1 });
    cdp.on('BluetoothEmulation.characteristicOperationReceived', (e) => {
      const data = e.type === 'read' ? base64(e.characteristicId === battery ? [87] : measurement) : undefined;
      void respond(cdp, 'BluetoothEmulation.simulateCharacteristicOperationResponse', {
        characteristicId: e.characteristicId,
        type: e.type,
        code: 0,
        ...(data ? { data } : {}),
      });
    });

    // The user's side: a tap on Connect, the footpod picked in the chooser.
    const prompted = page.waitForDevicePrompt({ timeout: 20_000 });
    await page.click('#connect');
    const prompt = await prompted;
    // (The emulated chooser lists the peripheral by its address, without a name.)
    await prompt.select(await prompt.waitForDevice((d) => d.id === ADDRESS, { timeout: 20_000 }));
    assert.equal(await page.evaluate(() => window.connecting), true);
    await page.waitForFunction(() => window.source.status === 'connected' && window.source.battery === 87, { timeout: 20_000, polling: 50 });
    // 86 strides per minute from a device that reports strides: 172 steps per minute.
    await page.waitForFunction(() => window.source.cadence === 172, { timeout: 20_000, polling: 50 });
    assert.deepEqual(await page.evaluate(() => window.source.last), { speedMps: 3.25, cadence: 86, strideM: 1.1, distanceM: null, running: false });

    // A new value, as the sensor sends it (a read's answer arrives like a notification).
    measurement = encodeRsc({ speedMps: 3.4, cadence: 88 });
    await page.evaluate(() => window.source.refresh());
    await page.waitForFunction(() => window.source.cadence === 176, { timeout: 20_000, polling: 50 });
    await page.evaluate(() => (window.source.unit = 'steps'));
    assert.equal(await page.evaluate(() => window.source.cadence), 88);

    // The link drops: it says so, and reconnects by itself.
    const before = connections.length;
    await cdp.send('BluetoothEmulation.simulateGATTDisconnection', { address: ADDRESS });
    await page.waitForFunction(() => window.source.status === 'reconnecting', { timeout: 20_000, polling: 20 });
    await addServices();
    await page.waitForFunction(() => window.source.status === 'connected', { timeout: 30_000, polling: 50 });
    assert.ok(connections.length > before, 'no new connection');
    await page.close();
  });

  it('a heart-rate strap: connects, reads beats per minute (none while it says the skin contact is lost), and reconnects after a drop', async (t) => {
    const STRAP = '0A:0A:0A:0A:0A:0A';
    const { browser: strapBrowser, page } = await ownBrowser(t, () => window.heart);
    const cdp = await peripheral(strapBrowser, { address: STRAP, name: 'Strap', serviceUuid: uuid(0x180d) });
    const addServices = () => addCharacteristic(cdp, STRAP, uuid(0x180d), uuid(0x2a37), { notify: true, read: true });
    await addServices();
    let measurement = encodeHeartRate({ bpm: 148, contact: true, rrMs: [405.2734375] });
    cdp.on('BluetoothEmulation.characteristicOperationReceived', (e) => {
      void respond(cdp, 'BluetoothEmulation.simulateCharacteristicOperationResponse', {
        characteristicId: e.characteristicId,
        type: e.type,
        code: 0,
        ...(e.type === 'read' ? { data: base64(measurement) } : {}),
      });
    });

    const prompted = page.waitForDevicePrompt({ timeout: 20_000 });
    await page.click('#connect-hr');
    const prompt = await prompted;
    await prompt.select(await prompt.waitForDevice((d) => d.id === STRAP, { timeout: 20_000 }));
    await page.waitForFunction(() => window.heart.status === 'connected' && window.heart.bpm === 148, { timeout: 20_000, polling: 50 });
    // No battery service on this strap: nothing to show, and no error.
    assert.equal(await page.evaluate(() => window.heart.battery), null);
    assert.deepEqual(await page.evaluate(() => window.heart.last.rrMs), [405.2734375]);

    // The strap says it lost skin contact: no heart rate rather than a stale one.
    measurement = encodeHeartRate({ bpm: 70, contact: false });
    await page.evaluate(() => window.heart.refresh());
    await page.waitForFunction(() => Number.isNaN(window.heart.bpm) && window.heart.last.contact === false, { timeout: 20_000, polling: 50 });
    measurement = encodeHeartRate({ bpm: 301, contact: true }); // a 16-bit value
    await page.evaluate(() => window.heart.refresh());
    await page.waitForFunction(() => window.heart.bpm === 301, { timeout: 20_000, polling: 50 });

    await cdp.send('BluetoothEmulation.simulateGATTDisconnection', { address: STRAP });
    await page.waitForFunction(() => window.heart.status === 'reconnecting' && /heart-rate sensor dropped out/.test(window.heart.message), {
      timeout: 20_000,
      polling: 20,
    });
    await addServices();
    await page.waitForFunction(() => window.heart.status === 'connected', { timeout: 30_000, polling: 50 });
    await page.close();
  });

  it('a Bangle.js over the Nordic UART: our app is installed byte for byte, 20 bytes a write, and lines come back', async (t) => {
    const WATCH = '0B:0B:0B:0B:0B:0B';
    const { browser: watchBrowser, page } = await ownBrowser(t, () => window.watch);
    const cdp = await peripheral(watchBrowser, { address: WATCH, name: 'Bangle.js 1a2b', serviceUuid: NUS });
    const { tx, rx } = await addUart(cdp, WATCH);
    const writes = [];
    let answer = '{"t":"hello","v":1}\r\n';
    cdp.on('BluetoothEmulation.characteristicOperationReceived', (e) => {
      if (e.characteristicId === tx && e.type.startsWith('write')) writes.push(Buffer.from(e.data, 'base64'));
      const reply = e.characteristicId === rx && e.type === 'read' ? { data: base64(Buffer.from(answer)) } : {};
      void respond(cdp, 'BluetoothEmulation.simulateCharacteristicOperationResponse', {
        characteristicId: e.characteristicId,
        type: e.type,
        code: 0,
        ...reply,
      });
    });
    const prompted = page.waitForDevicePrompt({ timeout: 20_000 });
    await page.click('#connect-watch');
    const prompt = await prompted;
    await prompt.select(await prompt.waitForDevice((d) => d.id === WATCH, { timeout: 20_000 }));
    await page.waitForFunction(() => window.watch.status === 'connected', { timeout: 20_000, polling: 50 });

    await page.evaluate(async (source) => {
      const { installCommands } = await import('/build/src/watch/install.js');
      for (const line of installCommands(source)) await window.watch.send(line);
    }, WATCH_APP);
    assert.ok(
      writes.every((w) => w.length <= 20),
      'a write longer than a BLE packet',
    );
    // What the watch's prompt received, run against a stand-in Storage: our file, whole.
    const typed = Buffer.concat(writes).toString('utf8');
    let file = null;
    const storage = {
      write: (name, data, offset, size) => {
        assert.equal(name, APP_FILE);
        if (size !== undefined) file = Buffer.alloc(size);
        file.write(data, offset, 'latin1');
      },
      writeJSON: () => {},
    };
    const loaded = [];
    for (const line of typed.split('\n').filter(Boolean))
      new Function('require', 'atob', 'load', line.slice(1))(
        () => storage,
        (b) => Buffer.from(b, 'base64').toString('latin1'),
        (n) => loaded.push(n),
      );
    assert.equal(file.toString('utf8'), WATCH_APP);
    assert.deepEqual(loaded, [APP_FILE]);

    // The watch's lines come back whole (a read answered like a notification, in two pieces).
    answer = '{"t":"pong","i":3,';
    await page.evaluate(() => window.watch.refresh());
    answer = '"w":1234}\r\n';
    await page.evaluate(() => window.watch.refresh());
    answer = '';
    await page.waitForFunction(() => window.watchLines.includes('{"t":"pong","i":3,"w":1234}'), { timeout: 20_000, polling: 50 });
    await page.close();
  });

  it('a Bangle.js with our app is the watch, the cadence sensor and the heart-rate sensor at once, over one connection', async (t) => {
    const WATCH = '0C:0C:0C:0C:0C:0C';
    const { browser: bangleBrowser, page } = await ownBrowser(t, () => window.watch && window.source && window.heart);
    const cdp = await peripheral(bangleBrowser, { address: WATCH, name: 'Bangle.js 1a2b', serviceUuid: [NUS, uuid(0x1814), uuid(0x180d)] });
    // As our app sets them up (NRF.setServices with the UART kept): the UART, cadence, heart rate.
    const { rx } = await addUart(cdp, WATCH);
    const rsc = await addCharacteristic(cdp, WATCH, uuid(0x1814), uuid(0x2a53), { notify: true, read: true });
    const hr = await addCharacteristic(cdp, WATCH, uuid(0x180d), uuid(0x2a37), { notify: true, read: true });
    // What our app's services hold: cadence 172 ([0, 0, 0, 172]: no speed), heart rate 151 (8-bit).
    const values = new Map([
      [rsc, [0, 0, 0, 172]],
      [hr, [0, 151]],
      [rx, [...Buffer.from('{"t":"hello","v":2}\r\n')]],
    ]);
    cdp.on('BluetoothEmulation.characteristicOperationReceived', (e) => {
      const reply = e.type === 'read' ? { data: base64(values.get(e.characteristicId) ?? []) } : {};
      void respond(cdp, 'BluetoothEmulation.simulateCharacteristicOperationResponse', {
        characteristicId: e.characteristicId,
        type: e.type,
        code: 0,
        ...reply,
      });
    });
    const pick = async (button) => {
      const prompted = page.waitForDevicePrompt({ timeout: 20_000 });
      await page.click(button);
      const prompt = await prompted;
      await prompt.select(await prompt.waitForDevice((d) => d.id === WATCH, { timeout: 20_000 }));
    };
    await pick('#connect-watch');
    await page.waitForFunction(() => window.watch.status === 'connected', { timeout: 20_000, polling: 50 });
    // The same watch, picked as the footpod and as the heart-rate sensor: the phone's own code paths read its standard services.
    await page.evaluate(() => (window.source.unit = 'steps'));
    await pick('#connect');
    await page.waitForFunction(() => window.source.status === 'connected' && window.source.cadence === 172, { timeout: 20_000, polling: 50 });
    await pick('#connect-hr');
    await page.waitForFunction(() => window.heart.status === 'connected' && window.heart.bpm === 151, { timeout: 20_000, polling: 50 });
    await page.evaluate(() => window.watch.refresh());
    await page.waitForFunction(() => window.watchLines.includes('{"t":"hello","v":2}'), { timeout: 20_000, polling: 50 });

    // Letting the heart rate go keeps the one connection the watch and the cadence still use…
    await page.evaluate(() => window.heart.disconnect());
    values.set(rsc, [0, 0, 0, 168]);
    await page.evaluate(() => window.source.refresh());
    await page.waitForFunction(() => window.source.cadence === 168, { timeout: 20_000, polling: 50 });
    assert.equal(await page.evaluate(() => window.watch.status), 'connected');
    // …and so does letting the cadence go: the watch's lines still come.
    await page.evaluate(() => window.source.disconnect());
    values.set(rx, [...Buffer.from('{"t":"btn"}\r\n')]);
    await page.evaluate(() => window.watch.refresh());
    await page.waitForFunction(() => window.watchLines.includes('{"t":"btn"}'), { timeout: 20_000, polling: 50 });
    await page.close();
  });
});
