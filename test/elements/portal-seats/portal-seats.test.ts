import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../../src/elements/portal-seats/define.js';
import type { PortalDialog } from '../../../src/internal/portal-dialog/portal-dialog.js';
import type { PortalSeats } from '../../../src/elements/portal-seats/portal-seats.js';
import { getSession, resetSessions } from '../../../src/session/session.js';
import { mock, mockAttrs, org, partTexts, settled, signIn, useMockWorker } from '../support.js';

useMockWorker();

async function seatsOf(email: string, attrs = '', slug = 'teamly') {
  const el = await fixture<PortalSeats>(
    `<portal-seats ${mockAttrs(slug)} ${attrs}></portal-seats>`,
  );
  if (email) {
    await signIn(email, slug);
    await settled(el);
  }
  return el;
}

const $ = <T extends Element = HTMLElement>(el: PortalSeats, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const seatRow = (el: PortalSeats, email: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=seat]')].find((li) =>
    li.textContent!.includes(email),
  )!;

async function typeEmails(el: PortalSeats, text: string) {
  const field = $<HTMLTextAreaElement>(el, 'textarea')!;
  field.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'Enter' }); // the submit button follows the hint
}

describe('<portal-seats> states', () => {
  it('asks to sign in when there is no session', async () => {
    const el = await seatsOf('');
    expect(partTexts(el, 'signed-out')[0]).to.equal('Sign in to manage your team’s seats.');
    await expect(el).to.be.accessible();
  });

  it('announces a skeleton while loading', async () => {
    mock.state.latency = { min_ms: 400, max_ms: 400 };
    const el = await seatsOf('');
    await signIn('olivia@northwind.example', 'teamly');
    await waitUntil(() => $(el, '[part=loading]'), 'the skeleton');
    expect($(el, '[part=loading] [role=status]')!.textContent).to.contain('Loading seats');
    await expect(el).to.be.accessible();
    await settled(el);
  });

  it('says so when the customer has no subscription billed per seat', async () => {
    const el = await seatsOf('alice@example.com', '', 'acme');
    expect(partTexts(el, 'empty')[0]).to.equal('You have no subscription billed per seat.');
    await expect(el).to.be.accessible();
  });

  it('shows a load error with a retry that recovers', async () => {
    let fail = true;
    mock.worker.use(
      http.get('*/v1/customer-portal/seats', () =>
        fail
          ? HttpResponse.json({ error: 'Boom', detail: 'Seats are down' }, { status: 500 })
          : undefined,
      ),
    );
    const el = await seatsOf('olivia@northwind.example');
    expect(partTexts(el, 'error')[0]).to.contain('Seats are down');
    await expect(el).to.be.accessible();
    fail = false;
    $<HTMLButtonElement>(el, '[part=error] button')!.click();
    await waitUntil(() => $(el, '[part=list]'), 'the list after retry');
  });

  it('shows seats used of total and each seat’s status', async () => {
    const el = await seatsOf('olivia@northwind.example');
    expect(partTexts(el, 'usage')[0]).to.equal('4 of 5 seats used');
    expect($<HTMLMeterElement>(el, 'meter')!.value).to.equal(4);
    expect(seatRow(el, 'noah@northwind.example').textContent).to.contain('Invitation pending');
    expect(seatRow(el, 'mia@northwind.example').textContent).to.contain('Active');
    await expect(el).to.be.accessible();
  });

  it('renders names from the API as text', async () => {
    const mia = mock.state.db.members.find((m) => m.email === 'mia@northwind.example')!;
    mock.state.db.members.update(mia, { name: '<img src=x onerror="window.pwned=1">' });
    const el = await seatsOf('olivia@northwind.example');
    expect(seatRow(el, 'mia@northwind.example').textContent).to.contain('<img src=x');
    expect($(el, '[part=list] img')).to.equal(null);
  });
});

