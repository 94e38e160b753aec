import type { IncomingMessage, ServerResponse } from 'node:http';
import { Polar } from '@polar-sh/sdk';

/** Who is signed in on your site, by your own ids (Polar's `external_id`s). */
export interface SignedInUser {
  externalCustomerId: string;
  /** For a member of a team customer (organizations with the member model): your id for them. */
  externalMemberId?: string;
}

/**
 * `POST /portal-session`: a portal session for whoever is signed in on your site, made with
 * your organization access token (scope `customer_sessions:write`), which never leaves your
 * backend. The answer is the session's token and expiry, for the elements' `getSessionToken`;
 * it is not cached, and neither is logged. Serve it behind your own sign-in, same-origin.
 */
export function portalSessionHandler(
  polar: Polar,
  signedInUser: (request: IncomingMessage) => SignedInUser | null,
) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const send = (status: number, body: object) => {
      response.writeHead(status, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
      });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST') return send(405, { error: 'Use POST.' });
    const user = signedInUser(request);
    if (!user) return send(401, { error: 'Nobody is signed in.' });
    try {
      const session = await polar.customerSessions.create(user);
      send(200, { token: session.token, expires_at: session.expiresAt.toISOString() });
    } catch (error) {
      // An unknown customer (422), a wrong token (401) or scope (403): the status, no details.
      const status = (error as { statusCode?: number }).statusCode ?? 'no answer';
      console.error(`portal-session: Polar refused the session (${status})`);
      send(502, { error: 'Could not start a portal session.' });
    }
  };
}

/** Polar's SDK for your organization: `POLAR_SERVER_URL` picks the API (Polar's by default). */
export const polarClient = (accessToken: string, serverURL?: string) =>
  new Polar({ accessToken, ...(serverURL ? { serverURL } : {}) });
