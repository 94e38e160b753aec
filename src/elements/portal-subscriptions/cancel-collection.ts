import type { PortalClient } from '../../api/client.js';
import type { CustomerSubscription } from '../../api/types.js';
import { formatMoney } from '../../internal/format.js';
import type { PortalLocalize } from '../../internal/localize.js';
import { describeError } from '../../internal/states.js';
import { endDate } from './subscription-item.js';

/**
 * For a past-due subscription, what Polar's cancel preview says (`calculate_cancel_preview`):
 * whether cancelling stops collecting the failed payment. Then the cancellation is a revoke,
 * now, as Polar's portal does it (`CustomerCancellationModal`); until the preview is known the
 * dialog does not submit, so a fast click cannot schedule a period-end cancellation that
 * should have been immediate.
 */
export type StopsCollection =
  | { status: 'not-asked' }
  | { status: 'loading' }
  | { status: 'known'; stops: boolean; outstanding: number | null }
  | { status: 'failed'; error: string };

/** Whether cancelling is a revoke, now. */
export const revokesNow = (collection: StopsCollection): boolean =>
  collection.status === 'known' && collection.stops;

/** Asks Polar whether cancelling this past-due subscription stops its collection. */
export async function askStopsCollection(
  client: PortalClient,
  subscription: CustomerSubscription,
  t: PortalLocalize,
): Promise<StopsCollection> {
  try {
    const preview = await client.cancelPreview(subscription.id);
    return {
      status: 'known',
      stops: preview.stops_collection,
      outstanding: preview.outstanding_amount,
    };
  } catch (error) {
    return { status: 'failed', error: describeError(t, error) };
  }
}

/** What cancelling does: when access ends, and for a past-due one, what happens to the debt. */
export function cancelConsequence(
  t: PortalLocalize,
  subscription: CustomerSubscription,
  collection: StopsCollection,
): string {
  if (collection.status === 'loading') return t.term('previewLoading');
  if (collection.status === 'known' && collection.stops)
    return collection.outstanding
      ? t.term(
          'cancelPastDueOutstanding',
          formatMoney(collection.outstanding, subscription.currency, t.lang()),
        )
      : t.term('cancelPastDue');
  // Someone in a trial was never charged: "not charged again" would be wrong.
  return t.term(
    subscription.status === 'trialing' ? 'cancelTrialConsequence' : 'cancelConsequence',
    endDate(t, subscription),
  );
}
