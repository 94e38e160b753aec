import type { MockServer } from '../mock-server/node.js';

/** Signs a person in over HTTP as a customer's browser would, and returns the session token. */
export async function signIn(
  origin: string,
  mock: MockServer,
  email: string,
  organizationId: string,
): Promise<string> {
  const post = (path: string, body: unknown) =>
    fetch(`${origin}/v1/customer-portal/customer-session/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const requested = await post('request', { email, organization_id: organizationId });
  if (requested.status !== 202) throw new Error(`code request answered ${requested.status}`);
  const code = mock.state.mailbox.list(email)[0]?.code;
  if (!code) throw new Error(`no code was mailed to ${email}`);
  const authenticated = await post('authenticate', { code });
  const { token } = (await authenticated.json()) as { token: string };
  return token;
}
