import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { createBrowserMock } from '../../../mock-server/browser.js';
import type { SeedSummary, SentEmail } from '../../../mock-server/index.js';
import { PortalClient } from '../../../src/api/client.js';
import '../../../src/elements/portal-subscriptions/define.js';
import type { PortalSubscriptions } from '../../../src/elements/portal-subscriptions/portal-subscriptions.js';
import type { PortalDialog } from '../../../src/internal/portal-dialog/portal-dialog.js';
import { getSession, resetSessions } from '../../../src/session/session.js';

const mock = createBrowserMock({ rateLimit: 'off' });
let seed: SeedSummary;
const org = (slug: string) => seed.organizations.find((o) => o.slug === slug)!.id;

/** What an organization's owner does in Polar's dashboard: turns plan changes off. */
function forbidPlanChanges(): void {
  const { organizations } = mock.state.db;
  for (const row of [...organizations.all()]) {
    const settings = row.customer_portal_settings;
    organizations.update(row, {
      customer_portal_settings: {
        ...settings,
        subscription: { ...settings.subscription, update_plan: false },
      },
    });
  }
}

before(async () => {
  await mock.worker.start({ quiet: true, onUnhandledRequest: 'error' });
  seed = (await (await fetch('/__dev/seed')).json()) as SeedSummary;
});
afterEach(() => {
  mock.worker.resetHandlers();
  mock.state.reset();
  resetSessions();
  sessionStorage.clear();
});
after(() => mock.worker.stop());

async function signIn(email: string, slug: string): Promise<void> {
  const api = new PortalClient({ baseUrl: location.origin });
  await api.requestCode({ email, organization_id: org(slug) });
  const [mail] = (await (await fetch(`/__dev/emails?to=${email}`)).json()) as SentEmail[];
  const { token } = await api.authenticate(mail!.code!);
  await getSession({ apiBase: location.origin, organizationId: org(slug) }).signInWithToken(token);
}

async function subscriptionsOf(email: string, slug = 'acme', attrs = '') {
  const el = await fixture<PortalSubscriptions>(
    `<portal-subscriptions api-base="${location.origin}" organization-id="${org(slug)}" persist="memory" ${attrs}></portal-subscriptions>`,
  );
  if (email) {
    await signIn(email, slug);
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part=list], [part=empty], [part=error]'),
      'a settled state',
    );
  }
  return el;
}

const rows = (el: PortalSubscriptions) =>
  [...el.shadowRoot!.querySelectorAll('[part=subscription]')].map((li) =>
    li.textContent!.replace(/\s+/g, ' ').trim(),
  );

