// The README's command reference is what the command definitions say (regenerate with `pnpm docs:cli`), and the
// generator finds and replaces only its own section.
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildProgram } from '../src/program.js';
import { REFERENCE_BEGIN, REFERENCE_END, commandReference, withReference } from '../src/reference.js';

test('packages/cli/README.md holds the reference generated from the current command definitions', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const fresh = withReference(readme, commandReference(buildProgram()));
  assert.ok(fresh === readme, 'the command reference in packages/cli/README.md is stale: run pnpm docs:cli');
});

test('the reference has a section per command, each with its own usage line and options', () => {
  const ref = commandReference(buildProgram());
  assert.ok(ref.startsWith(REFERENCE_BEGIN) && ref.endsWith(REFERENCE_END));
  for (const path of [
    'ferry',
    'ferry hosts add',
    'ferry groups create',
    'ferry groups release-brake',
    'ferry audit verify',
  ]) {
    assert.match(ref, `#### \`${path}\`\n\n\`\`\`text\nUsage: ${path} `);
  }
  assert.match(ref, /--down-timeout <seconds> +host downtime before failover starts/);
  assert.not.match(ref, 'deprecated name of --down-timeout', 'hidden options stay hidden');
});

test('withReference replaces only the generated section, and refuses a README without one', () => {
  const doc = `intro\n${REFERENCE_BEGIN}\nold\n${REFERENCE_END}\noutro\n`;
  assert.is(
    withReference(doc, `${REFERENCE_BEGIN}\nnew\n${REFERENCE_END}`),
    `intro\n${REFERENCE_BEGIN}\nnew\n${REFERENCE_END}\noutro\n`,
  );
  assert.throws(() => withReference('no markers', 'x'), /no generated reference/);
});

test.run();
