// Installs the hypervisor shims (sh wrappers over labfast.awk for queries, Python for changes) into a lab
// directory and runs the labctl state helper.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { LabError } from './errors.js';
import { paths, type LabType } from './layout.js';

/** Directory holding the shim sources (test/lab/shims, next to dist/). */
export const shimSourceDir = fileURLToPath(new URL('../../shims/', import.meta.url));

/** Tools on a lab host's PATH per type (`free` on every type). */
export const toolsByType: Record<LabType, string[]> = {
  kvm: ['virsh', 'free'],
  xen: ['xl', 'free'],
  openvz: ['vzlist', 'vzctl', 'vzmigrate', 'free'],
};

/** Finds a fast python3 (the system one; pyenv shims add ~80 ms per call). */
export function findPython(): string {
  const candidates = [process.env['FERRY_LAB_PYTHON'], '/usr/bin/python3', '/usr/local/bin/python3'];
  for (const p of candidates) if (p && existsSync(p)) return p;
  const which = spawnSync('sh', ['-c', 'command -v python3'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  if (which.status === 0 && found.startsWith('/')) return found;
  throw new LabError('TOOL_FAILED', 'python3 not found (set FERRY_LAB_PYTHON)');
}

const shQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** Tools served by labfast.awk alone: installed as awk scripts, no shell in between. */
const awkTools = new Set(['free', 'xl']);

/** The real virsh (Debian's libvirt-clients) that answers a KVM lab host's read commands. */
export function findVirsh(): string {
  for (const p of [process.env['FERRY_LAB_VIRSH'], '/usr/bin/virsh']) if (p && existsSync(p)) return p;
  const which = spawnSync('sh', ['-c', 'command -v virsh'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  if (which.status === 0 && found.startsWith('/')) return found;
  throw new LabError(
    'TOOL_FAILED',
    'virsh not found: a KVM lab runs the real virsh (apt-get install libvirt-clients, or set FERRY_LAB_VIRSH)',
  );
}

/**
 * The `#!` line of an awk script whose own arguments may look like awk options (`free -m`): mawk's `-W exec` and
 * gawk's `-E` take the program file as their last option.
 */
function awkShebang(): string {
  if (existsSync('/usr/bin/mawk')) return '#!/usr/bin/mawk -We';
  if (existsSync('/usr/bin/gawk')) return '#!/usr/bin/gawk -E';
  throw new LabError('TOOL_FAILED', 'neither mawk nor gawk found in /usr/bin');
}

/**
 * Copies the shims into DIR/shims (fixing the Python shebang and the shims and virsh paths of the sh wrappers) and
 * puts this type's tools into DIR/bin: labfast.awk behind a `#!` line for free and xl, the sh wrapper `TOOL.sh`
 * where there is one (virsh: the real virsh for reads, virsh.py for changes; vzlist: it globs the conf files for
 * labfast.awk), else a link to `TOOL.py`.
 */
export function installShims(dir: string, type: LabType, python: string, virsh: string | undefined): void {
  const shimDir = paths.shims(dir);
  const binDir = paths.bin(dir);
  mkdirSync(shimDir, { recursive: true });
  mkdirSync(binDir, { recursive: true });
  const sources = readdirSync(shimSourceDir);
  for (const file of sources) {
    if (!/\.(py|sh|awk)$/.test(file)) continue;
    let text = readFileSync(join(shimSourceDir, file), 'utf8');
    text = text
      .replace(/^#!\/usr\/bin\/python3 -IS/, `#!${python} -IS`)
      .replace(/@SHIMS@/g, shQuote(shimDir))
      .replace(/@VIRSH@/g, shQuote(virsh ?? 'virsh'));
    writeFileSync(join(shimDir, file), text);
    chmodSync(join(shimDir, file), 0o755);
  }
  const fast = readFileSync(join(shimSourceDir, 'labfast.awk'), 'utf8');
  for (const tool of toolsByType[type]) {
    const bin = join(binDir, tool);
    if (awkTools.has(tool)) {
      writeFileSync(bin, `${awkShebang()}\nBEGIN { tool = "${tool}"; SHIMS = ${JSON.stringify(shimDir)} }\n${fast}`, {
        mode: 0o755,
      });
    } else {
      symlinkSync(join(shimDir, sources.includes(`${tool}.sh`) ? `${tool}.sh` : `${tool}.py`), bin);
    }
  }
}

/** Runs `labctl.py ARGS` of the lab with optional stdin; returns stdout; throws TOOL_FAILED with stderr. */
export function runLabctl(dir: string, python: string, args: string[], input?: string): string {
  const res = spawnSync(python, ['-IS', join(paths.shims(dir), 'labctl.py'), ...args], {
    encoding: 'utf8',
    input,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (res.status !== 0) {
    throw new LabError('TOOL_FAILED', `labctl ${args[0] ?? ''} failed: ${(res.stderr || String(res.error)).trim()}`);
  }
  return res.stdout;
}
