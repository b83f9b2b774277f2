// Public API of @ferry/lab: SSH hypervisor hosts (real sshd, or the ssh2 engine for scale) for e2e tests and benchmarks.
export { Lab } from './lab.js';
export type { AddSystemOptions, LabUpOptions, LabHostInfo, LabInfo, LabSystem, LabSystemState } from './lab.js';
export type { LabEngine, LabType, PowerState } from './layout.js';
export type { DoubleRun, RunEvent, RunInterval } from './history.js';
export { findDoubleRuns, readHistory } from './history.js';
export { LabError } from './errors.js';
export type { LabErrorCode } from './errors.js';
export { generateEd25519 } from './ssh-keys.js';
export type { SshKeyPair } from './ssh-keys.js';
