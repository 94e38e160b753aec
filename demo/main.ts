import type { SeedSummary, SentEmail } from '../mock-server/index.js';
import '../src/index.js';

/**
 * The designers' page: `<portal-login>` live against the mock that `npm start` serves on this
 * origin, with switches for organization, language and theme, and the dev mailbox beside it
 * (codes appear as they are sent). Everything from the API is rendered as text.
 */

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const organization = $<HTMLSelectElement>('organization');
const language = $<HTMLSelectElement>('language');
const theme = $<HTMLSelectElement>('theme');

const seed = (await (await fetch('/__dev/seed')).json()) as SeedSummary;
for (const org of seed.organizations) {
  organization.append(
    new Option(`${org.name} (${org.member_model_enabled ? 'member model' : 'legacy'})`, org.id),
  );
}

function mountLogin() {
  const login = document.createElement('portal-login');
  login.setAttribute('api-base', location.origin);
  login.setAttribute('organization-id', organization.value);
  login.setAttribute('theme', theme.value);
  login.lang = language.value;
  login.addEventListener('portal-signed-in', (event) => {
    const { name, email, kind, role } = event.detail;
    $('event-log').textContent =
      `portal-signed-in: ${name ?? email} (${kind}${role ? `, ${role}` : ''})`;
  });
  login.addEventListener(
    'portal-signed-out',
    () => ($('event-log').textContent = 'portal-signed-out'),
  );
  $('login-slot').replaceChildren(login);

  // Same api-base and organization-id: it shares the login's session, no wrapper needed.
  const subscriptions = document.createElement('portal-subscriptions');
  for (const name of ['api-base', 'organization-id', 'theme'])
    subscriptions.setAttribute(name, login.getAttribute(name)!);
  subscriptions.lang = language.value;
  $('subscriptions-slot').replaceChildren(subscriptions);

  const people = seed.customers
    .filter((c) => c.organization_id === organization.value)
    .flatMap((c) =>
      c.members.length ? c.members.map((m) => `${m.email} (${m.role})`) : [c.email ?? ''],
    )
    .filter((p, i, all) => p && all.indexOf(p) === i);
  $('personas').textContent = people.join(', ');
}
organization.addEventListener('change', mountLogin);
language.addEventListener('change', mountLogin);
theme.addEventListener('change', mountLogin);
mountLogin();

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

$('reset').addEventListener('click', async () => {
  await fetch('/__dev/reset', { method: 'POST' });
  sessionStorage.clear();
  location.reload();
});
