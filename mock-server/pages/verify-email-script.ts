/**
 * The verification page's script, as the text the page inlines (its hash goes into the page's
 * Content-Security-Policy). Plain ES2020 in a string, not a compiled function: the bytes the
 * browser runs are the bytes hashed, whatever the build does to the mock's own code.
 *
 * Like Polar's page (`[organization]/portal/verify-email/`), it checks the link first and spends
 * it only on the customer's click: a mail scanner that opens links must not change an email.
 * The token is read from the address and sent to the API, never written to the page or logged.
 */
export const VERIFY_EMAIL_SCRIPT = `(() => {
  'use strict';
  const API = '/v1/customer-portal/customers/me/email-update';
  const token = new URLSearchParams(location.search).get('token');
  const byId = (id) => document.getElementById(id);
  const confirmButton = byId('confirm-button');
  const problem = byId('confirm-problem');
  const show = (id) => {
    for (const part of document.querySelectorAll('[data-step]')) part.hidden = part.id !== id;
    const heading = byId(id).querySelector('h2');
    if (heading) heading.focus();
  };
  const fail = (id, message) => {
    byId(id + '-message').textContent = message;
    show(id);
  };
  const tooMany = 'Too many attempts. Wait a minute, then reload this page.';
  const unreachable = 'The server could not be reached. Check your connection and try again.';
  const check = async () => {
    if (!token) return show('invalid');
    try {
      const answer = await fetch(API + '/check?' + new URLSearchParams({ token }));
      if (answer.status === 204) return show('confirm');
      if (answer.status === 429) return fail('failed', tooMany);
      show('invalid');
    } catch {
      fail('failed', unreachable);
    }
  };
  const newEmail = async (session) => {
    try {
      const me = await fetch('/v1/customer-portal/customers/me', {
        headers: { authorization: 'Bearer ' + session },
      });
      return me.ok ? (await me.json()).email : null;
    } catch {
      return null;
    }
  };
  const confirm = async () => {
    confirmButton.disabled = true;
    confirmButton.textContent = 'Confirming…';
    problem.textContent = '';
    try {
      const answer = await fetch(API + '/verify', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
      if (answer.ok) {
        const email = await newEmail((await answer.json()).token);
        byId('done-message').textContent = email
          ? 'Your email was changed to ' + email + '. Use it to sign in from now on.'
          : 'Your email was changed. Use the new address to sign in from now on.';
        return show('done');
      }
      if (answer.status === 401) return show('invalid');
      if (answer.status === 422) {
        const body = await answer.json().catch(() => null);
        const message = body && body.detail && body.detail[0] && body.detail[0].msg;
        return fail('failed', String(message || 'The change was refused.'));
      }
      problem.textContent = answer.status === 429 ? tooMany : 'Something went wrong. Try again.';
    } catch {
      problem.textContent = unreachable;
    }
    confirmButton.disabled = false;
    confirmButton.textContent = 'Confirm email change';
  };
  confirmButton.addEventListener('click', () => void confirm());
  void check();
})();
`;
