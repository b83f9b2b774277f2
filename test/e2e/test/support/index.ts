// The e2e support module: processes, TLS certificates and tokens, CLI/API access, SMTP sink, lab helpers, the docs'
// code blocks, waits and cleanup.
export * from './cleanup.js';
export * from './wait.js';
export * from './paths.js';
export * from './ferryd.js';
export * from './cli.js';
export * from './smtp.js';
export * from './lab.js';
export * from './level-db.js';
export * from './nodes.js';
export * from './pki.js';
export * from './doc-blocks.js';
export * from './nats.js';
