// How a node reports its event log's storage condition (see @ferry/log storage-health.ts): one log line per change
// (error when writes stop, info when they resume), gRPC health NOT_SERVING while writes are refused, and the text
// `ferry status` shows. What the open found and repaired (LevelDB dropped data, projection rows rebuilt) is logged
// once as a warning.
import type { Logger } from 'pino';
import type { StartedServer } from '@ferry/api';
import type { EventLog, StorageCondition } from '@ferry/log';

/** Services whose health follows the storage: the node as a whole and the ControlPlaneService (writes). */
const SERVICES = ['', 'ferry.v1.ControlPlaneService'] as const;

/** `ok`, or the condition's message (what, and the log's path), as `ferry status` shows it. */
export function storageText(c: StorageCondition): string {
  return c.state === 'ok' ? 'ok' : c.message;
}

/** Reports the log's storage condition until the returned function is called. */
export function watchStorage(log: EventLog, logger: Logger, health: StartedServer['health']): () => void {
  for (const finding of log.openFindings) logger.warn({ path: log.path }, finding);
  const show = (c: StorageCondition): void => {
    for (const s of SERVICES) health.setStatus(s, c.state === 'ok' ? 'SERVING' : 'NOT_SERVING');
    if (c.state === 'ok') logger.info({ path: log.path }, 'event log storage verified after re-opening: writes resume');
    else logger.error({ path: log.path, code: c.code, state: c.state }, c.message);
  };
  if (log.storage.state !== 'ok') show(log.storage);
  return log.onStorageChange(show);
}