describe('<portal-seats> paging', () => {
  const shown = (el: PortalSeats) => el.shadowRoot!.querySelectorAll('[part=seat]').length;
  const pagination = (el: PortalSeats) => partTexts(el, 'pagination')[0] ?? '';
  const next = (el: PortalSeats) =>
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=pagination] button')].at(-1)!;

  it('shows a page of seats at a time, with the count of every seat', async () => {
    const el = await seatsOf('olivia@northwind.example', 'page-size="3"');
    expect(shown(el)).to.equal(3);
    expect(pagination(el)).to.contain('Page 1 of 2');
    expect(partTexts(el, 'usage')[0]).to.equal('4 of 5 seats used');
    next(el).click();
    await waitUntil(() => pagination(el).includes('Page 2 of 2'), 'page 2');
    expect(shown(el)).to.equal(1);
    expect(next(el).disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('turns to the page of a newly assigned person', async () => {
    const el = await seatsOf('olivia@northwind.example', 'page-size="2"');
    expect(pagination(el)).to.contain('Page 1 of 2');
    await typeEmails(el, 'zoe@northwind.example');
    await waitUntil(() => pagination(el).includes('Page 3 of 3'), 'the last page');
    expect(seatRow(el, 'zoe@northwind.example').textContent).to.contain('Invitation pending');
  });
});

describe('<portal-seats> assigning', () => {
  it('invites by email, announces it, counts the seat and fires portal-seat-assigned', async () => {
    const el = await seatsOf('olivia@northwind.example');
    const assigned = oneEvent(el, 'portal-seat-assigned');
    await typeEmails(el, 'zoe@northwind.example');
    const event = await assigned;
    expect(event.detail.email).to.equal('zoe@northwind.example');
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(() => partTexts(el, 'usage')[0] === '5 of 5 seats used', 'the count');
    expect(seatRow(el, 'zoe@northwind.example').textContent).to.contain('Invitation pending');
    expect(el.shadowRoot!.textContent).to.contain('Invitation sent.');
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
  });

  it('lists malformed addresses and sends nothing, keeping what was typed', async () => {
    const el = await seatsOf('olivia@northwind.example');
    await typeEmails(el, 'zoe@northwind.example, not-an-email; x@');
    await waitUntil(() => $(el, '[part=assign-form] [role=alert]'));
    expect($(el, '[role=alert]')!.textContent).to.contain('not-an-email, x@');
    const field = $<HTMLTextAreaElement>(el, 'textarea')!;
    expect(field.value).to.equal('zoe@northwind.example, not-an-email; x@');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.contain('assign-problems');
    expect(partTexts(el, 'usage')[0], 'nothing sent').to.equal('4 of 5 seats used');
    await expect(el).to.be.accessible();
  });

  it('refuses more addresses than free seats before sending', async () => {
    const el = await seatsOf('ben@northwind.example');
    await typeEmails(el, 'a@northwind.example\nb@northwind.example');
    await waitUntil(() => $(el, '[role=alert]'));
    expect($(el, '[role=alert]')!.textContent).to.contain('2 invitations but only 1 seat is free');
  });

  it('keeps the addresses the API refused, with its reason, and sends the rest', async () => {
    const seat = mock.state.db.seats.find((s) => s.email === 'noah@northwind.example')!;
    mock.state.db.seats.update(seat, { status: 'revoked' }); // frees a seat: two are free now
    const el = await seatsOf('olivia@northwind.example');
    await typeEmails(el, 'mia@northwind.example zoe@northwind.example');
    await waitUntil(() => $(el, '[role=alert]'), 'the refusal');
    expect($(el, '[role=alert]')!.textContent).to.contain(
      'mia@northwind.example: Seat already assigned',
    );
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('mia@northwind.example');
    // The list is the store's, reloaded after the write.
    await waitUntil(() => seatRow(el, 'zoe@northwind.example'), 'zoe listed');
    expect(seatRow(el, 'zoe@northwind.example')).not.to.equal(undefined);
    expect(el.shadowRoot!.textContent).to.contain('Invitation sent.');
  });
});

describe('<portal-seats> revoking and resending', () => {
  it('revokes after a keyboard-driven confirmation, then announces it', async () => {
    const el = await seatsOf('olivia@northwind.example');
    const opener = seatRow(el, 'mia@northwind.example').querySelector<HTMLButtonElement>(
      '[part=revoke-button]',
    )!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<PortalDialog>(el, 'portal-dialog.revoke')!;
    await waitUntil(() => dialog.open, 'the dialog opens');
    expect(dialog.textContent).to.contain('mia@northwind.example loses access to Teamly Team');
    expect(el.shadowRoot!.activeElement!.textContent!.trim(), 'the safe choice first').to.equal(
      'Keep seat',
    );
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
    }
    await expect(el).to.be.accessible();
    const id = seatRow(el, 'mia@northwind.example').dataset.id!;
    const revoked = oneEvent(el, 'portal-seat-revoked');
    dialog.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    expect((await revoked).detail.status).to.equal('revoked');
    await waitUntil(() => !dialog.open);
    // The list is the store's, reloaded after the write.
    await waitUntil(() => partTexts(el, 'usage')[0] === '3 of 5 seats used', 'the reload');
    const row = $(el, `[data-id="${id}"]`)!;
    expect(row.textContent).to.contain('Free seat').and.contain('Revoked');
    expect(partTexts(el, 'usage')[0]).to.equal('3 of 5 seats used');
    expect(el.shadowRoot!.textContent).to.contain('The seat of mia@northwind.example was revoked.');
    expect(el.shadowRoot!.activeElement).to.equal(row);
  });

  it('closes on Escape without revoking, focus back on the button', async () => {
    const el = await seatsOf('olivia@northwind.example');
    const opener = seatRow(el, 'ben@northwind.example').querySelector<HTMLButtonElement>(
      '[part=revoke-button]',
    )!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $<PortalDialog>(el, 'portal-dialog.revoke')!.open);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$<PortalDialog>(el, 'portal-dialog.revoke')!.open);
    expect(el.shadowRoot!.activeElement).to.equal(opener);
    expect(seatRow(el, 'ben@northwind.example').textContent).to.contain('Active');
  });

  it('shows the API’s refusal inside the dialog', async () => {
    const el = await seatsOf('olivia@northwind.example');
    seatRow(el, 'ben@northwind.example')
      .querySelector<HTMLButtonElement>('[part=revoke-button]')!
      .click();
    await waitUntil(() => $<PortalDialog>(el, 'portal-dialog.revoke')!.open);
    mock.worker.use(
      http.delete('*/v1/customer-portal/seats/:id', () =>
        HttpResponse.json({ error: 'NotPermitted', detail: 'Not permitted' }, { status: 403 }),
      ),
    );
    $<HTMLButtonElement>(el, '[part=confirm-button]')!.click();
    await waitUntil(() => $(el, 'portal-dialog.revoke [role=alert]'));
    expect($(el, 'portal-dialog.revoke [role=alert]')!.textContent).to.contain('Not permitted');
    expect($<PortalDialog>(el, 'portal-dialog.revoke')!.open).to.equal(true);
  });

  it('resends a pending invitation and announces it', async () => {
    const el = await seatsOf('olivia@northwind.example');
    const before = (await (await fetch('/__dev/emails?to=noah%40northwind.example')).json()) as [];
    seatRow(el, 'noah@northwind.example')
      .querySelector<HTMLButtonElement>('[part=resend-button]')!
      .click();
    await waitUntil(() =>
      el.shadowRoot!.textContent!.includes('A new invitation was sent to noah'),
    );
    const after = (await (await fetch('/__dev/emails?to=noah%40northwind.example')).json()) as [];
    expect(after.length).to.equal(before.length + 1);
  });
});

