// Bearer-token authorization: tokens are stored hashed (as events, so replicas and promoted masters enforce the
// same), each with a role; owner-scoped tokens see only their owner's systems. Off when the node runs without TLS.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type * as grpc from '@grpc/grpc-js';
import { ApiError } from '@ferry/api';
import type { ClusterState } from '@ferry/model';

/** What an RPC needs: read anything; operate (failover, promote); manage (hosts, groups, systems); admin (all). */
export type Permission = 'read' | 'operate' | 'manage' | 'admin';

const GRANTS: Record<string, Permission[]> = {
  admin: ['read', 'operate', 'manage', 'admin'],
  operator: ['read', 'operate', 'manage'],
  viewer: ['read'],
};

/** Who is calling. */
export interface Caller {
  /** Token name (actor of the events it causes). */
  name: string;
  /** Owner scope; empty for none. */
  owner: string;
}

/** Checks a call's credentials. */
export interface Authorizer {
  check(metadata: grpc.Metadata, permission: Permission): Caller;
}

/** SHA-256 of a token, hex: what is stored. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A new random token. */
export const newToken = (): string => `fy_${randomBytes(24).toString('base64url')}`;

/** Everyone is admin: for nodes serving plaintext on loopback without tokens. */
export const openAuthorizer: Authorizer = { check: () => ({ name: 'local', owner: '' }) };

/** Enforces tokens from the cluster state. */
export function tokenAuthorizer(state: ClusterState): Authorizer {
  return {
    check(metadata, permission) {
      const header = String(metadata.get('authorization')[0] ?? '');
      const token = header.startsWith('Bearer ') ? header.slice(7) : '';
      if (!token) throw new ApiError('UNAUTHENTICATED', 'UNAUTHENTICATED: a bearer token is required');
      const hash = Buffer.from(hashToken(token), 'hex');
      const found = [...state.tokens.values()].find((t) => timingSafeEqual(Buffer.from(t.tokenHash, 'hex'), hash));
      if (!found) throw new ApiError('UNAUTHENTICATED', 'UNAUTHENTICATED: unknown or revoked token');
      if (!(GRANTS[found.role] ?? []).includes(permission)) throw new ApiError('PERMISSION_DENIED', 'PERMISSION_DENIED: this token may not do that');
      return { name: found.name, owner: found.owner };
    },
  };
}
