// The page points every element at the API and organization given in the URL
// (?api=…&org=…): a merchant writes them into the HTML; the test decides them at run time.
const params = new URLSearchParams(location.search);
for (const el of document.querySelectorAll('portal-login, portal-subscriptions, portal-seats')) {
  el.setAttribute('api-base', params.get('api'));
  el.setAttribute('organization-id', params.get('org'));
  el.setAttribute('theme', params.get('theme') ?? 'light');
}
