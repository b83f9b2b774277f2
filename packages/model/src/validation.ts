// Field checks shared by the commands: each returns a list of problems naming the field, never throws.
import { FENCE_METHODS, GROUP_MODES, PLACEMENTS, VIRT_TYPES, type HostSpec } from '@ferry/contract';
import type { FullGroupSpec } from './types.js';
import type { Problem } from './errors.js';

/** Kinds of placement rules. */
export const RULE_KINDS = ['keep-apart', 'keep-together', 'prefer-hosts', 'only-hosts'] as const;

/** Names of hosts, systems, groups, owners, tokens, rules. */
export const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
const ADDRESS_RE = /^[A-Za-z0-9._:-]{1,253}$/;
const FINGERPRINT_RE = /^SHA256:[A-Za-z0-9+/]{43}$/;
/** An epoch file path: absolute, only characters that need no shell quoting, no `..` segment. */
const EPOCH_FILE_RE = /^(?!.*(^|\/)\.\.(\/|$))\/[A-Za-z0-9._+/-]{1,1023}$/;
/** Longest command line accepted for fence and power-status commands. */
export const MAX_COMMAND_LENGTH = 4096;
/** Longest free-text description (groups, owners). */
export const MAX_DESCRIPTION_LENGTH = 500;
/** Longest mail address (RFC 5321 path limit). */
export const MAX_EMAIL_LENGTH = 254;
/** Most entries of a list field (tags, host groups, explicit hosts or systems of a group). */
export const MAX_LIST_LENGTH = 1000;

/** Checks a name field. */
export function checkName(field: string, value: string | undefined, out: Problem[]): void {
  if (!value) out.push({ field, message: 'is required' });
  else if (!NAME_RE.test(value))
    out.push({
      field,
      message: `"${value.slice(0, 80)}" is not a valid name (letters, digits, . _ -; at most 63; starting with a letter or digit)`,
    });
}

/** Checks a virtualization type field. */
export function checkType(field: string, value: string | undefined, out: Problem[]): void {
  if (!value) out.push({ field, message: `is required (one of ${VIRT_TYPES.join(', ')})` });
  else if (!(VIRT_TYPES as readonly string[]).includes(value))
    out.push({ field, message: `must be one of ${VIRT_TYPES.join(', ')} (got "${value.slice(0, 40)}")` });
}

function checkOneOf(field: string, value: string, allowed: readonly string[], out: Problem[]): void {
  if (!allowed.includes(value))
    out.push({ field, message: `must be one of ${allowed.join(', ')} (got "${value.slice(0, 40)}")` });
}

function checkCommand(field: string, value: string, out: Problem[]): void {
  if (value.length > MAX_COMMAND_LENGTH)
    out.push({ field, message: `is longer than ${MAX_COMMAND_LENGTH} characters` });
  if (/[\0\n\r]/.test(value)) out.push({ field, message: 'must be one line' });
}

/** Every problem of a host spec (normalized). */
export function hostSpecProblems(s: Required<HostSpec>): Problem[] {
  const out: Problem[] = [];
  checkName('name', s.name, out);
  if (!s.address) out.push({ field: 'address', message: 'is required' });
  else if (!ADDRESS_RE.test(s.address))
    out.push({ field: 'address', message: `"${s.address.slice(0, 80)}" is not a host name or IP address` });
  if (!Number.isInteger(s.port) || s.port < 1 || s.port > 65535)
    out.push({ field: 'port', message: `must be from 1 to 65535 (got ${s.port})` });
  if (!s.user) out.push({ field: 'user', message: 'is required' });
  else if (!/^[a-z_][a-z0-9_.-]{0,31}$/i.test(s.user))
    out.push({ field: 'user', message: `"${s.user.slice(0, 40)}" is not a valid user name` });
  checkType('type', s.type, out);
  s.tags.forEach((t, i) => {
    if (!NAME_RE.test(t)) out.push({ field: `tags[${i}]`, message: `"${t.slice(0, 40)}" is not a valid tag` });
  });
  s.hostGroups.forEach((t, i) => {
    if (!NAME_RE.test(t))
      out.push({ field: `host_groups[${i}]`, message: `"${t.slice(0, 40)}" is not a valid host group name` });
  });
  if (s.tags.length > 64) out.push({ field: 'tags', message: 'at most 64 tags' });
  if (s.hostGroups.length > 64) out.push({ field: 'host_groups', message: 'at most 64 host groups' });
  checkOneOf('fence_method', s.fenceMethod, FENCE_METHODS, out);
  checkCommand('fence_command', s.fenceCommand, out);
  checkCommand('power_status_command', s.powerStatusCommand, out);
  if (s.credentialsRef && !/^(file:\/.+|sealed:)$/.test(s.credentialsRef))
    out.push({ field: 'credentials_ref', message: 'must be file:/absolute/path or sealed:' });
  return out;
}

