#!/usr/bin/env node
// Entry of `ferry`: parses the command line, runs the command, maps any failure to a one-line message and an
// exit code (0 ok, 1 refused, 2 usage, 3 unreachable), flushes stdout, and exits.
import { CommanderError } from 'commander';
import { closeAll } from './context.js';
import { EXIT, describeFailure } from './errors.js';
import { buildProgram } from './program.js';

async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return EXIT.OK;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    const f = describeFailure(err);
    process.stderr.write(`ferry: ${f.message}\n`);
    return f.exitCode;
  } finally {
    closeAll();
  }
}

// grpc-js sets the TLS server name to the address, which Node flags (DEP0123) for IP addresses: not the operator's concern.
process.noDeprecation = true;
process.stdout.on('error', () => process.exit(process.exitCode ?? 0));
const code = await main(process.argv);
process.stdout.write('', () => process.exit(code));
