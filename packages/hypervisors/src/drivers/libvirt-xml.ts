// libvirt domain XML read with a real XML parser (fast-xml-parser): name, UUID and memory of a definition, in any
// attribute order and quoting libvirt writes (`<memory dumpCore='on' unit='KiB'>`), entities decoded.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UnexpectedOutputError } from '../errors.js';

/** What Ferry reads from a domain definition. */
export interface LibvirtDomainFacts {
  /** `<name>`, entities decoded, exactly as libvirt stores it. */
  name: string;
  /** `<uuid>`, lower case, when present. */
  uuid?: string;
  /** `<memory>` (the maximum the domain may hold) in MiB. */
  memoryMiB: number;
}

/** Bytes per unit of libvirt's scaled integers (docs: formatdomain "Memory Allocation"); units are case-insensitive. */
const UNIT_BYTES: Record<string, number> = {
  b: 1,
  bytes: 1,
  k: 1024,
  kib: 1024,
  kb: 1e3,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  mb: 1e6,
  g: 1024 ** 3,
  gib: 1024 ** 3,
  gb: 1e9,
  t: 1024 ** 4,
  tib: 1024 ** 4,
  tb: 1e12,
  p: 1024 ** 5,
  pib: 1024 ** 5,
  pb: 1e15,
  e: 1024 ** 6,
  eib: 1024 ** 6,
  eb: 1e18,
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (_name, path) => path === 'domain.name' || path === 'domain.memory' || path === 'domain.uuid',
});

/** The first line of `xml` that a reader should look at for `reason` (1-based `line`, or the first line). */
function lineOf(xml: string, line?: number): string {
  const lines = xml.split('\n');
  return `line ${line ?? 1}: ${JSON.stringify((lines[(line ?? 1) - 1] ?? '').trim().slice(0, 160))}`;
}

/** Text of a parsed element that may carry attributes. */
function textOf(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object' && '#text' in node) return String((node as Record<string, unknown>)['#text']);
  if (node && typeof node === 'object') return '';
  return undefined;
}

/**
 * Reads a libvirt domain XML (`virsh dumpxml` output). Throws UnexpectedOutputError naming `command` and the line
 * when it is not well-formed XML, not a `<domain>`, or lacks a single `<name>` or a numeric `<memory>`.
 */
export function parseLibvirtDomain(xml: string, command = 'virsh dumpxml'): LibvirtDomainFacts {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new UnexpectedOutputError(
      command,
      `not well-formed XML (${valid.err.msg}) at ${lineOf(xml, valid.err.line)}`,
      xml,
    );
  const doc = parser.parse(xml) as Record<string, unknown>;
  const dom = doc['domain'] as Record<string, unknown> | undefined;
  if (!dom || typeof dom !== 'object')
    throw new UnexpectedOutputError(command, `no <domain> root element at ${lineOf(xml)}`, xml);
  const names = (dom['name'] as unknown[] | undefined) ?? [];
  const name = names.length === 1 ? textOf(names[0]) : undefined;
  if (name === undefined || name === '')
    throw new UnexpectedOutputError(command, 'the domain has no single non-empty <name>', xml);
  const mems = (dom['memory'] as unknown[] | undefined) ?? [];
  if (mems.length !== 1)
    throw new UnexpectedOutputError(command, `domain ${JSON.stringify(name)} has no single <memory> element`, xml);
  const mem = mems[0];
  const value = textOf(mem) ?? '';
  const unitAttr = mem && typeof mem === 'object' ? (mem as Record<string, unknown>)['@unit'] : undefined;
  const unit = typeof unitAttr === 'string' ? unitAttr : 'KiB';
  const factor = UNIT_BYTES[unit.toLowerCase()];
  if (!/^\d+$/.test(value))
    throw new UnexpectedOutputError(
      command,
      `domain ${JSON.stringify(name)}: <memory> is not a whole number: ${JSON.stringify(value)}`,
      xml,
    );
  if (factor === undefined)
    throw new UnexpectedOutputError(
      command,
      `domain ${JSON.stringify(name)}: unknown <memory> unit ${JSON.stringify(unit)}`,
      xml,
    );
  const uuids = (dom['uuid'] as unknown[] | undefined) ?? [];
  const uuid = uuids.length === 1 ? textOf(uuids[0])?.toLowerCase() : undefined;
  return { name, ...(uuid ? { uuid } : {}), memoryMiB: Math.round((Number(value) * factor) / 1024 ** 2) };
}
