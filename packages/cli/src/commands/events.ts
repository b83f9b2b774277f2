// `ferry events read|watch`: the hash-chained event log, read in ranges or followed live.
import type { Command } from 'commander';
import type { ReadEventsRequest, WatchEventsRequest } from '@ferry/contract';
import { grpc } from '@ferry/api';
import { action } from '../context.js';
import { withCallContext } from '../errors.js';
import { eventFromProto, eventLine } from '../events-view.js';
import { addGlobalOptions, integer, repeatable } from '../options.js';
import { emit, write } from '../output.js';

/** `events read` options -> ReadEventsRequest (pure). */
export function readEventsRequest(o: { from?: number; limit?: number; aggregate?: string; type?: string[] }): ReadEventsRequest {
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
    .action(action(async (ctx) => {
      const list = (await ctx.conn().unary('ReadEvents', readEventsRequest(ctx.opts))).events ?? [];
      const out = list.map(eventFromProto);
      await emit(ctx.globals.json, out, () => out.map(eventLine).join('\n'));
    }));

  addGlobalOptions(events.command('watch').description('follow events live (Ctrl-C stops); --json prints one object per line'))
    .option('--from <seq>', 'first seq (default: the next event)', integer('from', 1))
    .option('--aggregate <id>', 'only this aggregate')
    .option('--type <type>', 'only this event type (repeatable)', repeatable)
    .action(action(async (ctx) => {
      const conn = ctx.conn();
      const stream = conn.client.WatchEvents(watchEventsRequest(ctx.opts), conn.metadata());
      let stopped = false;
      const stop = (): void => {
        stopped = true;
        stream.cancel();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise<void>((resolve, reject) => {
        let chain = Promise.resolve();
        stream.on('data', (e: unknown) => {
          const ev = eventFromProto(e);
          chain = chain.then(() => write(ctx.globals.json ? JSON.stringify(ev) + '\n' : eventLine(ev) + '\n'));
        });
        stream.on('error', (err: grpc.ServiceError) => {
          if (stopped && err.code === grpc.status.CANCELLED) void chain.then(resolve);
          else reject(withCallContext(err, conn));
        });
        stream.on('end', () => void chain.then(resolve));
      });
    }));
}
