// The cases saved in this browser (IndexedDB, database `quyche-cases`): one record per case with
// its event log, the head hash at saving time and the bodies the user registered for it. Nothing
// leaves the browser.

const DB = "quyche-cases";
const STORE = "cases";

function open() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: "id" });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run(mode, fn) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req?.result);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Every saved record `{id, events, head, registrations, saved}`. */
export const loadAll = () => run("readonly", (s) => s.getAll());
/** Saves (or replaces) a record. */
export const save = (record) => run("readwrite", (s) => s.put(record));
/** Deletes the record of case `id`. */
export const remove = (id) => run("readwrite", (s) => s.delete(id));
