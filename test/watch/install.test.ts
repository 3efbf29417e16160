// Installing our app on a Bangle.js the App Loader's way: the command lines, run against a
// stand-in for the watch's Storage, leave exactly our file (any character, any length), its
// launcher entry, and start it.
import { expect } from 'chai';
import { APP_FILE, APP_VERSION, INFO_FILE, installCommands } from '../../src/watch/install.js';

/** Runs the command lines as the watch's prompt would (each starts with Ctrl-P): what Storage holds, and what was loaded. */
function runOnWatch(lines: string[]) {
  const files = new Map<string, Uint8Array | unknown>();
  const loaded: string[] = [];
  const storage = {
    write(name: string, data: string, offset: number, size?: number) {
      let file = files.get(name) as Uint8Array | undefined;
      if (size !== undefined) file = new Uint8Array(size);
      if (!file) throw new Error(`${name} written at ${offset} before it was made`);
      for (let i = 0; i < data.length; i++) file[offset + i] = data.charCodeAt(i);
      files.set(name, file);
    },
    writeJSON(name: string, value: unknown) {
      files.set(name, value);
    },
  };
  for (const line of lines) {
    expect(line.startsWith('\x10') && line.endsWith(';\n'), JSON.stringify(line.slice(0, 40))).to.equal(true);
    expect(line.length).to.be.below(1024);
    new Function('require', 'atob', 'load', line.slice(1))(
      () => storage,
      atob,
      (name: string) => loaded.push(name),
    );
  }
  return { files, loaded };
}

describe('installing the watch app', () => {
  it('stores the file byte for byte in pieces, its launcher entry, then starts it', () => {
    const source = `// ünïcödé and "quotes" and \\backslashes\\ ${'x'.repeat(3000)}\n`;
    const { files, loaded } = runOnWatch(installCommands(source));
    expect(new TextDecoder().decode(files.get(APP_FILE) as Uint8Array)).to.equal(source);
    expect(files.get(INFO_FILE)).to.deep.equal({ id: 'kneebeat', name: 'Kneebeat', src: APP_FILE, type: 'app', version: String(APP_VERSION) });
    expect(loaded).to.deep.equal([APP_FILE]);
    expect(installCommands(source).length).to.equal(Math.ceil(new TextEncoder().encode(source).length / 512) + 2);
  });

  it('a file of one piece, and an empty one', () => {
    expect(new TextDecoder().decode(runOnWatch(installCommands('a')).files.get(APP_FILE) as Uint8Array)).to.equal('a');
    expect(runOnWatch(installCommands('')).loaded).to.deep.equal([APP_FILE]);
  });
});
