// Runs the event-log conformance suite alone on LevelDB (conformance.test.ts runs it on every store): the mutation
// run of the log (stryker.conf.mjs, target `log`) uses it to keep each mutant's run short.
import { logConformance } from './conformance.js';
import { leveldbStore } from './stores.js';

logConformance(leveldbStore);
