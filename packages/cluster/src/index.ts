// Public surface of @ferry/cluster: the pure rules of cluster roles (start role, confirming mastership, quorum contact,
// promotion, whom to follow, fork point). The daemon feeds them its log and its peers' answers.
export * from './types.js';
export * from './start-role.js';
export * from './mastership.js';
export * from './contact.js';
export * from './promotion.js';
export * from './following.js';
export * from './orders.js';
export * from './lease.js';
