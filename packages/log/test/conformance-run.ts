// Runs the event-log conformance suite alone on LevelDB (leveldb.test.ts runs it too, with the slower process-level
// tests): the mutation run of the log (stryker.conf.mjs, target `log`) uses it to keep each mutant's run short.
import { EventLog } from '../src/index.js';
import { logConformance } from './conformance.js';

logConformance({ name: 'leveldb', open: (o) => EventLog.open(o), decode: (r, p) => EventLog.decode(r, p) });
