import { expect, fixture } from '@open-wc/testing';
import '../../../src/elements/portal-subscriptions/define.js';
import type { PortalSubscriptions } from '../../../src/elements/portal-subscriptions/portal-subscriptions.js';
import type { PortalDialog } from '../../../src/internal/portal-dialog/portal-dialog.js';
import { mock, mockAttrs, settled, signIn } from '../support.js';

/**
 * What the subscription tests share: the element signed in as a seeded customer in one of the
 * three languages, its shadow root read as a customer reads it (text, dialogs, money in the
 * language's format), the mock's rows of a customer, and the merchant's settings switched
 * through the dev route.
 */

export const LANGS = ['en', 'de', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export async function subscriptionsOf(
  email: string,
  slug = 'acme',
  lang: Lang = 'en',
): Promise<PortalSubscriptions> {
  const el = await fixture<PortalSubscriptions>(
    `<portal-subscriptions lang="${lang}" ${mockAttrs(slug)}></portal-subscriptions>`,
  );
  await signIn(email, slug);
  await settled(el);
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** An element's text with its whitespace collapsed, as it reads. */
export const text = (node: Element | null | undefined): string =>
  node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';

export const dialog = (el: PortalSubscriptions, name: string): PortalDialog =>
  $<PortalDialog>(el, `portal-dialog.${name}`)!;

/** Cents as the element writes them in `lang` (US dollars, the seed's currency). */
export const money = (cents: number, lang: Lang): string =>
  new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD' })
    .format(cents / 100)
    .replace(/\s+/g, ' ');

export const customerId = (email: string): string =>
  mock.state.db.customers.find((c) => c.email === email)!.id;

/** The mock's row of the customer's (first) subscription. */
export const subscriptionOf = (email: string) =>
  mock.state.db.subscriptions.find((s) => s.customer_id === customerId(email))!;

/** The merchant's switches, as `POST /__dev/organizations/<slug>/settings` sets them. */
export async function settings(slug: string, json: unknown): Promise<void> {
  const res = await fetch(`/__dev/organizations/${slug}/settings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(json),
  });
  expect(res.ok).to.equal(true);
}
