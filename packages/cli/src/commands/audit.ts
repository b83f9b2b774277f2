// `ferry audit verify|history|state-at|export|diff|failovers`: log-replay auditing, online (over gRPC) or
// offline on a data directory (--data DIR, the node stopped or the directory a copy).
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { AGGREGATE_FORMS, parseAggregate } from '@ferry/model';
import { action, type Ctx } from '../context.js';
import { RefusedError, UsageError } from '../errors.js';
import { eventLine, exportLine, type EventJson } from '../events-view.js';
import { addGlobalOptions, integer, isoTime } from '../options.js';
import { emit, keyValues, write } from '../output.js';
import { verifyJson, type VerifyJson } from '../views.js';
import { diffText, lastCommonSeq, type DiffJson, type DiffSide } from '../audit/diff.js';
import { DataDirSource, ServerSource, isDirectory, pages, type EventSource } from '../audit/source.js';
import { foldUntil, stateJson, type StopAt } from '../audit/state-at.js';
import { DETECTION_TYPES, FAILOVER_TYPES, failoverTimelines, timelinesText } from '../audit/timeline.js';

/** Opens the source of an audit command: `--data DIR` offline, else the server. */
async function sourceOf(ctx: Ctx): Promise<EventSource> {
  const data = ctx.opts.data as string | undefined;
  return data ? DataDirSource.open(data) : new ServerSource(ctx.conn());
}

async function withSource(ctx: Ctx, fn: (src: EventSource) => Promise<void>): Promise<void> {
  const src = await sourceOf(ctx);
  try {
    await fn(src);
  } finally {
    await src.close();
  }
}

/** The message for a log that does not verify (pure). */
export function verifyFailureMessage(v: VerifyJson): string {
  return `log does not verify: first bad seq ${v.badSeq} (aggregate ${v.badAggregate || '?'}, type ${v.badType || '?'}): ${v.reason || 'unknown reason'}`;
}

/** Human text of a verification (pure). */
export function verifyText(v: VerifyJson): string {
  return v.ok
    ? `ok: ${v.checked} events verified; ${v.quarantined} quarantined`
    : `${verifyFailureMessage(v)}\n(${v.checked} events verified before it)`;
}

/** Parses the stop point of `audit state-at` (pure). */
export function stopAt(o: { seq?: number; time?: string }): StopAt {
  if ((o.seq === undefined) === (o.time === undefined))
    throw new UsageError('give exactly one of --seq N or --time ISO');
  return o.seq !== undefined ? { seq: o.seq } : { time: o.time! };
}

async function verifyOffline(dir: string, json: boolean): Promise<VerifyJson> {
  const src = await DataDirSource.open(dir);
  try {
    const total = src.log.head().seq;
    const bar =
      process.stderr.isTTY && !json
        ? new cliProgress.SingleBar(
            { format: 'verifying [{bar}] {percentage}% | {value}/{total} events | ETA {eta}s', stream: process.stderr },
            cliProgress.Presets.shades_classic,
          )
        : undefined;
    bar?.start(total, 0);
    let r: Awaited<ReturnType<typeof src.log.verify>>;
    try {
      r = await src.log.verify({ onProgress: (checked) => bar?.update(checked) });
    } finally {
      bar?.stop();
    }
    const quarantined = await src.log.quarantineCount();
    if (r.ok) {
      // The projection's rows on disk carry checks too (the node rebuilds them from the log when one fails).
      const row = await src.log.checkRows();
      if (row !== undefined) {
        return {
          ok: false,
          checked: r.checked,
          badSeq: 0,
          badAggregate: '',
          badType: '',
          reason: `projection row ${JSON.stringify(row)} fails its check (the node rebuilds its projection from the log at its next start)`,
          quarantined,
        };
      }
    }
    const where = r.firstBad?.file ? ` [${r.firstBad.file}]` : '';
    return {
      ok: r.ok,
      checked: r.checked,
      badSeq: r.firstBad?.seq ?? 0,
      badAggregate: r.firstBad?.aggregate ?? '',
      badType: r.firstBad?.type ?? '',
      reason: r.firstBad ? r.firstBad.reason + where : '',
      quarantined,
    };
  } finally {
    await src.close();
  }
}

/** Reads events of the given types from the whole log. */
async function collect(src: EventSource, types: readonly string[]): Promise<EventJson[]> {
  const out: EventJson[] = [];
  for await (const page of pages(src, 1, Infinity, { types })) out.push(...page);
  return out;
}

async function openSide(ctx: Ctx, arg: string): Promise<EventSource> {
  return isDirectory(arg) ? DataDirSource.open(arg) : new ServerSource(ctx.connectTo(arg));
}

async function side(src: EventSource, common: number, limit: number): Promise<DiffSide> {
  const head = await src.head();
  const events =
    head.seq > common
      ? (await src.read(common + 1, limit)).map(({ seq, epoch, time, aggregate, type, hash }) => ({
          seq,
          epoch,
          time,
          aggregate,
          type,
          hash,
        }))
      : [];
  return { source: src.label, headSeq: head.seq, headHash: head.hash, beyond: Math.max(0, head.seq - common), events };
}