describe('<portal-subscriptions>', () => {
  it('asks to sign in when there is no session', async () => {
    const el = await subscriptionsOf('');
    expect(el.shadowRoot!.textContent).to.contain('Sign in to see your subscriptions.');
    await expect(el).to.be.accessible();
  });

  it('lists product, price per interval, status and what happens next', async () => {
    for (const [email, expected] of [
      ['alice@example.com', ['Acme Pro', 'Active', '$12.00 / month', 'Renews on']],
      ['bob@example.com', ['Acme Pro (yearly)', '$120.00 / year', 'Cancels on']],
      ['carol@example.com', ['Past due']],
      ['dave@example.com', ['Trial ends on']],
    ] as const) {
      const el = await subscriptionsOf(email);
      const [row] = rows(el);
      for (const part of expected) expect(row, email).to.contain(part);
      resetSessions();
    }
  });

  it('shows a team’s seats, also to a plain member', async () => {
    const el = await subscriptionsOf('mia@northwind.example', 'teamly');
    expect(rows(el)[0])
      .to.contain('Teamly Team')
      .and.contain('5 seats')
      .and.contain('$40.00 / month');
    await expect(el).to.be.accessible();
  });

  it('has an empty state', async () => {
    const el = await subscriptionsOf('ivy@example.com', 'teamly');
    expect(el.shadowRoot!.querySelector('[part=empty]')!.textContent).to.equal(
      'You have no subscriptions yet.',
    );
  });

  it('shows a readable error with a retry that works', async () => {
    mock.worker.use(
      http.get('*/v1/customer-portal/subscriptions/', () =>
        HttpResponse.json({ error: 'ResourceNotFound', detail: 'Not found' }, { status: 404 }),
      ),
    );
    const el = await subscriptionsOf('alice@example.com');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain(
      'We could not load this: Not found',
    );
    await expect(el).to.be.accessible();
    mock.worker.resetHandlers();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=error] button')!.click();
    await waitUntil(() => rows(el).length === 1, 'loaded after retry');
  });

  it('renders what the API returns as text, never as HTML', async () => {
    mock.state.db.products.update(
      mock.state.db.products.find((p) => p.name === 'Acme Pro')!,
      {
        name: '<img src=x onerror="window.__pwned=1">Pro',
      },
    );
    const el = await subscriptionsOf('alice@example.com');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(rows(el)[0]).to.contain('<img src=x onerror="window.__pwned=1">Pro');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('speaks German with German money and dates', async () => {
    const container = await fixture<HTMLDivElement>(
      `<div lang="de"><portal-subscriptions api-base="${location.origin}" organization-id="${org('acme')}" persist="memory"></portal-subscriptions></div>`,
    );
    const el = container.querySelector('portal-subscriptions')!;
    await signIn('alice@example.com', 'acme');
    await waitUntil(() => rows(el).length === 1);
    expect(rows(el)[0]).to.contain('Aktiv').and.contain('Monat').and.contain('Verlängert sich am');
    expect(rows(el)[0]!.replace(/\s/g, ' ')).to.contain('$');
  });
});

describe('<portal-subscriptions> cancel and resume', () => {
  const $ = <T extends HTMLElement>(el: PortalSubscriptions, selector: string) =>
    el.shadowRoot!.querySelector<T>(selector);

  it('cancels with a reason and comment after a confirmation, announces it, and fires the event', async () => {
    const el = await subscriptionsOf('alice@example.com');
    const opener = $(el, '[part=cancel-button]')!;
    opener.focus();
    opener.click();
    await waitUntil(() => $<PortalDialog>(el, 'portal-dialog.cancel')?.open, 'the dialog opens');
    const dialog = $<PortalDialog>(el, 'portal-dialog.cancel')!;
    expect(dialog.textContent).to.contain('Cancel Acme Pro?').and.contain('You keep access until');
    expect(dialog.contains(el.shadowRoot!.activeElement), 'focus is inside the dialog').to.equal(
      true,
    );
    await expect(el).to.be.accessible();
    dialog.querySelector<HTMLInputElement>('input[value=missing_features]')!.click();
    dialog.querySelector('textarea')!.value = 'Need SSO';
    const canceled = oneEvent(el, 'portal-subscription-canceled');
    $<HTMLButtonElement>(el, 'portal-dialog.cancel [part=confirm-button]')!.click();
    const { detail } = await canceled;
    expect(detail.cancel_at_period_end).to.equal(true);
    expect(detail.customer_cancellation_reason).to.equal('missing_features');
    expect(detail.customer_cancellation_comment).to.equal('Need SSO');
    await waitUntil(() => !dialog.open, 'the dialog closes');
    expect(rows(el)[0]).to.contain('Cancels on');
    expect(el.shadowRoot!.querySelector('[aria-live=polite]')!.textContent).to.match(
      /Acme Pro will end on/,
    );
    await waitUntil(
      () => el.shadowRoot!.activeElement === $(el, '[part=resume-button]'),
      'focus on the resume button',
    );
  });

  it('Escape or “Keep subscription” closes without changing anything', async () => {
    const el = await subscriptionsOf('alice@example.com');
    $(el, '[part=cancel-button]')!.click();
    await waitUntil(() => $<PortalDialog>(el, 'portal-dialog.cancel')?.open);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$<PortalDialog>(el, 'portal-dialog.cancel')?.open, 'closed by Escape');
    expect(rows(el)[0]).to.contain('Renews on');
    expect(
      mock.state.db.subscriptions.find(
        (s) => s.customer_id === seed.customers.find((c) => c.email === 'alice@example.com')!.id,
      )!.cancel_at_period_end,
    ).to.equal(false);
  });

  it('shows the API’s refusal inside the dialog and keeps it open', async () => {
    const el = await subscriptionsOf('alice@example.com');
    $(el, '[part=cancel-button]')!.click();
    await waitUntil(() => $<PortalDialog>(el, 'portal-dialog.cancel')?.open);
    const alice = seed.customers.find((c) => c.email === 'alice@example.com')!.id;
    const row = mock.state.db.subscriptions.find((s) => s.customer_id === alice)!;
    mock.state.db.subscriptions.update(row, { cancel_at_period_end: true }); // canceled elsewhere
    $<HTMLButtonElement>(el, 'portal-dialog.cancel [part=confirm-button]')!.click();
    await waitUntil(() => $(el, 'portal-dialog.cancel [role=alert]'), 'an error in the dialog');
    expect($(el, 'portal-dialog.cancel [role=alert]')!.textContent).to.contain('already canceled');
    expect($<PortalDialog>(el, 'portal-dialog.cancel')!.open).to.equal(true);
  });

  it('stays open while the cancellation is on its way, even on Escape', async () => {
    const el = await subscriptionsOf('alice@example.com');
    $(el, '[part=cancel-button]')!.click();
    await waitUntil(() => $<PortalDialog>(el, 'portal-dialog.cancel')?.open);
    let answer = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    // Holds the request, then lets it through to the mock's own handler.
    mock.worker.use(http.patch('*/v1/customer-portal/subscriptions/:id', () => held));
    $<HTMLButtonElement>(el, 'portal-dialog.cancel [part=confirm-button]')!.click();
    await waitUntil(
      () => $<HTMLButtonElement>(el, 'portal-dialog.cancel [part=confirm-button]')!.disabled,
    );
    await sendKeys({ press: 'Escape' });
    $<HTMLButtonElement>(el, 'portal-dialog.cancel [data-dialog=close]')!.click();
    expect($<PortalDialog>(el, 'portal-dialog.cancel')!.open, 'busy keeps it open').to.equal(true);
    const canceled = oneEvent(el, 'portal-subscription-canceled');
    answer();
    await canceled;
    await waitUntil(() => !$<PortalDialog>(el, 'portal-dialog.cancel')!.open, 'closed when done');
    expect(rows(el)[0]).to.contain('Cancels on');
  });

  it('resumes a subscription set to cancel', async () => {
    const el = await subscriptionsOf('bob@example.com');
    const resumed = oneEvent(el, 'portal-subscription-uncanceled');
    $(el, '[part=resume-button]')!.click();
    expect((await resumed).detail.cancel_at_period_end).to.equal(false);
    await waitUntil(() => rows(el)[0]!.includes('Renews on'));
  });

  it('offers no cancel or resume to a plain member of a team, but does to its billing manager', async () => {
    const member = await subscriptionsOf('mia@northwind.example', 'teamly');
    expect($(member, '[part=cancel-button]')).to.equal(null);
    resetSessions();
    const manager = await subscriptionsOf('ben@northwind.example', 'teamly');
    expect($(manager, '[part=cancel-button]')).not.to.equal(null);
  });
});

