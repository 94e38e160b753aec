import type {
  BenefitGrantRow,
  CustomerRow,
  MemberRow,
  OrderRow,
  PaymentMethodRow,
  SeatRow,
  SubscriptionRow,
} from '../db/rows.js';
import { serializeGrant } from '../serializers/benefit.js';
import { serializePaymentMethod } from '../serializers/customer.js';
import type { MockState } from '../state.js';
import {
  customerState,
  merchantCustomer,
  merchantOrder,
  merchantSubscription,
  memberPayload,
  seatPayload,
} from './payloads.js';

/** Which events each portal action causes (contract README "Webhooks", reference.md §7). */

const stateChanged = (state: MockState, customer: CustomerRow) =>
  state.webhooks.emit('customer.state_changed', customerState(state.db, customer));

export type SubscriptionEvent =
  | 'subscription.canceled'
  | 'subscription.uncanceled'
  | 'subscription.revoked'
  | 'subscription.past_due'
  | 'subscription.paused'
  | 'subscription.resumed';

/** `subscription.updated`, then the specific events, then `customer.state_changed`. */
export function subscriptionChanged(
  state: MockState,
  row: SubscriptionRow,
  ...events: SubscriptionEvent[]
): void {
  for (const type of ['subscription.updated', ...events])
    state.webhooks.emit(type, merchantSubscription(state.db, row));
  stateChanged(state, state.db.customer(row.customer_id)!);
}

export function orderChanged(
  state: MockState,
  row: OrderRow,
  ...events: ('order.created' | 'order.updated' | 'order.paid')[]
): void {
  for (const type of events) state.webhooks.emit(type, merchantOrder(state.db, row));
}

export function customerChanged(state: MockState, customer: CustomerRow): void {
  state.webhooks.emit('customer.updated', merchantCustomer(customer));
  stateChanged(state, customer);
}

/**
 * Polar sends `customer.updated` when a card is added or removed; the product description names
 * `payment_method.created|deleted` too, so both are sent.
 */
export function paymentMethodChanged(
  state: MockState,
  customer: CustomerRow,
  method: PaymentMethodRow,
  change: 'created' | 'deleted',
): void {
  state.webhooks.emit('customer.updated', merchantCustomer(customer));
  state.webhooks.emit(`payment_method.${change}`, serializePaymentMethod(method));
}

/**
 * A card Stripe stored while paying an order (a card typed for a retry): Polar's upsert sends no
 * event and leaves the customer as it was, so only the mock's own `payment_method.created`.
 */
export const paymentMethodSaved = (state: MockState, method: PaymentMethodRow) =>
  state.webhooks.emit('payment_method.created', serializePaymentMethod(method));

export const seatChanged = (
  state: MockState,
  seat: SeatRow,
  change: 'assigned' | 'claimed' | 'revoked',
) => state.webhooks.emit(`customer_seat.${change}`, seatPayload(state.db, seat));

export const memberChanged = (
  state: MockState,
  member: MemberRow,
  change: 'created' | 'updated' | 'deleted',
) => state.webhooks.emit(`member.${change}`, memberPayload(member));

export const grantUpdated = (state: MockState, grant: BenefitGrantRow) =>
  state.webhooks.emit('benefit_grant.updated', serializeGrant(state.db, grant));

/** A grant given (again) or taken away with its subscription (`BenefitGrantService._send_webhook`). */
export const grantChanged = (
  state: MockState,
  grant: BenefitGrantRow,
  change: 'created' | 'revoked',
) => state.webhooks.emit(`benefit_grant.${change}`, serializeGrant(state.db, grant));
