// `audit state-at`: folds events 1..N with the model's reducers and shapes the projections as the list
// commands print them. Pure apart from the event iterator it is given.
import { createProjection, type ClusterState, type CommittedEvent } from '@ferry/model';
import {
  failoverEntityJson,
  groupEntityJson,
  hostEntityJson,
  ownerEntityJson,
  systemEntityJson,
  type FailoverJson,
  type GroupJson,
  type HostJson,
  type OwnerJson,
  type SystemJson,
} from '../views.js';

/** The rebuilt state as printed. */
export interface StateAtJson {
  /** Last event folded (0 when none). */
  seq: number;
  /** Its time ('' when none). */
  time: string;
  hosts: HostJson[];
  systems: SystemJson[];
  groups: GroupJson[];
  settings: { key: string; value: string }[];
  owners: OwnerJson[];
  failovers: FailoverJson[];
}

/** Where to stop: at a seq, or at the last event whose time is <= an ISO time. */
export type StopAt = { seq: number } | { time: string };

/** Folds event pages until the stop point; returns the state and the last folded event. */
export async function foldUntil(
  chunks: AsyncIterable<readonly (CommittedEvent & { seq: number; time: string })[]>,
  stop: StopAt,
): Promise<{ state: ClusterState; seq: number; time: string }> {
  const p = createProjection();
  let seq = 0;
  let time = '';
  const limitTime = 'time' in stop ? Date.parse(stop.time) : Infinity;
  const limitSeq = 'seq' in stop ? stop.seq : Infinity;
  for await (const chunk of chunks) {
    const take: CommittedEvent[] = [];
    let done = false;
    for (const e of chunk) {
      if (e.seq > limitSeq || Date.parse(e.time) > limitTime) {
        done = true;
        break;
      }
      take.push(e);
      seq = e.seq;
      time = e.time;
    }
    if (take.length) p.stage(take).commit();
    if (done || seq >= limitSeq) break;
  }
  return { state: p.state, seq, time };
}

const byName = <T extends { name: string }>(a: T, b: T): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Shapes a folded state (pure). */
export function stateJson(state: ClusterState, seq: number, time: string): StateAtJson {
  return {
    seq,
    time,
    hosts: [...state.hosts.values()].map(hostEntityJson).sort(byName),
    systems: [...state.systems.values()].map((s) => systemEntityJson(s, state)).sort(byName),
    groups: [...state.groups.values()].map((g) => groupEntityJson(g, state)).sort(byName),
    settings: Object.entries(state.settings.values)
      .map(([key, v]) => ({ key, value: v.value }))
      .sort((a, b) => (a.key < b.key ? -1 : 1)),
    owners: [...state.owners.values()].map((o) => ownerEntityJson(o, state)).sort(byName),
    failovers: [...state.failovers.values()]
      .flatMap(failoverEntityJson)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
  };
}
