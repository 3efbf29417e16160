/**
 * Parses, checks and writes a large import off the page's main thread: a 20 MB export takes
 * a few hundred ms just to parse, which would freeze the page. Talks in ImportWorkerRequest /
 * ImportWorkerReply messages; the store's own code does the work.
 */
import { SessionStore, type ImportWorkerReply, type ImportWorkerRequest } from './session-store.js';
import { StoreError } from './store-error.js';

const reply = (message: ImportWorkerReply) => postMessage(message);

addEventListener('message', (event: MessageEvent<ImportWorkerRequest>) => {
  const { dbName, file } = event.data;
  const store = new SessionStore(dbName);
  (typeof file === 'string' ? Promise.resolve(file) : file.text())
    .then((text) => store.importHere(text, { onProgress: (written, total) => reply({ progress: [written, total] }) }))
    .then((report) => reply({ report }))
    .catch((error: unknown) => {
      const problem = StoreError.from(error);
      reply({ failure: problem.failure, message: problem.message });
    })
    .finally(() => void store.database.close());
});
