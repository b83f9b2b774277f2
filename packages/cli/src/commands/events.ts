// `ferry events read|watch`: the hash-chained event log, read in ranges or followed live (across a change of master).
import type { Command } from 'commander';
import type { ReadEventsRequest, WatchEventsRequest } from '@ferry/contract';
import { grpc } from '@ferry/api';
import type { Connection } from '../connection.js';
import { action, type Ctx } from '../context.js';
import { statusName, withCallContext } from '../errors.js';
import { eventFromProto, eventLine } from '../events-view.js';
import { discardedSince, knownNodes, masterOf, type NodeAnswer } from '../follow-cluster.js';
import { addGlobalOptions, integer, repeatable } from '../options.js';
import { emit, note, write } from '../output.js';
import { present } from '../connection.js';

/** `events read` options -> ReadEventsRequest (pure). */
export function readEventsRequest(o: {
  from?: number;
  limit?: number;
  aggregate?: string;
  type?: string[];
}): ReadEventsRequest {
  return { fromSeq: o.from ?? 1, limit: o.limit ?? 1000, aggregate: o.aggregate ?? '', types: o.type ?? [] };
}

/** `events watch` options -> WatchEventsRequest (pure); no --from means "from the next event". */
export function watchEventsRequest(o: { from?: number; aggregate?: string; type?: string[] }): WatchEventsRequest {
  return { fromSeq: o.from ?? 0, aggregate: o.aggregate ?? '', types: o.type ?? [] };
}

/** Registers `events …`. */
export function registerEvents(program: Command): void {
  const events = program.command('events').description('the event log');

  addGlobalOptions(events.command('read').description('read events from a seq'))
    .option('--from <seq>', 'first seq (default 1)', integer('from', 1))
    .option('--limit <n>', 'maximum number of events (default 1000, at most 100000)', integer('limit', 1, 100_000))
    .option('--aggregate <id>', 'only this aggregate, e.g. host/h1')
    .option('--type <type>', 'only this event type (repeatable)', repeatable)
    .action(
      action(async (ctx) => {
        const list = (await ctx.conn().unary('ReadEvents', readEventsRequest(ctx.opts))).events ?? [];
        const out = list.map(eventFromProto);
        await emit(ctx.globals.json, out, () => out.map(eventLine).join('\n'));
      }),
    );

  addGlobalOptions(
    events.command('watch').description('follow events live (Ctrl-C stops); --json prints one object per line'),
  )
    .option('--from <seq>', 'first seq (default: the next event)', integer('from', 1))
    .option('--aggregate <id>', 'only this aggregate')
    .option('--type <type>', 'only this event type (repeatable)', repeatable)
    .option(
      '--no-follow-cluster',
      'stop when the watched node goes away, instead of going on with the master of the cluster',
    )
    .action(action((ctx) => watchCluster(ctx)));
}

/** Transport failures after which `events watch` looks for the cluster's master; anything else is the server's "no". */
const NODE_GONE = new Set([
  grpc.status.UNAVAILABLE,
  grpc.status.CANCELLED,
  grpc.status.INTERNAL,
  grpc.status.UNKNOWN,
  grpc.status.ABORTED,
]);
/** How many printed events `events watch` remembers to check against a new master. */
const REMEMBERED = 1000;

/**
 * `events watch`: follows the node given; when it goes away (crash, shutdown, a promotion elsewhere) goes on with the
 * master of the highest epoch among the nodes it knows of, from the next event, saying so on stderr, and names the
 * printed events the new master does not hold (a stale master's tail the cluster discarded).
 */
