import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PortalLogin, PortalSeats, PortalSubscriptions } from '../../src/react/index.js';
import { watchDevLogs } from '../dev-logs.js';
import { startMock } from '../mock.js';

/**
 * A React app using `portal-elements/react`: typed props, events as callbacks. It shows the
 * login, the subscriptions and the seats of the seeded organization picked in the URL
 * (`?org=teamly`), against the mock.
 */
// No top-level await: see demo/main.ts.
void startMock().then(({ seed }) => {
  watchDevLogs({ mailbox: document.getElementById('mailbox')! });
  const slug = new URLSearchParams(location.search).get('org') ?? 'teamly';
  // The slug is checked against the seed so a typo in the URL fails here, loudly.
  const organization = seed.organizations.find((o) => o.slug === slug)!.slug;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App organization={organization} />
    </StrictMode>,
  );
});

/** `organization` is the slug (as in polar.sh/teamly/portal); `organizationId` works too. */
function App({ organization }: { organization: string }) {
  const [log, setLog] = useState<string[]>([]);
  const note = (line: string) => setLog((lines) => [line, ...lines]);
  const shared = { apiBase: location.origin, organization };
  return (
    <main className="app">
      <h1>portal-elements in React</h1>
      <section>
        <PortalLogin
          {...shared}
          onSignedIn={(event) => note(`signed in: ${event.detail.email}`)}
          onSignedOut={() => note('signed out')}
        />
      </section>
      <section>
        <PortalSubscriptions
          {...shared}
          onSubscriptionCanceled={(event) => note(`canceled: ${event.detail.product.name}`)}
          onSubscriptionUncanceled={(event) => note(`resumed: ${event.detail.product.name}`)}
        />
      </section>
      <section>
        <PortalSeats
          {...shared}
          onSeatAssigned={(event) => note(`seat assigned: ${event.detail.email ?? ''}`)}
          onSeatRevoked={() => note('seat revoked')}
        />
      </section>
      <section>
        <h2>Events</h2>
        <ol id="events">
          {log.map((line, i) => (
            <li key={log.length - i}>{line}</li>
          ))}
        </ol>
      </section>
    </main>
  );
}
