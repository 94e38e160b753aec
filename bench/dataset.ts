import { newId, uuidFor } from '../mock-server/db/ids.js';
import type { MockState } from '../mock-server/state.js';

/**
 * Grows one customer's data to `rows` rows, for the render benchmark: copies of a seeded row
 * with fresh ids and spread-out dates, so the elements sort and page real-looking lists.
 * `subscriptions` and `orders` grow alice's (acme); `seats` grows the Northwind team's seats.
 */
export type BenchView = 'subscriptions' | 'orders' | 'seats';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

export function grow(state: MockState, view: BenchView, rows: number): void {
  const { db } = state;
  const copies = <T>(count: number, make: (i: number) => T) =>
    Array.from({ length: count }, (_, i) => make(i));
  if (view === 'subscriptions') {
    const alice = uuidFor('customer:alice');
    const template = db.subscriptions.find((s) => s.customer_id === alice)!;
    db.subscriptions.replaceAll([
      ...db.subscriptions.filter((s) => s.customer_id !== alice),
      ...copies(rows, (i) => ({ ...template, id: newId(), started_at: daysAgo(i) })),
    ]);
  } else if (view === 'orders') {
    const alice = uuidFor('customer:alice');
    const template = db.orders.find((o) => o.customer_id === alice)!;
    db.orders.replaceAll([
      ...db.orders.filter((o) => o.customer_id !== alice),
      ...copies(rows, (i) => ({ ...template, id: newId(), created_at: daysAgo(i) })),
    ]);
  } else {
    const subscriptionId = uuidFor('subscription:northwind:teamly-team');
    const template = db.seats.find((s) => s.subscription_id === subscriptionId)!;
    // Olivia's own claimed seat stays; the rest are invitations to people of the team.
    const kept = db.seats.filter(
      (s) => s.subscription_id !== subscriptionId || s.member_id === uuidFor('member:olivia'),
    );
    const first = kept.filter((s) => s.subscription_id === subscriptionId).length;
    db.seats.replaceAll([
      ...kept,
      ...copies(Math.max(0, rows - first), (n) => ({
        ...template,
        id: newId(),
        status: 'pending' as const,
        email: `person-${first + n}@northwind.example`,
        member_id: null,
        claimed_at: null,
        created_at: daysAgo((first + n) / 10),
      })),
    ]);
    db.subscriptions.update(subscriptionId, { seats: rows });
  }
}
