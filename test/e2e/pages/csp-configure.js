// The all-in-one portal, pointed at the API and organization given in the URL (?api=…&org=…).
const params = new URLSearchParams(location.search);
const portal = document.getElementById('portal');
portal.setAttribute('api-base', params.get('api'));
portal.setAttribute('organization-id', params.get('org'));
// The page's language (?lang=…), as a merchant's <html lang> would say it.
if (params.get('lang')) document.documentElement.lang = params.get('lang');
