// NATS subject names of a Ferry cluster: `ferry.<cluster>.events.<Type>` and `ferry.<cluster>.cluster`.

/** Makes a string safe as one subject token (no dots, wildcards or whitespace). */
export function subjectToken(s: string): string {
  const t = s.replace(/[.*>\s]/g, '_');
  return t.length > 0 ? t : '_';
}

/** Subject an event of `type` is published on. */
export function eventSubject(cluster: string, type: string): string {
  return `ferry.${subjectToken(cluster)}.events.${subjectToken(type)}`;
}

/** Subject matching every event of a cluster (`ferry.<cluster>.events.>`). */
export function allEventsSubject(cluster: string): string {
  return `ferry.${subjectToken(cluster)}.events.>`;
}

/** Subject of master announcements. */
export function clusterSubject(cluster: string): string {
  return `ferry.${subjectToken(cluster)}.cluster`;
}
