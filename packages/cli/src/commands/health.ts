// `ferry health`: the node's standard gRPC health check (grpc.health.v1), as load balancers and probes see it.
import type { Command } from 'commander';
import { action } from '../context.js';
import { RefusedError } from '../errors.js';
import { addGlobalOptions } from '../options.js';
import { emit } from '../output.js';

/** Registers `health`. */
export function registerHealth(program: Command): void {
  addGlobalOptions(
    program
      .command('health')
      .description('check the node with grpc.health.v1: prints SERVING, or exits 1 when it is not')
      .option(
        '--service <name>',
        'one service (ferry.v1.ControlPlaneService, ferry.v1.ReplicationService) instead of the whole server',
        '',
      ),
  ).action(
    action(async (ctx) => {
      const service = String(ctx.opts.service ?? '');
      const status = await ctx.conn().health(service);
      await emit(ctx.globals.json, { service, status }, () => status);
      if (status !== 'SERVING')
        throw new RefusedError(`${ctx.globals.server}${service ? ` (${service})` : ''} is ${status}`);
    }),
  );
}
