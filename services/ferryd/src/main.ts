#!/usr/bin/env node
// ferryd entry point: parse the configuration, start the node, shut down cleanly on SIGINT/SIGTERM.
import { parseConfig } from './config.js';
import { createLogger, routeGrpcLogs } from './logger.js';
import { startDaemon } from './daemon.js';
import { isDaemonChild, launchDetached, reportReady } from './detach.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(process.argv.slice(2));
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version') process.exit(0);
    if (!String(code ?? '').startsWith('commander.')) process.stderr.write(`ferryd: ${(err as Error).message}\n`);
    process.exit(2);
  }
  if (!config.foreground && !isDaemonChild()) process.exit(await launchDetached(process.argv.slice(1), config.data));
  const logger = createLogger(config.logLevel, config.nodeId);
  routeGrpcLogs(logger);
  let daemon: Awaited<ReturnType<typeof startDaemon>>;
  try {
    daemon = await startDaemon(config, logger);
  } catch (err) {
    const message = (err as Error).message;
    logger.fatal({ code: (err as { code?: string }).code }, message);
    process.stderr.write(`ferryd: ${message}\n`);
    process.exit(1);
  }
  const ready = `ferryd: ${daemon.node.role} "${config.nodeId}" listening on ${config.listen.replace(/:\d+$/, `:${daemon.node.port}`)} (data ${config.data})`;
  if (isDaemonChild()) reportReady(ready);
  else process.stdout.write(`${ready}\n`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    daemon.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

void main();
