// Test helper: bring a lab up in a fresh temp dir and turn its hosts into HostRefs for the pool.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Lab, type LabEngine, type LabHostInfo } from '@ferry/lab';
import type { HostRef, HypervisorType } from '../src/index.js';

/** A running lab and its temp dir; `down()` stops it and removes the dir. */
export interface TestLab {
  lab: Lab;
  dir: string;
  hosts: HostRef[];
  infos: LabHostInfo[];
  down(): Promise<void>;
}

/** Lab hosts as HostRefs (key read from the lab's key file, fingerprint pinned). */
export function hostRefs(infos: LabHostInfo[]): HostRef[] {
  return infos.map((h) => ({
    id: h.name,
    address: h.address,
    port: h.port,
    user: h.user,
    privateKey: readFileSync(h.keyFile),
    hostKeyFingerprint: h.hostKeyFingerprint,
  }));
}

/** Starts `hosts` lab hosts of `type`, each 8192 MiB with `systems` running 1024 MiB systems. */
export async function startLab(
  type: HypervisorType,
  hosts: number,
  systems: number,
  engine: LabEngine = 'openssh',
): Promise<TestLab> {
  const dir = mkdtempSync(join(tmpdir(), `ferry-hv-lab-${type}-`));
  let lab: Lab;
  try {
    lab = await Lab.up(join(dir, 'lab'), { hosts, type, ramMiB: 8192, systems, systemRamMiB: 1024, engine });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const infos = lab.info().hosts;
  return {
    lab,
    dir,
    infos,
    hosts: hostRefs(infos),
    async down() {
      try {
        await lab.down();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