describe('<portal-seats> roles and merchant switches', () => {
  for (const [email, attrs, manages] of [
    ['olivia@northwind.example', '', true],
    ['ben@northwind.example', '', true],
    ['mia@northwind.example', '', false],
    ['olivia@northwind.example', 'readonly-features="seats"', false],
  ] as const) {
    it(`${email.split('@')[0]} ${attrs || ''} ${manages ? 'manages' : 'only sees'} the seats`, async () => {
      const el = await seatsOf(email, attrs);
      expect($(el, '[part=list]')).not.to.equal(null);
      expect($(el, '[part=assign-form]') !== null).to.equal(manages);
      expect($(el, '[part=revoke-button]') !== null).to.equal(manages);
      if (!manages) expect(el.shadowRoot!.textContent).to.contain('Only the team’s owner');
      await expect(el).to.be.accessible();
    });
  }

  it('renders nothing when the merchant hides seats', async () => {
    const el = await seatsOf('', 'hidden-features="seats"');
    await signIn('olivia@northwind.example', 'teamly');
    await el.updateComplete;
    expect(el.shadowRoot!.children.length).to.equal(0);
    resetSessions();
  });
});

/** Moves the mock's clock past the session's hour, as if the customer had left the tab open. */
const outliveTheSession = () =>
  fetch('/__dev/clock', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advance_seconds: 61 * 60 }),
  });