async function watchCluster(ctx: Ctx): Promise<void> {
  let conn = ctx.conn();
  const first = present((await conn.unary('GetClusterStatus', {})).status, 'status');
  const known = new Set(knownNodes(conn.address, first));
  const request = watchEventsRequest(ctx.opts);
  let next = ctx.opts.from !== undefined ? Number(ctx.opts.from) : Number(first.headSeq) + 1;
  const printed: { seq: number; hash: string }[] = [];
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const print = async (e: unknown): Promise<void> => {
    const ev = eventFromProto(e);
    printed.push({ seq: ev.seq, hash: ev.hash });
    if (printed.length > REMEMBERED) printed.shift();
    next = ev.seq + 1;
    await write(ctx.globals.json ? `${JSON.stringify(ev)}\n` : `${eventLine(ev)}\n`);
  };
  for (;;) {
    const gone = await watchOnce(conn, { ...request, fromSeq: next }, print, stop.signal);
    if (stop.signal.aborted) return;
    if (!ctx.opts.followCluster || (gone.error && !NODE_GONE.has(gone.error.code))) {
      throw withCallContext(gone.error ?? new Error(`${conn.address} ended the stream`), conn);
    }
    note(
      `ferry: lost ${conn.address} (${gone.error ? gone.error.details || statusName(gone.error.code) : 'stream ended'}); ` +
        `looking for the cluster's master among ${[...known].join(', ')}`,
    );
    const found = await findMaster(ctx, [...known], stop.signal);
    if (!found) return;
    for (const a of knownNodes(found.address, found.status)) known.add(a);
    if (found.address !== conn.address) conn = ctx.connectTo(found.address);
    const target = conn;
    const discarded = await discardedSince(
      printed,
      async (seq) =>
        (await target.unary('ReadEvents', { fromSeq: seq, limit: 1, aggregate: '', types: [] })).events?.[0]?.hash,
    );
    if (discarded.length) {
      note(
        `ferry: the cluster does not hold events ${discarded.join(', ')} as printed above (a stale master's tail, ` +
          `discarded by the promotion); going on from seq ${discarded[0]}`,
      );
      next = discarded[0]!;
      printed.splice(printed.length - discarded.length);
    }
    note(`ferry: following ${found.address} (master, epoch ${found.status.epoch}) from seq ${next}`);
  }
}

/** One WatchEvents stream until it fails, ends or `signal` stops it; every event goes through `print` in order. */
function watchOnce(
  conn: Connection,
  request: WatchEventsRequest,
  print: (e: unknown) => Promise<void>,
  signal: AbortSignal,
): Promise<{ error?: grpc.ServiceError }> {
  const stream = conn.client.WatchEvents(request, conn.metadata());
  const cancel = (): void => stream.cancel();
  signal.addEventListener('abort', cancel);
  return new Promise((resolve) => {
    let chain = Promise.resolve();
    const done = (r: { error?: grpc.ServiceError }): void => {
      signal.removeEventListener('abort', cancel);
      void chain.then(() => resolve(r));
    };
    stream.on('data', (m: { event?: unknown }) => (chain = chain.then(() => print(m.event))));
    stream.on('error', (err: grpc.ServiceError) => done({ error: err }));
    stream.on('end', () => done({}));
  });
}

/** Asks every known node for its status until one answers as master (the newest epoch wins); undefined when stopped. */
async function findMaster(
  ctx: Ctx,
  addresses: readonly string[],
  signal: AbortSignal,
): Promise<NodeAnswer | undefined> {
  const conns = new Map<string, Connection>();
  for (let round = 0; !signal.aborted; round++) {
    const answers = await Promise.all(
      addresses.map(async (address) => {
        const c = conns.get(address) ?? ctx.connectTo(address);
        conns.set(address, c);
        try {
          return { address, status: present((await c.unary('GetClusterStatus', {}, 2_000)).status, 'status') };
        } catch {
          return undefined;
        }
      }),
    );
    const master = masterOf(answers.filter((a): a is NodeAnswer => a !== undefined));
    if (master) return master;
    if (round > 0 && round % 30 === 0) note(`ferry: still no master among ${addresses.join(', ')}`);
    await new Promise<void>((r) => {
      const t = setTimeout(r, 1_000);
      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(t);
          r();
        },
        { once: true },
      );
    });
  }
  return undefined;
}
