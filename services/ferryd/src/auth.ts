// Authorization of every call. ControlPlane: bearer tokens, stored hashed (as events, so replicas and promoted
// masters enforce the same), each with a role; owner-scoped tokens may only read their owner's systems and
// failovers. Replication: peers authenticate by their CA-signed node certificate (mutual TLS; server and client
// use, CN = node id, OU = this cluster when it names one; an operator's client-only certificate is refused). Refusals are
// UNAUTHENTICATED / PERMISSION_DENIED with a fixed message that reveals nothing about tokens, roles or owners.
// Everything is open only when the node serves plaintext on loopback (no TLS configured).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { PeerCertificate } from 'node:tls';
import type * as grpc from '@grpc/grpc-js';
import { ApiError } from '@ferry/api';
import type { TokenRoleText } from '@ferry/contract';
import type { ClusterState } from '@ferry/model';

/** What an RPC needs: read anything; operate (failover, promote); manage (hosts, groups, systems); admin (all). */
export type Permission = 'read' | 'operate' | 'manage' | 'admin';

/** What each token role (the contract's TOKEN_ROLES) may do. */
const GRANTS: Readonly<Record<string, readonly Permission[]>> & Record<TokenRoleText, readonly Permission[]> = {
  admin: ['read', 'operate', 'manage', 'admin'],
  operator: ['read', 'operate', 'manage'],
  viewer: ['read'],
};

/**
 * The only RPCs an owner-scoped token may call, whatever its role: reads whose answers the ControlPlane filters
 * down to the owner's systems. Everything else (hosts, groups, settings, the event log, writes) is refused.
 */
export const OWNER_SCOPED_RPCS: ReadonlySet<string> = new Set([
  'GetSystem',
  'ListSystems',
  'ListFailovers',
  'GetClusterStatus',
]);

/** Longest `authorization` header looked at (a Ferry token is 36 characters). */
const MAX_AUTH_HEADER = 512;

/** The one message of every authentication failure (missing, malformed, unknown or revoked token). */
export const UNAUTHENTICATED_MESSAGE = 'a valid bearer token is required';
/** The one message of every authorization failure. */
export const PERMISSION_DENIED_MESSAGE = 'this token is not allowed to do that';

/** Who is calling. */
export interface Caller {
  /** Token name (actor of the events it causes). */
  name: string;
  /** Owner scope; empty for none. */
  owner: string;
  /** Role of the token. */
  role: string;
}

/** Checks a call's credentials. */
export interface Authorizer {
  /** Returns the caller, or throws UNAUTHENTICATED / PERMISSION_DENIED. `rpc` is the method name (owner scope). */
  check(metadata: grpc.Metadata, permission: Permission, rpc?: string): Caller;
}

/** SHA-256 of a token, hex: what is stored. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A new random token (192 bits). */
export const newToken = (): string => `fy_${randomBytes(24).toString('base64url')}`;

const unauthenticated = () => new ApiError('UNAUTHENTICATED', UNAUTHENTICATED_MESSAGE);
const denied = () => new ApiError('PERMISSION_DENIED', PERMISSION_DENIED_MESSAGE);

/** Everyone is admin: for nodes serving plaintext on loopback without tokens. */
export const openAuthorizer: Authorizer = { check: () => ({ name: 'local', owner: '', role: 'admin' }) };

/** The bearer token of a call's metadata, or '' when there is none (or it is not shaped like one). */
export function bearerToken(metadata: grpc.Metadata): string {
  const values = metadata.get('authorization');
  if (values.length !== 1) return '';
  const header = String(values[0]);
  if (header.length > MAX_AUTH_HEADER) return '';
  const m = /^bearer +(\S+)$/i.exec(header.trim());
  return m ? m[1]! : '';
}

/** Enforces tokens from the cluster state (which replication keeps equal on every node). */
export function tokenAuthorizer(state: ClusterState): Authorizer {
  return {
    check(metadata, permission, rpc) {
      const token = bearerToken(metadata);
      if (!token) throw unauthenticated();
      const hash = Buffer.from(hashToken(token), 'hex');
      let found: { name: string; role: string; owner: string } | undefined;
      // Compare against every stored hash in constant time per entry; no early exit on a match.
      for (const t of state.tokens.values()) {
        const stored = Buffer.from(t.tokenHash, 'hex');
        if (stored.length === hash.length && timingSafeEqual(stored, hash)) found = t;
      }
      if (!found) throw unauthenticated();
      if (!(GRANTS[found.role] ?? []).includes(permission)) throw denied();
      if (found.owner && (!rpc || !OWNER_SCOPED_RPCS.has(rpc))) throw denied();
      return { name: found.name, owner: found.owner, role: found.role };
    },
  };
}

/** Authorizes calls to the Replication service (node to node). */
export interface PeerAuthorizer {
  /**
   * Returns the peer's node id ('' when any peer is accepted), or throws UNAUTHENTICATED / PERMISSION_DENIED
   * unless the caller may act as a cluster peer.
   */
  check(call: {
    getAuthContext(): { transportSecurityType?: string; sslPeerCertificate?: PeerCertificate } | null;
  }): string;
}

/** Plaintext on loopback: any local process is a peer, under any node id. */
export const openPeerAuthorizer: PeerAuthorizer = { check: () => '' };

/** extendedKeyUsage serverAuth: what tells a node certificate from an operator's client-only one. */
const SERVER_AUTH_OID = '1.3.6.1.5.5.7.3.1';

/** The organizational units a certificate subject names (node certificates name their cluster there). */
function subjectUnits(cert: PeerCertificate): string[] {
  const ou = (cert.subject as unknown as Record<string, string | string[] | undefined> | undefined)?.OU;
  return ou === undefined ? [] : Array.isArray(ou) ? ou : [ou];
}

/**
 * Mutual TLS: the caller must have presented a client certificate that the cluster CA signed (the TLS handshake
 * verifies the signature; this checks that a verified certificate is really there, so a change of server
 * credentials can never silently open the service), and it must be a node certificate (server use too) with a
 * CN, which is the peer's node id. An operator's client-only certificate cannot replicate or fetch the cluster key.
 * A certificate that names a cluster (subject OU, `make-certs.sh --cluster`) must name `cluster`, so a CA shared by
 * several clusters does not let one cluster's nodes into another.
 */
export function certificatePeerAuthorizer(cluster: string): PeerAuthorizer {
  return {
    check(call) {
      const ctx = call.getAuthContext?.();
      const cert = ctx?.sslPeerCertificate;
      if (ctx?.transportSecurityType !== 'ssl' || !cert || !cert.raw || cert.raw.length === 0) {
        throw new ApiError('UNAUTHENTICATED', 'a client certificate signed by the cluster CA is required');
      }
      const cn = typeof cert.subject?.CN === 'string' ? cert.subject.CN : '';
      if (!cert.ext_key_usage?.includes(SERVER_AUTH_OID) || !cn) {
        throw new ApiError(
          'PERMISSION_DENIED',
          'only a node certificate (server and client use, CN = node id) may call the Replication service',
        );
      }
      const units = subjectUnits(cert);
      if (units.length > 0 && !units.includes(cluster)) {
        throw new ApiError('PERMISSION_DENIED', `the peer's certificate names another cluster than "${cluster}"`);
      }
      return cn;
    },
  };
}
