// The all-in-one portal, pointed at the API and organization given in the URL (?api=…&org=…).
const params = new URLSearchParams(location.search);
const portal = document.getElementById('portal');
portal.setAttribute('api-base', params.get('api'));
portal.setAttribute('organization-id', params.get('org'));
