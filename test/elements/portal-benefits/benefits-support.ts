import { fixture } from '@open-wc/testing';
import '../../../src/elements/portal-benefits/define.js';
import type { PortalBenefits } from '../../../src/elements/portal-benefits/portal-benefits.js';
import { mock, mockAttrs, org, settled, signIn } from '../support.js';

/** What the `<portal-benefits>` test files share: mounting, lookups, and a device to act on. */

/** A `<portal-benefits>` signed in as `email` (signed out when empty), its grants on screen. */
export async function benefitsOf(email: string, attrs = '', slug = 'acme') {
  const el = await fixture<PortalBenefits>(
    `<portal-benefits ${mockAttrs(slug)} ${attrs}></portal-benefits>`,
  );
  if (email) {
    await signIn(email, slug);
    await settled(el, '[part=group], [part=empty], [part=error]');
  }
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: PortalBenefits, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

export const grant = (el: PortalBenefits, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=grant]')].find((li) =>
    li.textContent!.includes(name),
  );

/** alice's license key as the mock holds it now. */
export const aliceKey = () => {
  const alice = mock.state.db.customers.find((c) => c.email === 'alice@example.com')!;
  return mock.state.db.licenseKeys.find((k) => k.customer_id === alice.id)!;
};

/** A device activated on alice's key the way the merchant's app does it (the public API). */
export async function activate(label: string): Promise<string> {
  const response = await fetch('/v1/customer-portal/license-keys/activate', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key: aliceKey().key, organization_id: org('acme'), label }),
  });
  if (!response.ok) throw new Error(`activation refused: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}
