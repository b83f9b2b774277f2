// Live figures of hosts (free RAM, load, probe latency): kept in memory and in metrics, never in the log.

/** What the last probe of a host measured. */
export interface LiveFigures {
  memTotalMiB: number;
  memFreeMiB: number;
  load: number;
  lastProbeMs: number;
  lastProbeAt: string;
  lastError: string;
  /** Systems the last probe listed but could not read: name -> which command printed what. */
  unreadable: Readonly<Record<string, string>>;
}

/** Live figures per host. */
export class LiveStatus {
  private readonly byHost = new Map<string, LiveFigures>();

  /** Figures of a host (zeros when never probed). */
  get(host: string): LiveFigures {
    return (
      this.byHost.get(host) ?? {
        memTotalMiB: 0,
        memFreeMiB: 0,
        load: 0,
        lastProbeMs: 0,
        lastProbeAt: '',
        lastError: '',
        unreadable: {},
      }
    );
  }

  /** Records a probe's figures. */
  set(host: string, figures: Partial<LiveFigures>): void {
    this.byHost.set(host, { ...this.get(host), ...figures });
  }

  /** Forgets a host. */
  delete(host: string): void {
    this.byHost.delete(host);
  }
}
