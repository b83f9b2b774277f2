// Counts of mail outcomes since the process started (for the metrics and `ferry status`): delivered, given up after
// every attempt (with the last such error), and interrupted (left in the spool for the next start).
import { readdirSync } from 'node:fs';

/** Mail outcome counters of one node. */
export class MailStats {
  sent = 0;
  failed = 0;
  interrupted = 0;
  /** The last mail every attempt failed for: when, to whom and why. */
  lastFailure: { at: string; to: string; error: string } | undefined;

  /** Counts one outcome. */
  record(outcome: { ok: boolean; code?: string; to?: readonly string[]; error?: string }): void {
    if (outcome.ok) this.sent++;
    else if (outcome.code === 'stopped') this.interrupted++;
    else {
      this.failed++;
      this.lastFailure = {
        at: new Date().toISOString(),
        to: (outcome.to ?? []).join(', '),
        error: outcome.error ?? 'unknown error',
      };
    }
  }
}

/** Mail waiting for delivery in the spool folder `dir` (0 when it does not exist yet). */
export function spooledCount(dir: string): number {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json')).length;
  } catch {
    return 0;
  }
}

/** `ok`, or what keeps mail from arriving: failures since start (the last one named) and mail still waiting (pure). */
export function mailText(stats: Pick<MailStats, 'failed' | 'lastFailure'>, spooled: number): string {
  const parts: string[] = [];
  if (stats.failed > 0 && stats.lastFailure) {
    const f = stats.lastFailure;
    parts.push(
      `${stats.failed} mail(s) failed since start (kept in mail-spool/failed); last at ${f.at} to ${f.to}: ${f.error}`,
    );
  }
  if (spooled > 0) parts.push(`${spooled} mail(s) waiting in mail-spool for delivery`);
  return parts.length ? parts.join('; ') : 'ok';
}
