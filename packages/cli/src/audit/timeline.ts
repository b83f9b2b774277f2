// `audit failovers`: each failover's timeline from its events (detected, started, planned, fenced, moved,
// failed, completed) with durations. Pure: takes events, returns the report.
import { summarize, type EventJson } from '../events-view.js';

/** Event types a failover timeline is made of (besides the host's own state changes). */
export const FAILOVER_TYPES = [
  'FailoverStarted',
  'FailoverPlanned',
  'HostFenced',
  'SystemMoved',
  'FailoverMoveFailed',
  'FailoverCompleted',
] as const;
/** Host events that tell when the failure was detected or confirmed. */
export const DETECTION_TYPES = ['HostStateChanged', 'HostDownConfirmed'] as const;

/** One step of a timeline. */
export interface TimelineStep {
  seq: number;
  time: string;
  type: string;
  /** Milliseconds since the failover started (negative for the detection before it). */
  sinceStartMs: number;
  detail: string;
}

/** One failover with its timeline. */
export interface FailoverTimeline {
  id: string;
  host: string;
  group: string;
  reason: string;
  outcome: string;
  detectedAt: string;
  startedAt: string;
  plannedAt: string;
  fencedAt: string;
  finishedAt: string;
  moves: {
    system: string;
    from: string;
    to: string;
    outcome: 'succeeded' | 'failed';
    started: boolean;
    at: string;
    detail: string;
  }[];
  durations: {
    detectToStartMs: number | null;
    startToPlanMs: number | null;
    startToFenceMs: number | null;
    startToFinishMs: number | null;
    detectToFinishMs: number | null;
  };
  timeline: TimelineStep[];
}

const ms = (a: string, b: string): number | null => (a && b ? Date.parse(b) - Date.parse(a) : null);

const failoverIdOf = (e: EventJson): string => {
  const id = e.body.id;
  if (typeof id === 'string' && id) return id;
  return e.aggregate.startsWith('failover/') ? e.aggregate.slice('failover/'.length) : '';
};

/** Builds timelines from events in seq order (failover events plus host detection events); `since` filters by start (pure). */
export function failoverTimelines(events: readonly EventJson[], since?: string): FailoverTimeline[] {
  const byId = new Map<string, EventJson[]>();
  const lastDown = new Map<string, EventJson>();
  const detection = new Map<string, EventJson | undefined>();
  for (const e of events) {
    if (e.type === 'HostStateChanged' || e.type === 'HostDownConfirmed') {
      const host = e.aggregate.replace(/^host\//, '');
      const to = e.body.to;
      if (e.type === 'HostDownConfirmed' || to === 'down' || to === 'unreachable') {
        if (!lastDown.has(host)) lastDown.set(host, e); // the first sign of this outage
      } else if (to === 'up') lastDown.delete(host);
      continue;
    }
    const id = failoverIdOf(e);
    if (!id) continue;
    if (e.type === 'FailoverStarted') detection.set(id, lastDown.get(String(e.body.host ?? '')));
    const list = byId.get(id) ?? [];
    list.push(e);
    byId.set(id, list);
  }
  const out: FailoverTimeline[] = [];
  for (const [id, evs] of byId) {
    const start = evs.find((e) => e.type === 'FailoverStarted');
    const startedAt = start?.time ?? evs[0]!.time;
    if (since && Date.parse(startedAt) < Date.parse(since)) continue;
    const det = detection.get(id);
    const planned = evs.find((e) => e.type === 'FailoverPlanned');
    const fenced = evs.find((e) => e.type === 'HostFenced');
    const done = evs.find((e) => e.type === 'FailoverCompleted');
    const steps = [...(det ? [det] : []), ...evs].map((e) => ({
      seq: e.seq,
      time: e.time,
      type: e.type,
      sinceStartMs: Date.parse(e.time) - Date.parse(startedAt),
      detail: summarize(e),
    }));
    const moves = evs
      .filter((e) => e.type === 'SystemMoved' || e.type === 'FailoverMoveFailed')
      .map((e) => ({
        system: String(e.body.system ?? ''),
        from: String(e.body.from ?? ''),
        to: String(e.body.to ?? ''),
        outcome: e.type === 'SystemMoved' ? ('succeeded' as const) : ('failed' as const),
        started: e.body.started === true,
        at: e.time,
        detail: e.type === 'FailoverMoveFailed' ? `${String(e.body.code ?? '')}: ${String(e.body.message ?? '')}` : '',
      }));
    const detectedAt = det?.time ?? '';
    const finishedAt = done?.time ?? '';
    out.push({
      id,
      host: String(start?.body.host ?? ''),
      group: String(start?.body.group ?? ''),
      reason: String(start?.body.reason ?? ''),
      outcome: done ? String(done.body.outcome ?? '') : 'in-progress',
      detectedAt,
      startedAt,
      plannedAt: planned?.time ?? '',
      fencedAt: fenced?.time ?? '',
      finishedAt,
      moves,
      durations: {
        detectToStartMs: ms(detectedAt, startedAt),
        startToPlanMs: ms(startedAt, planned?.time ?? ''),
        startToFenceMs: ms(startedAt, fenced?.time ?? ''),
        startToFinishMs: ms(startedAt, finishedAt),
        detectToFinishMs: ms(detectedAt, finishedAt),
      },
      timeline: steps,
    });
  }
  return out.sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0));
}

/** Human text of timelines (pure). */
export function timelinesText(list: readonly FailoverTimeline[]): string {
  if (list.length === 0) return 'no failovers';
  return list
    .map((f) => {
      const took = f.durations.startToFinishMs === null ? 'still running' : `took ${f.durations.startToFinishMs} ms`;
      const head = `failover ${f.id}: host ${f.host}${f.group ? ` (group ${f.group})` : ''}, ${f.reason}, ${f.outcome}, ${took}`;
      const lines = f.timeline.map((s) => {
        const offset = `  ${s.sinceStartMs >= 0 ? '+' : ''}${s.sinceStartMs} ms`;
        return `${offset.padEnd(14)}${s.time}  ${s.type.padEnd(20)} ${s.detail}`;
      });
      return [head, ...lines].join('\n');
    })
    .join('\n\n');
}
