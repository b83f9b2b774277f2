// The web console of a node (--web HOST:PORT): GET / renders the console page from the node's projections, live
// figures, replication status and the newest events (filtered by ?type= and ?aggregate=, checked like ReadEvents).
// Same rules as the metrics endpoint: plain HTTP on loopback, HTTPS with a client certificate and a read token off it.
// Read-only: operator actions stay with the CLI and the API.
import type { ClusterStatus } from '@ferry/contract';
import { eventTypeNames } from '@ferry/api';
import { redact } from '@ferry/bus';
import { biggestLoss } from '@ferry/failover';
import { AGGREGATE_FORMS, parseAggregate } from '@ferry/model';
import { snapshot } from '../failover/failover-duty.js';
import { serveHttp } from '../http/http-endpoint.js';
import { httpGuard } from '../http/http-guard.js';
import type { FerryNode } from '../node.js';
import { failoverList, hostView, systemView } from '../views.js';
import { renderConsole, type ConsoleView } from './console-page.js';

/** Events the page shows. */
const EVENTS_SHOWN = 50;
/** Seconds between the page's refreshes. */
const REFRESH_SEC = 5;

/** A running console. */
export interface RunningWeb {
  port: number;
  stop(): Promise<void>;
}

/** The page's view of `node` now, with the event filter of the request. */
async function consoleView(
  node: FerryNode,
  status: () => Promise<ClusterStatus>,
  query: URLSearchParams,
): Promise<ConsoleView> {
  const state = node.state;
  const snap = snapshot(state, node.live);
  const filter = { type: query.get('type')?.trim() ?? '', aggregate: query.get('aggregate')?.trim() ?? '' };
  let problem: string | undefined;
  if (filter.type && !eventTypeNames().includes(filter.type))
    problem = `unknown event type "${filter.type}"; known: ${eventTypeNames().join(', ')}`;
  else if (filter.aggregate && !parseAggregate(filter.aggregate))
    problem = `"${filter.aggregate}" is not an aggregate id: ${AGGREGATE_FORMS}`;
  // Unfiltered, the newest events are the last seqs; a filter has to look through the log for its newest matches.
  const recent = problem
    ? []
    : filter.type || filter.aggregate
      ? await node.log
          .read(1, 100_000, {
            ...(filter.type ? { types: [filter.type] } : {}),
            ...(filter.aggregate ? { aggregate: filter.aggregate } : {}),
          })
          .then((all) => all.slice(-EVENTS_SHOWN))
          .catch(() => [])
      : await node.log.read(Math.max(1, node.log.head().seq - EVENTS_SHOWN + 1), EVENTS_SHOWN, {});
  return {
    status: await status(),
    hosts: [...state.hosts.values()]
      .sort((a, b) => a.spec.name.localeCompare(b.spec.name))
      .map((h) => hostView(h, node.live)),
    groups: [...state.groups.values()]
      .sort((a, b) => a.spec.name.localeCompare(b.spec.name))
      .map((g) => {
        const view = snap.groups.find((x) => x.name === g.spec.name);
        const capacity = view ? biggestLoss(snap, view) : undefined;
        return {
          name: g.spec.name,
          type: g.spec.type,
          mode: g.spec.mode,
          members: state.groupMembers(g),
          timeoutSec: g.spec.timeoutSec,
          fence: g.spec.fence,
          ...(capacity ? { capacity } : {}),
        };
      }),
    systems: [...state.systems.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((s) => systemView(s, state, node.live)),
    failovers: failoverList(state, node.live),
    events: recent.reverse().map((e) => ({
      seq: e.seq,
      time: e.time,
      type: e.type,
      aggregate: e.aggregate,
      body: JSON.stringify(redact(e.body)).slice(0, 200),
    })),
    filter: { ...filter, ...(problem ? { problem } : {}) },
    now: new Date().toISOString(),
    refreshSec: REFRESH_SEC,
  };
}

/** Serves the console at http://ADDR/ until stopped. */
export async function startWeb(
  addr: string,
  node: FerryNode,
  status: () => Promise<ClusterStatus>,
): Promise<RunningWeb> {
  const guard = httpGuard(addr, node, 'the web console');
  try {
    const server = await serveHttp(
      addr,
      'web console address',
      (req, res) => {
        const url = new URL(req.url ?? '/', 'http://console');
        if (req.method !== 'GET' || url.pathname !== '/') {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found; the console is at /\n');
          return;
        }
        consoleView(node, status, url.searchParams).then(
          (view) =>
            res
              .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
              .end(renderConsole(view)),
          (err: unknown) => {
            node.logger.error({ err }, 'web console page failed');
            res.writeHead(500, { 'content-type': 'text/plain' }).end('the console page failed; see the node log\n');
          },
        );
      },
      guard,
    );
    node.logger.info(
      { web: `${guard ? 'https' : 'http'}://${addr.replace(/:\d+$/, `:${server.port}`)}/` },
      'serving the web console',
    );
    return { port: server.port, stop: () => server.close() };
  } catch (err) {
    throw new Error(`cannot serve the web console on ${addr}: ${(err as Error).message}`, { cause: err });
  }
}
