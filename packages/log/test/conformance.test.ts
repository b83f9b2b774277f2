// The event-log conformance suite on each store the log runs on (stores.ts); each suite's name says its store.
// What only a real on-disk LevelDB can show (locks across processes, corruption, SIGKILL, storage faults, power loss)
// is tested beside it: leveldb.test.ts, storage-faults.test.ts, power-loss.test.ts.
import { logConformance } from './conformance.js';
import { leveldbStore, memoryStore } from './stores.js';

logConformance(leveldbStore);
logConformance(memoryStore());
