import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { CustomerPortal as CustomerPortalElement } from '../elements/customer-portal/define.js';
import { PortalBenefits as PortalBenefitsElement } from '../elements/portal-benefits/define.js';
import { PortalCustomer as PortalCustomerElement } from '../elements/portal-customer/define.js';
import { PortalLogin as PortalLoginElement } from '../elements/portal-login/define.js';
import { PortalOrders as PortalOrdersElement } from '../elements/portal-orders/define.js';
import { PortalSeats as PortalSeatsElement } from '../elements/portal-seats/define.js';
import { PortalSubscriptions as PortalSubscriptionsElement } from '../elements/portal-subscriptions/define.js';
import type {
  PortalBenefitClaimedEvent,
  PortalLicenseKeyDeactivatedEvent,
} from '../events/benefit-events.js';
import type {
  PortalCustomerUpdatedEvent,
  PortalPaymentMethodAddedEvent,
  PortalPaymentMethodDefaultChangedEvent,
  PortalPaymentMethodRemovedEvent,
} from '../events/customer-events.js';
import type {
  PortalInvoiceGeneratedEvent,
  PortalOrderPaidEvent,
  PortalOrderUpdatedEvent,
} from '../events/order-events.js';
import type { PortalSeatAssignedEvent, PortalSeatRevokedEvent } from '../events/seat-events.js';
import type {
  PortalSessionExpiredEvent,
  PortalSignedInEvent,
  PortalSignedOutEvent,
} from '../events/session-events.js';
import type {
  PortalSubscriptionCanceledEvent,
  PortalSubscriptionUncanceledEvent,
  PortalSubscriptionUpdatedEvent,
} from '../events/subscription-events.js';

/**
 * React wrappers (`portal-elements/react`): typed props for every property, and the elements'
 * events as `onSignedIn`-style callbacks. Importing this defines the elements.
 */

const sessionEvents = {
  onSignedIn: 'portal-signed-in' as EventName<PortalSignedInEvent>,
  onSignedOut: 'portal-signed-out' as EventName<PortalSignedOutEvent>,
  onSessionExpired: 'portal-session-expired' as EventName<PortalSessionExpiredEvent>,
};

const subscriptionEvents = {
  onSubscriptionCanceled:
    'portal-subscription-canceled' as EventName<PortalSubscriptionCanceledEvent>,
  onSubscriptionUncanceled:
    'portal-subscription-uncanceled' as EventName<PortalSubscriptionUncanceledEvent>,
  onSubscriptionUpdated: 'portal-subscription-updated' as EventName<PortalSubscriptionUpdatedEvent>,
};

const seatEvents = {
  onSeatAssigned: 'portal-seat-assigned' as EventName<PortalSeatAssignedEvent>,
  onSeatRevoked: 'portal-seat-revoked' as EventName<PortalSeatRevokedEvent>,
};

const orderEvents = {
  onOrderUpdated: 'portal-order-updated' as EventName<PortalOrderUpdatedEvent>,
  onInvoiceGenerated: 'portal-invoice-generated' as EventName<PortalInvoiceGeneratedEvent>,
  onOrderPaid: 'portal-order-paid' as EventName<PortalOrderPaidEvent>,
};

const customerEvents = {
  onCustomerUpdated: 'portal-customer-updated' as EventName<PortalCustomerUpdatedEvent>,
  onPaymentMethodAdded: 'portal-payment-method-added' as EventName<PortalPaymentMethodAddedEvent>,
  onPaymentMethodRemoved:
    'portal-payment-method-removed' as EventName<PortalPaymentMethodRemovedEvent>,
  onPaymentMethodDefaultChanged:
    'portal-payment-method-default-changed' as EventName<PortalPaymentMethodDefaultChangedEvent>,
};

const benefitEvents = {
  onLicenseKeyDeactivated:
    'portal-license-key-deactivated' as EventName<PortalLicenseKeyDeactivatedEvent>,
  onBenefitClaimed: 'portal-benefit-claimed' as EventName<PortalBenefitClaimedEvent>,
};

export const PortalLogin = createComponent({
  tagName: 'portal-login',
  elementClass: PortalLoginElement,
  react: React,
  events: sessionEvents,
  displayName: 'PortalLogin',
});

export const PortalSubscriptions = createComponent({
  tagName: 'portal-subscriptions',
  elementClass: PortalSubscriptionsElement,
  react: React,
  events: subscriptionEvents,
  displayName: 'PortalSubscriptions',
});

export const PortalSeats = createComponent({
  tagName: 'portal-seats',
  elementClass: PortalSeatsElement,
  react: React,
  events: seatEvents,
  displayName: 'PortalSeats',
});

export const PortalOrders = createComponent({
  tagName: 'portal-orders',
  elementClass: PortalOrdersElement,
  react: React,
  events: orderEvents,
  displayName: 'PortalOrders',
});

export const PortalCustomer = createComponent({
  tagName: 'portal-customer',
  elementClass: PortalCustomerElement,
  react: React,
  events: customerEvents,
  displayName: 'PortalCustomer',
});

export const PortalBenefits = createComponent({
  tagName: 'portal-benefits',
  elementClass: PortalBenefitsElement,
  react: React,
  events: benefitEvents,
  displayName: 'PortalBenefits',
});

/** The all-in-one: the sign-in's events and every view's, which bubble out of it. */
export const CustomerPortal = createComponent({
  tagName: 'customer-portal',
  elementClass: CustomerPortalElement,
  react: React,
  events: {
    ...sessionEvents,
    ...subscriptionEvents,
    ...seatEvents,
    ...orderEvents,
    ...customerEvents,
    ...benefitEvents,
  },
  displayName: 'CustomerPortal',
});
