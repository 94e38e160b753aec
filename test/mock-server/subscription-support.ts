import { ManualClock } from '../../mock-server/index.js';
import { mockForThisFile, type Harness } from './harness.js';

/**
 * What the subscription money tests share: a mock on a manual clock, so an amount worked out
 * from Polar's formulas at `clock.now()` is for the very moment the mock prices, and the few
 * steps every such test takes (the merchant's settings, a customer signed in with their plan).
 */

export const DAY = 86_400_000;

const SUBSCRIPTIONS = '/v1/customer-portal/subscriptions';

/** One mock for the calling test file (see `mockForThisFile`), with the helpers on top of it. */
export function subscriptionMockForThisFile() {
  const clock = new ManualClock();
  const mock = mockForThisFile({ clock });
  const db = () => mock.mock.state.db;
  return {
    clock,
    mock,
    db,
    /** A product of the seed, by name. */
    product: (name: string) => db().products.find((p) => p.name === name)!,
    /**
     * The organization's settings as its merchant sets them (proration behavior, what the portal
     * may change), through the dev route: validated and stored by the settings service, not
     * written into the table by hand.
     */
    settings: (slug: string, json: unknown) =>
      mock.call(`/__dev/organizations/${slug}/settings`, { method: 'POST', json }),
    /** Signs `email` in; `call` is under the subscriptions route and `sub` their first one. */
    async signedIn(email: string) {
      const s = await mock.session(email, { prefix: SUBSCRIPTIONS });
      const [sub] = (await s.call('/')).body!.items as Record<string, string>[];
      return { ...s, sub: sub! };
    },
  };
}

/** A customer signed in by `signedIn`. */
export type SignedInCustomer = Awaited<
  ReturnType<ReturnType<typeof subscriptionMockForThisFile>['signedIn']>
>;

/** What changing the customer's subscription to `body` would charge (`POST …/change-preview`). */
export const previewChange = (customer: SignedInCustomer, body: unknown) =>
  customer.call(`/${customer.sub.id}/change-preview`, { method: 'POST', json: body });

/** Changes the customer's subscription (`PATCH`): plan, seats, cancellation or pending update. */
export const updateSubscription = (customer: SignedInCustomer, body: unknown) =>
  customer.call(`/${customer.sub.id}`, { method: 'PATCH', json: body });

/** The webhooks `mock` sends while `action` runs, oldest first, as its dev log lists them. */
export async function webhooksOf(mock: Harness, action: () => Promise<unknown>): Promise<string[]> {
  const log = async () =>
    (await (await mock.call('/__dev/webhooks')).json()) as { id: string; type: string }[];
  const before = new Set((await log()).map((e) => e.id));
  await action();
  return (await log())
    .filter((e) => !before.has(e.id))
    .map((e) => e.type)
    .reverse();
}