const store = () => getSession({ apiBase: location.origin, organizationId: org('teamly') }).store;

describe('<portal-seats> visible outcomes', () => {
  it('shows "Invitation sent." under the form until it is dismissed', async () => {
    const el = await seatsOf('olivia@northwind.example');
    await typeEmails(el, 'zoe@northwind.example');
    await waitUntil(() => $(el, '[part=assign-form] [part~=outcome-success]'), 'the confirmation');
    expect(partTexts(el, 'outcome-success')[0]).to.contain('Invitation sent.');
    expect(partTexts(el, 'announcement')[0]).to.equal('Invitation sent.');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~=outcome] [part=dismiss-button]')!.click();
    await waitUntil(() => !$(el, '[part~=outcome]'), 'dismissed');
  });

  it('says a seat was revoked in its row', async () => {
    const el = await seatsOf('olivia@northwind.example');
    const row = seatRow(el, 'ben@northwind.example');
    row.querySelector<HTMLButtonElement>('[part=revoke-button]')!.click();
    await waitUntil(
      () => $<HTMLElement & { open: boolean }>(el, 'portal-dialog.revoke')!.open,
      'the dialog',
    );
    $<HTMLButtonElement>(el, 'portal-dialog.revoke [part=confirm-button]')!.click();
    await waitUntil(() => row.querySelector('[part~=outcome-success]'), 'the confirmation');
    expect(row.querySelector('[part~=outcome-success]')!.textContent).to.contain(
      'The seat of ben@northwind.example was revoked.',
    );
    await waitUntil(() => !row.querySelector('[part=revoke-button]'), 'nothing left to revoke');
    await expect(el).to.be.accessible();
  });

  it('says an invitation was sent again in its row, until dismissed', async () => {
    const el = await seatsOf('olivia@northwind.example');
    const row = seatRow(el, 'noah@northwind.example');
    row.querySelector<HTMLButtonElement>('[part=resend-button]')!.click();
    await waitUntil(() => row.querySelector('[part~=outcome-success]'), 'the confirmation');
    expect(row.querySelector('[part~=outcome-success]')!.textContent).to.contain(
      'A new invitation was sent to noah@northwind.example.',
    );
    row.querySelector<HTMLButtonElement>('[part=dismiss-button]')!.click();
    await waitUntil(() => !row.querySelector('[part~=outcome]'), 'dismissed');
  });

  it('says why an invitation could not be sent again, in its row', async () => {
    mock.worker.use(
      http.post('*/v1/customer-portal/seats/:id/resend', () =>
        HttpResponse.json({ error: 'BadRequest', detail: 'Invitation expired' }, { status: 400 }),
      ),
    );
    const el = await seatsOf('olivia@northwind.example');
    const row = seatRow(el, 'noah@northwind.example');
    row.querySelector<HTMLButtonElement>('[part=resend-button]')!.click();
    await waitUntil(() => row.querySelector('[part~=outcome-error]'), 'the error');
    const error = row.querySelector('[part~=outcome-error]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Invitation expired');
    expect(row.querySelector<HTMLButtonElement>('[part=resend-button]')!.disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('keeps the typed address next to the API’s refusal', async () => {
    mock.worker.use(
      http.post('*/v1/customer-portal/seats', () =>
        HttpResponse.json({ error: 'Boom', detail: 'Seats are down' }, { status: 500 }),
      ),
    );
    const el = await seatsOf('olivia@northwind.example');
    await typeEmails(el, 'zoe@northwind.example');
    await waitUntil(() => $(el, '[part=assign-form] [role=alert]'), 'the refusal');
    expect($(el, '[part=assign-form] [role=alert]')!.textContent).to.contain(
      'zoe@northwind.example',
    );
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('zoe@northwind.example');
    expect(partTexts(el, 'usage')[0]).to.equal('4 of 5 seats used');
  });
});

describe('<portal-seats> with the store', () => {
  it('shows a seat count changed elsewhere on the page, without a reload', async () => {
    const el = await seatsOf('olivia@northwind.example');
    expect(partTexts(el, 'usage')[0]).to.equal('4 of 5 seats used');
    const team = mock.state.db.subscriptions.find((s) => s.seats === 5)!;
    // What <portal-subscriptions> does when olivia changes her seats from 5 to 9.
    await store().updateSubscription(team.id, { seats: 9 });
    await waitUntil(() => partTexts(el, 'usage')[0] === '4 of 9 seats used', 'the new count');
  });
});

describe('<portal-seats> when the session ends mid-action', () => {
  it('keeps the addresses being typed, and gives them back after signing in again', async () => {
    const el = await seatsOf('olivia@northwind.example', 'page-size="2"');
    $<HTMLButtonElement>(el, '[part=pagination] button:last-of-type')!.click();
    await waitUntil(() => partTexts(el, 'pagination')[0]?.includes('Page 2'), 'page 2');
    await outliveTheSession();
    await typeEmails(el, 'zoe@northwind.example');
    await waitUntil(() => $(el, '[part=session-ended]'), 'the session-ended panel');
    expect($(el, '[part=sign-in-again-button]')).not.to.equal(null);
    await expect(el).to.be.accessible();

    await signIn('olivia@northwind.example', 'teamly');
    await waitUntil(() => $(el, 'textarea'), 'the form is back');
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('zoe@northwind.example');
    expect(partTexts(el, 'pagination')[0]).to.contain('Page 2');
    expect($(el, '[part~=outcome]'), 'no error for an ended session').to.equal(null);
    const assigned = oneEvent(el, 'portal-seat-assigned');
    $<HTMLButtonElement>(el, '[part=assign-button]')!.click();
    expect((await assigned).detail.email).to.equal('zoe@northwind.example');
  });

  it('starts another person without the previous one’s addresses', async () => {
    const el = await seatsOf('olivia@northwind.example');
    $<HTMLTextAreaElement>(el, 'textarea')!.value = 'zoe@northwind.example';
    $(el, 'textarea')!.dispatchEvent(new Event('input'));
    await outliveTheSession();
    $<HTMLButtonElement>(el, '[part=assign-button]')!.click();
    await waitUntil(() => $(el, '[part=session-ended]'), 'the session-ended panel');
    await signIn('ben@northwind.example', 'teamly');
    await waitUntil(() => $(el, 'textarea'), 'the form');
    expect($<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('');
  });
});