/** Registers `audit …`. */
export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('log-replay auditing, online or offline on a data directory');
  const dataOption = (c: Command): Command =>
    c.option('--data <dir>', 'read this data directory offline instead of the server');

  dataOption(
    addGlobalOptions(
      audit.command('verify').description('recompute the hash chain and epochs; exit 0 only when everything verifies'),
    ),
  ).action(
    action(async (ctx) => {
      const data = ctx.opts.data as string | undefined;
      const v = data
        ? await verifyOffline(data, ctx.globals.json)
        : verifyJson(await ctx.conn().unary('VerifyLog', {}));
      await emit(ctx.globals.json, v, () => (v.ok ? verifyText(v) : ''));
      if (!v.ok) throw new RefusedError(verifyFailureMessage(v));
    }),
  );

  dataOption(
    addGlobalOptions(
      audit
        .command('history')
        .description('every event of one aggregate, e.g. host/h1 or system/web1')
        .argument('<aggregate>'),
    ),
  ).action(
    action(async (ctx) =>
      withSource(ctx, async (src) => {
        const aggregate = ctx.args[0]!;
        if (!parseAggregate(aggregate))
          throw new UsageError(`"${aggregate}" is not an aggregate id: ${AGGREGATE_FORMS}`);
        const out: EventJson[] = [];
        for await (const page of pages(src, 1, Infinity, { aggregate })) out.push(...page);
        await emit(ctx.globals.json, out, () =>
          out.length ? out.map(eventLine).join('\n') : `no events of ${aggregate}`,
        );
      }),
    ),
  );

  dataOption(
    addGlobalOptions(audit.command('state-at').description('rebuild the projections as they were at a seq or a time')),
  )
    .option('--seq <n>', 'after this seq', integer('seq', 0))
    .option('--time <iso>', 'after the last event at or before this time', isoTime('time'))
    .action(
      action(async (ctx) => {
        const stop = stopAt(ctx.opts);
        await withSource(ctx, async (src) => {
          const to = 'seq' in stop ? stop.seq : Infinity;
          const { state, seq, time } = await foldUntil(pages(src, 1, to), stop);
          const out = stateJson(state, seq, time);
          await emit(ctx.globals.json, out, () =>
            [
              `state after seq ${out.seq}${out.time ? ` (${out.time})` : ''}`,
              `hosts:     ${out.hosts.map((h) => `${h.name}(${h.state})`).join(' ') || '-'}`,
              `systems:   ${out.systems.map((x) => `${x.name}@${x.host}(${x.state})`).join(' ') || '-'}`,
              `groups:    ${out.groups.map((g) => `${g.name}(${g.mode}: ${g.members.join(',')})`).join(' ') || '-'}`,
              `owners:    ${out.owners.map((o) => o.name).join(' ') || '-'}`,
              `failovers: ${out.failovers.length}`,
              'settings:',
              keyValues(Object.fromEntries(out.settings.map((x) => [`  ${x.key}`, x.value]))),
            ].join('\n'),
          );
        });
      }),
    );

  dataOption(addGlobalOptions(audit.command('export').description('JSON lines, one event per line, secrets redacted')))
    .option('--from <seq>', 'first seq (default 1)', integer('from', 1))
    .option('--to <seq>', 'last seq (default: the head when the export starts)', integer('to', 1))
    .action(
      action(async (ctx) =>
        withSource(ctx, async (src) => {
          const to = (ctx.opts.to as number | undefined) ?? (await src.head()).seq;
          for await (const page of pages(src, (ctx.opts.from as number | undefined) ?? 1, to)) {
            await write(`${page.map(exportLine).join('\n')}\n`);
          }
        }),
      ),
    );

  addGlobalOptions(
    audit
      .command('diff')
      .description('compare two copies of the log (data directories or server addresses); exit 0 only when identical')
      .argument('<a>', 'data directory or server address')
      .argument('<b>', 'data directory or server address'),
  )
    .option('--limit <n>', 'events listed per side beyond the common seq (default 100)', integer('limit', 0, 100_000))
    .action(
      action(async (ctx) => {
        const a = await openSide(ctx, ctx.args[0]!);
        try {
          const b = await openSide(ctx, ctx.args[1]!);
          try {
            const [ha, hb] = await Promise.all([a.head(), b.head()]);
            const common = await lastCommonSeq(
              Math.min(ha.seq, hb.seq),
              (s) => a.hashAt(s),
              (s) => b.hashAt(s),
            );
            const limit = (ctx.opts.limit as number | undefined) ?? 100;
            const out: DiffJson = {
              identical: ha.seq === hb.seq && ha.seq === common,
              commonSeq: common,
              commonHash: (await a.hashAt(common)) ?? '',
              a: await side(a, common, limit),
              b: await side(b, common, limit),
            };
            await emit(ctx.globals.json, out, () => diffText(out));
            // Like `audit verify`, the answer "not identical" is exit 1, so a script can test it.
            if (!out.identical)
              throw new RefusedError(
                `the copies differ after seq ${common} (A at ${out.a.headSeq}, B at ${out.b.headSeq})`,
              );
          } finally {
            await b.close();
          }
        } finally {
          await a.close();
        }
      }),
    );

  dataOption(addGlobalOptions(audit.command('failovers').description('each failover with its timeline and durations')))
    .option('--since <iso>', 'only failovers started at or after this time', isoTime('since'))
    .action(
      action(async (ctx) =>
        withSource(ctx, async (src) => {
          const events = await collect(src, [...FAILOVER_TYPES, ...DETECTION_TYPES]);
          const out = failoverTimelines(events, ctx.opts.since as string | undefined);
          await emit(ctx.globals.json, out, () => timelinesText(out));
        }),
      ),
    );
}
