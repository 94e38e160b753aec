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
  if (view === 'subscriptions') {
    const alice = uuidFor('customer:alice');
    const template = db.subscriptions.find((s) => s.customer_id === alice)!;
    db.subscriptions = db.subscriptions.filter((s) => s.customer_id !== alice);
    for (let i = 0; i < rows; i++)
      db.subscriptions.push({ ...template, id: newId(), started_at: daysAgo(i) });
  } else if (view === 'orders') {
    const alice = uuidFor('customer:alice');
    const template = db.orders.find((o) => o.customer_id === alice)!;
    db.orders = db.orders.filter((o) => o.customer_id !== alice);
    for (let i = 0; i < rows; i++)
      db.orders.push({ ...template, id: newId(), created_at: daysAgo(i) });
  } else {
    const subscriptionId = uuidFor('subscription:northwind:teamly-team');
    const subscription = db.subscriptions.find((s) => s.id === subscriptionId)!;
    const template = db.seats.find((s) => s.subscription_id === subscriptionId)!;
    // Olivia's own claimed seat stays; the rest are invitations to people of the team.
    db.seats = db.seats.filter(
      (s) => s.subscription_id !== subscriptionId || s.member_id === uuidFor('member:olivia'),
    );
    for (let i = db.seats.filter((s) => s.subscription_id === subscriptionId).length; i < rows; i++)
      db.seats.push({
        ...template,
        id: newId(),
        status: 'pending',
        email: `person-${i}@northwind.example`,
        member_id: null,
        claimed_at: null,
        created_at: daysAgo(i / 10),
      });
    subscription.seats = rows;
  }
}
