import type { SubscriptionRow } from '../db/rows.js';
import { orderTotals } from '../serializers/order.js';
import type { MockState } from '../state.js';
import { organizationOf } from './subscription-billing.js';

/** What cancelling a subscription now would do to its money (reference.md §4.3 cancel-preview). */

/**
 * Whether revoking stops collecting the subscription's failed payment (Polar:
 * `SubscriptionService._revoke_stops_collection`): only a past-due subscription whose
 * organization gives no benefit grace period, since that customer never kept access.
 */
export function revokeStopsCollection(state: MockState, row: SubscriptionRow): boolean {
  if (row.status !== 'past_due') return false;
  return organizationOf(state, row).benefit_revocation_grace_period === 0;
}

/**
 * Polar's `calculate_cancel_preview`: `stops_collection`, and when it does, the sum still owed
 * on the subscription's pending orders (their `due_amount`), else null.
 */
export function cancelPreview(
  state: MockState,
  row: SubscriptionRow,
): { stops_collection: boolean; outstanding_amount: number | null } {
  const stops = revokeStopsCollection(state, row);
  const pending = stops
    ? state.db.orders.filter((o) => o.subscription_id === row.id && o.status === 'pending')
    : [];
  const outstanding = pending.reduce((sum, o) => sum + orderTotals(o).due_amount, 0);
  return { stops_collection: stops, outstanding_amount: pending.length > 0 ? outstanding : null };
}
