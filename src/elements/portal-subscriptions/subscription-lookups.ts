import type { ReactiveControllerHost } from 'lit';
import type { CustomerSubscription } from '../../api/types.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import type { PortalSession } from '../../session/session.js';

/**
 * What the subscription list reads besides the subscriptions, each only when a row needs it,
 * through the session's store: the organization's plans (to name a scheduled plan change) and
 * the cards on file (a trial without one is asked to add one).
 */
export class SubscriptionLookups {
  private readonly catalog;
  private readonly cards;

  constructor(
    host: ReactiveControllerHost,
    session: () => PortalSession | null,
    items: () => readonly CustomerSubscription[],
    manage: () => boolean,
  ) {
    this.catalog = new ResourceController(host, {
      session,
      kind: 'catalog',
      args: () => [items()[0]?.product.organization.slug ?? ''] as const,
      load: (client, [slug]) => client.organization(slug),
      enabled: () => items().some((s) => s.pending_update?.product_id),
    });
    this.cards = new ResourceController(host, {
      session,
      kind: 'payment-methods',
      load: (client) => client.listPaymentMethods(),
      enabled: () =>
        manage() && items().some((s) => s.status === 'trialing' && !s.cancel_at_period_end),
    });
  }

  /** The name of a plan of the organization, once the plans are known. */
  planName = (id: string): string | null =>
    this.catalog.value?.products.find((p) => p.id === id)?.name ?? null;

  /** Whether the customer has no card on file (known only while a trial runs). */
  get noCard(): boolean {
    return this.cards.value?.items.length === 0;
  }
}
