import type { IncomingMessage } from 'node:http';
import type { SignedInUser } from './portal-session.js';

/**
 * Stands in for your own session cookie in the demo: the signed-in user is the one the
 * `x-demo-user` header names, `<external customer id>[/<external member id>]`, else `fallback`.
 * Your backend reads its own session instead, never an id the browser chose.
 */
export function demoUser(request: IncomingMessage, fallback?: string): SignedInUser | null {
  const named = request.headers['x-demo-user'] ?? fallback;
  const [externalCustomerId, externalMemberId] = String(named ?? '').split('/');
  if (!externalCustomerId) return null;
  return externalMemberId ? { externalCustomerId, externalMemberId } : { externalCustomerId };
}
