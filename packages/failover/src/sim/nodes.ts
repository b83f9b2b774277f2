// Simulated Ferry nodes and the network between them and the hosts: each node has a role, an epoch, the master
// it follows, its collector's beliefs and (as a confirmed master) a failover engine. Role changes follow
// @ferry/cluster's rules — the start role, confirming mastership, promotion, whom to follow — the same rules
// ferryd composes, asked of the simulated peers over the simulated links.

import type { PeerView, Role } from '@ferry/cluster';
import type { FailoverEngine } from '../engine.js';
import { SimCollector } from './collector.js';

/** One simulated Ferry node. */
export interface SimNode {
  name: string;
  up: boolean;
  role: Role;
  /** The highest epoch its log knows. */
  epoch: number;
  /** The node it follows (its own name as master). */
  master: string;
  /** A master that has not yet confirmed (writes held, no duties): at start, or again after it lost contact. */
  confirming: false | 'start' | 'contact';
  /** What `confirming` last said (printed once per change). */
  held: string;
  /** Started with --skip-master-check: never confirms, never holds for lost contact. */
  skipCheck: boolean;
  /** When its current term as a confirmed master began, and when it last heard from each peer (judgeContact). */
  contactSince: number;
  lastContact: Map<string, number>;
  engine: FailoverEngine | undefined;
  collector: SimCollector;
  /** Replaced by a promotion in a legacy single-node script: runs its in-flight work, probes nothing. */
  cutOff: boolean;
}

/** A new node in `role`. */
export function newNode(name: string, role: Role, master: string, epoch: number): SimNode {
  return {
    name,
    up: true,
    role,
    epoch,
    master,
    confirming: false,
    held: '',
    skipCheck: false,
    contactSince: 0,
    lastContact: new Map(),
    engine: undefined,
    collector: new SimCollector(),
    cutOff: false,
  };
}

/** Partitions between nodes and hosts, as unordered pairs of names. */
export class Links {
  private readonly cut = new Set<string>();

  private key(a: string, b: string): string {
    return a < b ? `${a}|${b}` : `${b}|${a}`;
  }

  /** Cuts (or heals) the link between `a` and `b`. */
  set(a: string, b: string, up: boolean): void {
    if (up) this.cut.delete(this.key(a, b));
    else this.cut.add(this.key(a, b));
  }

  /** Whether `a` and `b` can talk. */
  up(a: string, b: string): boolean {
    return !this.cut.has(this.key(a, b));
  }
}

/** What `to` answers `from` (its Describe), or undefined when it is down or cut off from `from`. */
export function describe(links: Links, from: SimNode, to: SimNode): PeerView | undefined {
  if (!to.up || !from.up || !links.up(from.name, to.name)) return undefined;
  return { role: to.role, epoch: to.epoch, master: to.role === 'master' ? to.name : to.master, headSeq: 0 };
}
