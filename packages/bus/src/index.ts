// Public entry of @ferry/bus: the NATS bridge (connection kept up forever, event publisher, master announcements, lease bucket).
export * from './errors.js';
export * from './subjects.js';
export * from './wire.js';
export { BusClient, sleep, type BusClientOptions, type BusLogger } from './client.js';
export {
  EventPublisher,
  resumeAfter,
  PUBLISHED_SEQ_KEY,
  PUBLISHED_EPOCH_KEY,
  type EventPublisherOptions,
  type PublishSource,
} from './publisher.js';
export { Announcer, AnnouncementListener, type AnnouncerOptions } from './announcer.js';
export { LeaseStore, type LeaseStoreOptions, type Revisioned } from './lease-store.js';
