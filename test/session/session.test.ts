import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { PortalClient } from '../../src/api/client.js';
import { getSession, resetSessions, type SessionChange } from '../../src/session/session.js';
import { createBrowserMock } from '../../mock-server/browser.js';
import type { SeedSummary, SentEmail } from '../../mock-server/index.js';

const mock = createBrowserMock({ rateLimit: 'off' });
let acme = '';
let teamly = '';

before(async () => {
  await mock.worker.start({ quiet: true, onUnhandledRequest: 'error' });
  const seed = (await (await fetch('/__dev/seed')).json()) as SeedSummary;
  acme = seed.organizations.find((o) => o.slug === 'acme')!.id;
  teamly = seed.organizations.find((o) => o.slug === 'teamly')!.id;
});
afterEach(() => {
  resetSessions();
  mock.state.reset();
  // The Chrome launcher shares storage between test files: leave none behind.
  sessionStorage.clear();
  localStorage.clear();
});
after(() => mock.worker.stop());

/** A token for `email`, through the real sign-in flow. */
async function tokenFor(email: string, organizationId: string): Promise<string> {
  const api = new PortalClient({ baseUrl: location.origin });
  await api.requestCode({ email, organization_id: organizationId });
  const [mail] = (await (
    await fetch(`/__dev/emails?to=${encodeURIComponent(email)}`)
  ).json()) as SentEmail[];
  return (await api.authenticate(mail!.code!)).token;
}

describe('the shared session', () => {
  it('is one per API base and organization', () => {
    const a = getSession({ apiBase: location.origin, organizationId: acme });
    expect(getSession({ apiBase: `${location.origin}/`, organizationId: acme })).to.equal(a);
    expect(getSession({ apiBase: location.origin, organizationId: teamly })).not.to.equal(a);
    expect(getSession({ organizationId: acme })).not.to.equal(a, 'the default base is Polar’s API');
  });

  it('introspects a token once and tells every listener who signed in, without the token', async () => {
    const session = getSession({ apiBase: location.origin, organizationId: teamly });
    const changes: SessionChange[] = [];
    session.addEventListener('change', (e) =>
      changes.push((e as CustomEvent<SessionChange>).detail),
    );
    const info = await session.signInWithToken(await tokenFor('ben@northwind.example', teamly));
    expect(info).to.include({
      kind: 'member',
      role: 'billing_manager',
      email: 'ben@northwind.example',
    });
    expect(changes.map((c) => c.status)).to.deep.equal(['loading', 'signed-in']);
    expect(JSON.stringify(changes)).not.to.contain('polar_mst_');
  });

  it('persists in sessionStorage by default and restores from it', async () => {
    const token = await tokenFor('alice@example.com', acme);
    const session = getSession({ apiBase: location.origin, organizationId: acme });
    session.setPersistence('session');
    await session.signInWithToken(token);
    expect(
      Object.keys(sessionStorage).some((k) => k.startsWith('portal-elements:session:')),
    ).to.equal(true);
    resetSessionsKeepingStorage();
    const restored = getSession({ apiBase: location.origin, organizationId: acme });
    restored.setPersistence('session');
    expect(restored.status).to.equal('signed-in');
    expect(restored.info!.email).to.equal('alice@example.com');
    expect((await restored.client.getCustomer()).email).to.equal('alice@example.com');
  });

  it('keeps nothing in storage with memory persistence, and uses localStorage with local', async () => {
    const memory = getSession({ apiBase: location.origin, organizationId: acme });
    memory.setPersistence('memory');
    await memory.signInWithToken(await tokenFor('alice@example.com', acme));
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    memory.setPersistence('local');
    expect(localStorage.length).to.equal(1, 'switching persistence moves the live session');
  });

  it('a 401 on any call ends the session for every element, with the reason', async () => {
    const session = getSession({ apiBase: location.origin, organizationId: acme });
    await session.signInWithToken(await tokenFor('alice@example.com', acme));
    await fetch('/__dev/reset', { method: 'POST' }); // the mock forgets every session
    const ended = oneEvent(session, 'change');
    await session.client.getCustomer().catch(() => undefined);
    const { detail } = (await ended) as CustomEvent<SessionChange>;
    expect(detail).to.deep.equal({ status: 'signed-out', info: null, reason: 'expired' });
    expect(sessionStorage.length).to.equal(0);
  });

  it('after a 401, asks getSessionToken for a new token and carries on', async () => {
    const session = getSession({ apiBase: location.origin, organizationId: acme });
    session.tokenProvider = () => tokenFor('bob@example.com', acme);
    await session.signInWithToken(await tokenFor('alice@example.com', acme));
    await fetch('/__dev/reset', { method: 'POST' });
    await session.client.getCustomer().catch(() => undefined);
    await waitUntil(() => session.status === 'signed-in', 'signed in again through the provider');
    expect(session.info!.email).to.equal('bob@example.com');
  });

  it('signs out once: signing out with nobody signed in changes nothing', async () => {
    const session = getSession({ apiBase: location.origin, organizationId: acme });
    const changes: SessionChange[] = [];
    session.addEventListener('change', (e) =>
      changes.push((e as CustomEvent<SessionChange>).detail),
    );
    session.signOut();
    expect(changes).to.deep.equal([]);
    await session.signInWithToken(await tokenFor('alice@example.com', acme));
    session.signOut();
    session.signOut();
    expect(changes.map((c) => c.status)).to.deep.equal(['loading', 'signed-in', 'signed-out']);
    expect(changes[2]!.reason).to.equal('sign-out');
  });

  it('a refused token ends in signed-out with the error', async () => {
    const session = getSession({ apiBase: location.origin, organizationId: acme });
    const error = await session.signInWithToken('polar_cst_notarealtoken').catch((e: unknown) => e);
    expect((error as { status: number }).status).to.equal(401);
    expect(session.status).to.equal('signed-out');
  });
});

/** Drops the in-page sessions as a reload would, but keeps what they stored. */
function resetSessionsKeepingStorage(): void {
  const saved = { ...sessionStorage };
  resetSessions();
  for (const [key, value] of Object.entries(saved)) sessionStorage.setItem(key, value);
}
