// The lab's run history (history.jsonl: one {t, system, host, event} line per start/stop) and double-run detection.
import { readFileSync } from 'node:fs';

/** One start or stop of a system on a host. */
export interface RunEvent {
  /** Milliseconds since the epoch. */
  t: number;
  system: string;
  host: string;
  event: 'start' | 'stop';
}

/** A time span during which a system ran on one host; `end` is null while still running. */
export interface RunInterval {
  host: string;
  start: number;
  end: number | null;
}

/** A system that ran on two hosts at the same time. */
export interface DoubleRun {
  system: string;
  /** The two hosts, in order of the intervals' starts. */
  hosts: [string, string];
  /** Overlap start (ms). */
  from: number;
  /** Overlap end (ms); "now" when both intervals are still open. */
  to: number;
  /** True when the overlap is still going on. */
  ongoing: boolean;
  intervals: [RunInterval, RunInterval];
}

/** Reads history.jsonl, skipping torn or foreign lines. */
export function readHistory(file: string): RunEvent[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const out: RunEvent[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as RunEvent;
      if (typeof e.t === 'number' && typeof e.system === 'string' && typeof e.host === 'string') out.push(e);
    } catch {
      // ignore a torn line
    }
  }
  return out;
}

/** Per system, its running intervals per host (a repeated start or a stop without start is ignored). */
export function runIntervals(events: RunEvent[]): Map<string, RunInterval[]> {
  const sorted = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.t - b.e.t || a.i - b.i);
  const open = new Map<string, RunInterval>();
  const bySystem = new Map<string, RunInterval[]>();
  for (const { e } of sorted) {
    const key = `${e.system}\0${e.host}`;
    const cur = open.get(key);
    if (e.event === 'start' && !cur) {
      const iv: RunInterval = { host: e.host, start: e.t, end: null };
      open.set(key, iv);
      const list = bySystem.get(e.system) ?? [];
      list.push(iv);
      bySystem.set(e.system, list);
    } else if (e.event === 'stop' && cur) {
      cur.end = e.t;
      open.delete(key);
    }
  }
  return bySystem;
}

/** Every overlap of a system's intervals on two different hosts (open intervals count until `now`). */
export function findDoubleRuns(events: RunEvent[], now = Date.now()): DoubleRun[] {
  const out: DoubleRun[] = [];
  for (const [system, ivs] of runIntervals(events)) {
    for (let i = 0; i < ivs.length; i++) {
      for (let j = i + 1; j < ivs.length; j++) {
        const a = ivs[i] as RunInterval;
        const b = ivs[j] as RunInterval;
        if (a.host === b.host) continue;
        const from = Math.max(a.start, b.start);
        const to = Math.min(a.end ?? now, b.end ?? now);
        if (from < to) {
          out.push({
            system,
            hosts: [a.host, b.host],
            from,
            to,
            ongoing: a.end === null && b.end === null,
            intervals: [a, b],
          });
        }
      }
    }
  }
  return out.sort((x, y) => x.from - y.from || x.system.localeCompare(y.system));
}
