import { html, type TemplateResult } from 'lit';
import '../portal-benefits/define.js';
import '../portal-customer/define.js';
import '../portal-orders/define.js';
import '../portal-seats/define.js';
import '../portal-subscriptions/define.js';
import type { PortalConfig } from '../../internal/portal-element.js';
import type { EmbedMode } from '../../payments/embed-location.js';
import type { PaymentMethodCollector } from '../portal-customer/card-collector.js';
import { exportParts, PORTAL_VIEWS, type PortalView } from './view-parts.js';

/**
 * The `views` attribute: names separated by spaces or commas. An unknown name is dropped with a
 * warning rather than failing the portal, so a typo costs one tab, not the whole page.
 */
export const viewListConverter = {
  fromAttribute(value: string | null): PortalView[] | null {
    if (value === null) return null;
    const names = value.split(/[\s,]+/).filter(Boolean);
    for (const name of names)
      if (!(PORTAL_VIEWS as readonly string[]).includes(name))
        console.warn(`customer-portal: unknown view "${name}" (${PORTAL_VIEWS.join(', ')}).`);
    return names.filter((n): n is PortalView => (PORTAL_VIEWS as readonly string[]).includes(n));
  },
  toAttribute: (value: PortalView[] | null) => value?.join(' ') ?? null,
};

/**
 * The portal's settings its views take, and only those: not its session token or token
 * provider, since the views join the portal's session through the same API and organization.
 */
export function sharedConfig(portal: PortalConfig): PortalConfig {
  return {
    apiBase: portal.apiBase,
    sandbox: portal.sandbox,
    organizationId: portal.organizationId,
    organization: portal.organization,
    persist: portal.persist,
    theme: portal.theme,
    hiddenFeatures: portal.hiddenFeatures,
    readonlyFeatures: portal.readonlyFeatures,
  };
}

/** What the portal hands to every view it renders. */
export interface ViewSettings {
  config: PortalConfig;
  /** Only the views that take a card (orders, account) get it. */
  paymentMethodCollector: PaymentMethodCollector | null;
  /** How the account view opens Polar's card form, and from where. */
  cardEntry: EmbedMode;
  cardEmbedOrigin: string | null;
}

/** One view's element, configured like the portal itself and forwarding its parts. */
export function renderViewElement(
  view: PortalView,
  { config, paymentMethodCollector, cardEntry, cardEmbedOrigin }: ViewSettings,
): TemplateResult {
  const parts = exportParts(view);
  switch (view) {
    case 'subscriptions':
      return html`<portal-subscriptions
        exportparts=${parts}
        .config=${config}
        .paymentMethodCollector=${paymentMethodCollector}
      ></portal-subscriptions>`;
    case 'seats':
      return html`<portal-seats exportparts=${parts} .config=${config}></portal-seats>`;
    case 'orders':
      return html`<portal-orders
        exportparts=${parts}
        .config=${config}
        .paymentMethodCollector=${paymentMethodCollector}
      ></portal-orders>`;
    case 'benefits':
      return html`<portal-benefits exportparts=${parts} .config=${config}></portal-benefits>`;
    case 'customer':
      return html`<portal-customer
        exportparts=${parts}
        .config=${config}
        .paymentMethodCollector=${paymentMethodCollector}
        .cardEntry=${cardEntry}
        .cardEmbedOrigin=${cardEmbedOrigin}
      ></portal-customer>`;
  }
}
