// Counts of mail outcomes since the process started (for the metrics): delivered, given up after every attempt,
// and interrupted (left in the spool for the next start).

/** Mail outcome counters of one node. */
export class MailStats {
  sent = 0;
  failed = 0;
  interrupted = 0;

  /** Counts one outcome. */
  record(outcome: { ok: boolean; code?: string }): void {
    if (outcome.ok) this.sent++;
    else if (outcome.code === 'stopped') this.interrupted++;
    else this.failed++;
  }
}
