import type { SeedSummary, SentEmail } from '../mock-server/index.js';

/**
 * A plain page that walks Polar's sign-in against the mock served by `npm start` on this origin.
 * Everything from the API is rendered with textContent, never as HTML.
 */

const API = '/v1/customer-portal/customer-session';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const organization = $<HTMLSelectElement>('organization');
const email = $<HTMLInputElement>('email');
const status = $<HTMLParagraphElement>('status');
const codeForm = $<HTMLFormElement>('code-form');
const choice = $<HTMLDivElement>('customer-choice');
const options = $<HTMLDivElement>('customer-options');

const seed = (await (await fetch('/__dev/seed')).json()) as SeedSummary;
for (const org of seed.organizations) {
  organization.append(
    new Option(`${org.name} (${org.member_model_enabled ? 'member model' : 'legacy'})`, org.id),
  );
}

function showPersonas() {
  const people = seed.customers
    .filter((c) => c.organization_id === organization.value)
    .flatMap((c) =>
      c.members.length ? c.members.map((m) => `${m.email} (${m.role})`) : [c.email ?? ''],
    )
    .filter((p, i, all) => p && all.indexOf(p) === i);
  $('personas').textContent = people.join(', ');
}
organization.addEventListener('change', showPersonas);
showPersonas();

async function refreshMailbox() {
  const emails = (await (await fetch('/__dev/emails')).json()) as SentEmail[];
  $('mailbox').replaceChildren(
    ...emails.map((e) => {
      const item = document.createElement('li');
      item.textContent = `To ${e.to} at ${new Date(e.sent_at).toLocaleTimeString()}\n${e.subject}\nCode: ${e.code ?? '-'}`;
      return item;
    }),
  );
}
setInterval(() => void refreshMailbox(), 1500);
void refreshMailbox();

$<HTMLFormElement>('request-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const chosen = options.querySelector<HTMLInputElement>('input:checked')?.value;
  const res = await fetch(`${API}/request`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: email.value,
      organization_id: organization.value,
      customer_id: chosen,
    }),
  });
  if (res.status === 409) {
    const body = (await res.json()) as { customers: { id: string; name: string | null }[] };
    options.replaceChildren(
      ...body.customers.map((c, i) => {
        const label = document.createElement('label');
        const radio = Object.assign(document.createElement('input'), {
          type: 'radio',
          name: 'customer',
          value: c.id,
          checked: i === 0,
        });
        label.append(radio, ` ${c.name ?? 'Unnamed account'}`);
        return label;
      }),
    );
    choice.hidden = false;
    status.textContent = 'Choose the customer to sign in to, then send the code again.';
    return;
  }
  if (res.status === 429) {
    status.textContent = `Too many attempts. Try again in ${res.headers.get('retry-after')} seconds.`;
    return;
  }
  if (!res.ok) {
    status.textContent = `The request failed (${res.status}).`;
    return;
  }
  choice.hidden = true;
  codeForm.hidden = false;
  status.textContent = `If ${email.value} has an account, a code is on its way (see the dev mailbox).`;
  $('code').focus();
  void refreshMailbox();
});

codeForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const res = await fetch(`${API}/authenticate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: $<HTMLInputElement>('code').value.trim() }),
  });
  if (!res.ok) {
    status.textContent =
      res.status === 401 ? 'That code is wrong or has expired.' : `Sign-in failed (${res.status}).`;
    return;
  }
  // The token stays in this closure: never in the URL, the page or the console.
  const { token } = (await res.json()) as { token: string };
  const user = await (
    await fetch(`${API}/user`, { headers: { authorization: `Bearer ${token}` } })
  ).json();
  const pre = $('user');
  pre.textContent = JSON.stringify(user, null, 2);
  pre.hidden = false;
  status.textContent = `Signed in with a ${token.startsWith('polar_mst_') ? 'member' : 'customer'} session.`;
});

$('reset').addEventListener('click', async () => {
  await fetch('/__dev/reset', { method: 'POST' });
  status.textContent = 'The mock is back to its seed.';
  codeForm.hidden = true;
  $('user').hidden = true;
  void refreshMailbox();
});
