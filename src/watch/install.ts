/**
 * Putting our app on a Bangle.js the way the Espruino App Loader does: commands typed into the
 * watch's JavaScript prompt over the UART, each line starting with Ctrl-P (0x10), which keeps
 * the watch from echoing it back. The file goes to the watch's Storage in pieces (base64, so any
 * character survives the link), then its `.info` entry (which puts it in the launcher), then it
 * is started.
 */
export const APP_FILE = 'kneebeat.app.js';
export const INFO_FILE = 'kneebeat.info';
/** Our watch app's version: its `VERSION`, said in its hello, and the launcher entry's. */
export const APP_VERSION = 2;
/** Bytes of the file per command: a line the watch's prompt takes comfortably. */
const PIECE = 512;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** The command lines that store `source` as the app and start it. */
export function installCommands(source: string): string[] {
  const bytes = new TextEncoder().encode(source);
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += PIECE) {
    const piece = toBase64(bytes.subarray(at, at + PIECE));
    // The first write gives the file's whole size, which Storage reserves; the rest fill it in.
    lines.push(`\x10require("Storage").write(${JSON.stringify(APP_FILE)},atob("${piece}"),${at}${at === 0 ? `,${bytes.length}` : ''});\n`);
  }
  const info = { id: 'kneebeat', name: 'Kneebeat', src: APP_FILE, type: 'app', version: String(APP_VERSION) };
  lines.push(`\x10require("Storage").writeJSON(${JSON.stringify(INFO_FILE)},${JSON.stringify(info)});\n`);
  lines.push(`\x10load(${JSON.stringify(APP_FILE)});\n`);
  return lines;
}
