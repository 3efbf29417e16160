// Tests run on the tsc output (build/) in Debian's Chromium: no test tool downloads a browser.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';
import jsQR from 'jsqr';

/**
 * `decode-qr`: a test sends the pixels of a QR code it rendered (RGBA, base64) and gets back
 * `{ text }`, what jsQR reads from them (null when it reads none), decoded here in Node. (An
 * answer of null would read as "no plugin handled this command".)
 */
const decodeQr = {
  name: 'decode-qr',
  executeCommand({ command, payload }) {
    if (command !== 'decode-qr') return undefined;
    const { rgba, width, height } = payload;
    return { text: jsQR(new Uint8ClampedArray(Buffer.from(rgba, 'base64')), width, height)?.data ?? null };
  },
};

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  files: ['build/test/**/*.test.js'],
  nodeResolve: true,
  plugins: [decodeQr],
  concurrency: 1,
  testFramework: { config: { timeout: 60000 } },
  testsFinishTimeout: 15 * 60 * 1000,
  // On a terminal, the live progress bar; into a file (CI, a log), no bar — its escape codes
  // make the file unreadable — and a plain line with the counts at the end.
  reporters: process.stdout.isTTY ? [defaultReporter()] : [defaultReporter({ reportTestProgress: false }), countReporter()],
  staticLogging: !process.stdout.isTTY,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // Tests print no logs. Lit's one-line dev-mode notice is the only message let through
  // silently; warnings our code is meant to print are asserted in the tests, not shown.
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').startsWith('Lit is in dev mode'),
};