describe('<portal-subscriptions> plan change', () => {
  const $ = <T extends HTMLElement>(el: PortalSubscriptions, selector: string) =>
    el.shadowRoot!.querySelector<T>(selector);

  async function openChange(el: PortalSubscriptions) {
    $(el, '[part=change-button]')!.click();
    await waitUntil(
      () =>
        el.shadowRoot!.querySelectorAll('portal-dialog.change-plan input[type=radio]').length > 0,
      'plans listed',
    );
    return $<PortalDialog>(el, 'portal-dialog.change-plan')!;
  }

  it('previews the charge, needs explicit consent, then changes the plan', async () => {
    const el = await subscriptionsOf('alice@example.com');
    const dialog = await openChange(el);
    const labels = [...dialog.querySelectorAll('fieldset label')].map((l) =>
      l.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(labels.some((l) => l.startsWith('Acme Pro (yearly)'))).to.equal(true);
    expect(labels.find((l) => l.startsWith('Acme Pro ·'))).to.contain('(current plan)');
    expect(
      labels.some((l) => l.includes('Icon Pack')),
      'one-time products are not plans',
    ).to.equal(false);
    const yearly = [...dialog.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) =>
      r.parentElement!.textContent!.includes('(yearly)'),
    )!;
    yearly.click();
    await waitUntil(() => dialog.querySelector('dl'), 'the preview arrives');
    expect(dialog.querySelector('dl')!.textContent).to.contain('$120.00');
    const confirm = $<HTMLButtonElement>(el, 'portal-dialog.change-plan [part=confirm-button]')!;
    expect(confirm.disabled, 'no change without consent').to.equal(true);
    await expect(el).to.be.accessible();
    dialog.querySelector<HTMLInputElement>('input[name=consent]')!.click();
    await el.updateComplete;
    expect(confirm.disabled).to.equal(false);
    const updated = oneEvent(el, 'portal-subscription-updated');
    confirm.click();
    expect((await updated).detail.product.name).to.equal('Acme Pro (yearly)');
    await waitUntil(() => rows(el)[0]!.includes('$120.00 / year'), 'the row shows the new plan');
    expect(dialog.open).to.equal(false);
  });

  it('shows the API’s refusal in the dialog', async () => {
    const el = await subscriptionsOf('alice@example.com');
    const dialog = await openChange(el);
    forbidPlanChanges();
    [...dialog.querySelectorAll<HTMLInputElement>('input[type=radio]')]
      .find((r) => !r.disabled)!
      .click();
    await waitUntil(() => dialog.querySelector('[role=alert]'), 'the refusal');
    expect(dialog.querySelector('[role=alert]')!.textContent).to.contain(
      'Updating subscription plan is not allowed.',
    );
  });

  it('is not offered when the organization does not allow plan changes, nor to team members', async () => {
    forbidPlanChanges();
    const el = await subscriptionsOf('alice@example.com');
    expect($(el, '[part=change-button]')).to.equal(null);
    expect($(el, '[part=cancel-button]'), 'cancelling is always offered').not.to.equal(null);
  });
});
