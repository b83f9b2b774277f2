// The randomized fault campaign: seeded schedules of real faults against a real cluster in network namespaces.
export { runCampaign, checkPrivileges } from './campaign.js';
export type { CampaignOptions, CampaignResult, Invariant, Violation } from './campaign.js';
export { drawSchedule, describeFault, prng, FAULT_KINDS } from './schedule.js';
export type { Fault, FaultKind } from './schedule.js';
export { shrink } from './shrink.js';
