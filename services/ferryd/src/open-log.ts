// Opens a node's event log. A log that fails its check at open (a damaged record, a missing seq, a head below the
// commit marker) is never served silently: a master or a fenced node refuses to start with the finding (seq, file,
// what); a replica moves the damaged tail to quarantine and fetches it again from its master, which holds every
// event it replicated.
import type { Logger } from 'pino';
import { CorruptLogError, EventLog, type Projection } from '@ferry/log';

/**
 * Opens the log at `path` with `projection`. `role`: the role given on the command line, if any (else the persisted
 * one decides).
 * @throws CorruptLogError on a node that is not a replica; the log's open errors.
 */
export async function openNodeLog(
  path: string,
  projection: Projection,
  logger: Logger,
  role: string | undefined,
): Promise<EventLog> {
  try {
    return await EventLog.open({ path, projection });
  } catch (err) {
    if (!(err instanceof CorruptLogError)) throw err;
    const log = await EventLog.open({ path, projection, verifyOnOpen: false });
    try {
      if ((role ?? (await log.meta.get('role'))) !== 'replica') throw err;
      const moved = await log.cutCorruptTail(err);
      logger.error(
        { seq: err.seq, file: err.file, quarantined: moved },
        `${err.message}; this replica moved ${moved} event(s) to quarantine and fetches from seq ${log.head().seq + 1} from its master again`,
      );
      return log;
    } catch (e) {
      await log.close();
      throw e;
    }
  }
}