/** Every problem of a group spec (normalized) on its own; membership rules are checked against the state. */
export function groupSpecProblems(s: FullGroupSpec): Problem[] {
  const out: Problem[] = [];
  checkName('name', s.name, out);
  checkType('type', s.type, out);
  checkOneOf('mode', s.mode, GROUP_MODES, out);
  checkOneOf('placement', s.placement, PLACEMENTS, out);
  checkOneOf('fence', s.fence, FENCE_METHODS, out);
  checkDescription('description', s.description, out);
  if (s.hosts.length > MAX_LIST_LENGTH) out.push({ field: 'hosts', message: `at most ${MAX_LIST_LENGTH} hosts` });
  if (s.systems.length > MAX_LIST_LENGTH) out.push({ field: 'systems', message: `at most ${MAX_LIST_LENGTH} systems` });
  s.hosts.forEach((h, i) => {
    checkName(`hosts[${i}]`, h, out);
  });
  s.systems.forEach((h, i) => {
    checkName(`systems[${i}]`, h, out);
  });
  if (s.location) checkName('location', s.location, out);
  if (s.hostGroup) checkName('host_group', s.hostGroup, out);
  if (!Number.isInteger(s.timeoutSec) || s.timeoutSec < 0 || s.timeoutSec > 86_400)
    out.push({ field: 'timeout_sec', message: 'must be from 0 to 86400 seconds' });
  if (!Number.isInteger(s.parallelism) || s.parallelism < 1 || s.parallelism > 64)
    out.push({ field: 'parallelism', message: 'must be from 1 to 64' });
  if (!(Number(s.brakeMaxDownShare) > 0 && Number(s.brakeMaxDownShare) <= 1))
    out.push({ field: 'brake_max_down_share', message: 'must be above 0 and at most 1' });
  if (!Number.isInteger(s.brakeWindowSec) || s.brakeWindowSec < 1 || s.brakeWindowSec > 86_400)
    out.push({ field: 'brake_window_sec', message: 'must be from 1 to 86400 seconds' });
  if (!Number.isInteger(s.failbackAfterSec) || s.failbackAfterSec < 1 || s.failbackAfterSec > 86_400 * 30)
    out.push({ field: 'failback_after_sec', message: 'must be from 1 to 2592000 seconds' });
  if (s.epochFile && !EPOCH_FILE_RE.test(s.epochFile)) {
    out.push({
      field: 'epoch_file',
      message: 'must be an absolute path of at most 1024 characters from letters, digits and . _ - + / (no ..)',
    });
  }
  return out;
}

/** Checks an OpenSSH SHA-256 fingerprint. */
export function checkFingerprint(field: string, value: string, out: Problem[]): void {
  if (!FINGERPRINT_RE.test(value))
    out.push({ field, message: 'must be an OpenSSH fingerprint like SHA256:<43 base64 characters>' });
}

/** Checks a free-text description: at most MAX_DESCRIPTION_LENGTH characters, no control characters but tabs. */
export function checkDescription(field: string, value: string, out: Problem[]): void {
  if (value.length > MAX_DESCRIPTION_LENGTH)
    out.push({ field, message: `at most ${MAX_DESCRIPTION_LENGTH} characters` });
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this check refuses
  else if (/[\0-\x08\x0b-\x1f\x7f]/.test(value)) out.push({ field, message: 'must not contain control characters' });
}

/** Checks a mail address. */
export function checkEmail(field: string, value: string, out: Problem[]): void {
  if (value.length > MAX_EMAIL_LENGTH) out.push({ field, message: `at most ${MAX_EMAIL_LENGTH} characters` });
  else if (!/^[^\s@,]+@[^\s@,]+$/.test(value))
    out.push({ field, message: `"${value.slice(0, 80)}" is not a mail address` });
}
