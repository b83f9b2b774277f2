// Public entry of @ferry/bus: the NATS bridge (connection kept up forever, event publisher, master announcements).
export * from './errors.js';
export * from './subjects.js';
export * from './wire.js';
export { BusClient, type BusClientOptions, type BusLogger } from './client.js';
export { EventPublisher, resumeAfter, PUBLISHED_SEQ_KEY, PUBLISHED_EPOCH_KEY, type EventPublisherOptions, type PublishSource } from './publisher.js';
export { Announcer, AnnouncementListener, type AnnouncerOptions } from './announcer.js';
