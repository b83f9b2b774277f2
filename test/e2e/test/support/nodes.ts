// How the tests reach each node they started, by address: over mutual TLS (the default) or plaintext, and which
// DATA/admin.token holds the admin token of its cluster (a replica uses its master's, as tokens replicate).
import { existsSync, readFileSync } from 'node:fs';
import { waitUntil } from './wait.js';

/** Access to one node. */
export interface NodeAccess {
  plaintext: boolean;
  /** The cluster's DATA/admin.token ('' on a plaintext node, which has no tokens). */
  tokenFile: string;
}

const nodes = new Map<string, NodeAccess>();

/** Records how to reach the node serving on `addr` (replacing what a previous run on that address said). */
export function registerNode(addr: string, access: NodeAccess): void {
  nodes.set(addr, access);
}

/** How to reach `addr`; undefined for an address no test node serves (then: TLS, no token). */
export function nodeAccess(addr: string): NodeAccess | undefined {
  return nodes.get(addr);
}

/** The admin token of the cluster `addr` belongs to ('' for plaintext or unknown nodes); waits for the file. */
export async function adminToken(addr: string, timeoutMs = 30_000): Promise<string> {
  const file = nodes.get(addr)?.tokenFile;
  if (!file) return '';
  await waitUntil(`the admin token in ${file}`, () => existsSync(file), timeoutMs, 100);
  return readFileSync(file, 'utf8').trim();
}
