/**
 * The session store's work that would freeze the page: parsing, checking and writing a large
 * import (a 20 MB export takes a few hundred ms just to parse), and making an export of
 * hundreds of thousands of sessions. Talks in StoreWorkerRequest / StoreWorkerReply messages;
 * the store's own code does the work.
 */
import { SessionStore, type StoreWorkerReply, type StoreWorkerRequest } from './session-store.js';
import { StoreError } from './store-error.js';

const reply = (message: StoreWorkerReply) => postMessage(message);

addEventListener('message', (event: MessageEvent<StoreWorkerRequest>) => {
  const request = event.data;
  const store = new SessionStore(request.dbName);
  const work =
    'export' in request
      ? store.exportHere(request.export).then((exported) => reply({ exported }))
      : (typeof request.file === 'string' ? Promise.resolve(request.file) : request.file.text())
          .then((text) => store.importHere(text, { onProgress: (written, total) => reply({ progress: [written, total] }) }))
          .then((report) => reply({ report }));
  work
    .catch((error: unknown) => {
      const problem = StoreError.from(error);
      reply({ failure: problem.failure, message: problem.message });
    })
    .finally(() => void store.database.close());
});
