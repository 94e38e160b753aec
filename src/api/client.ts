import { PortalApiError } from './errors.js';
import type {
  CustomerBenefitGrant,
  CustomerBenefitGrantUpdate,
  CustomerCustomerMeter,
  CustomerCustomerSession,
  CustomerOrder,
  CustomerOrderConfirmPayment,
  CustomerOrderInvoice,
  CustomerOrderPaymentConfirmation,
  CustomerOrderPaymentStatus,
  CustomerOrderUpdate,
  CustomerOrganizationData,
  CustomerPaymentMethodCreate,
  CustomerPaymentMethodCreateResponse,
  CustomerPortalCustomer,
  CustomerPortalCustomerUpdate,
  CustomerPortalMember,
  CustomerPortalMemberCreate,
  CustomerPortalMemberUpdate,
  CustomerSeat,
  CustomerSeatAssign,
  CustomerSessionCodeRequest,
  CustomerSubscription,
  CustomerSubscriptionUpdate,
  CustomerCancellationReason,
  CustomerWallet,
  LicenseKeyRead,
  LicenseKeyWithActivations,
  ListResourceCustomerBenefitGrant,
  ListResourceCustomerCustomerMeter,
  ListResourceCustomerOrder,
  ListResourceCustomerPaymentMethod,
  ListResourceCustomerPortalMember,
  ListResourceCustomerSubscription,
  ListResourceCustomerWallet,
  ListResourceDownloadableRead,
  ListResourceLicenseKeyRead,
  PortalAuthenticatedUser,
  SeatsList,
  SubscriptionChargePreview,
} from './types.js';

/**
 * The typed client of Polar's Customer Portal API: the one place in `src/` that knows URLs.
 * GETs retry on network failures and on the rate limiter's 429s with a bounded backoff; writes
 * never retry by themselves. A 401 on a call that carried a session tells `onUnauthorized`.
 */

export const POLAR_API_BASE = 'https://api.polar.sh';
export const POLAR_SANDBOX_API_BASE = 'https://sandbox-api.polar.sh';
const PORTAL = '/v1/customer-portal';

/** `api-base` wins; then `sandbox`; else Polar's production API. */
export function resolveApiBase(apiBase: string | null | undefined, sandbox = false): string {
  const base = apiBase?.trim() || (sandbox ? POLAR_SANDBOX_API_BASE : POLAR_API_BASE);
  return base.replace(/\/+$/, '');
}

/**
 * `value` as one path segment. `encodeURIComponent` leaves `.` alone, and URLs resolve a `.` or
 * `..` segment against the path (`organizations/..` is another route); those and the empty
 * segment (the route without its parameter) are refused before any request. (`%2e` is safe:
 * its `%` is encoded.)
 */
export function pathSegment(value: string): string {
  if (/^\.{0,2}$/.test(value)) throw new PortalApiError(404, null, null);
  return encodeURIComponent(value);
}

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** The first wait after a network failure; doubled for each one after. */
  baseDelayMs: number;
  /**
   * The first wait after a 429; doubled for each one after, and up to half as long again at
   * random, so pages that were limited together do not come back together. Polar's limiter
   * does not let a page read how long it blocks (`Retry-After` is not exposed by its CORS).
   */
  rateLimitDelayMs: number;
  /** No wait is longer: a readable `Retry-After` beyond it sends the error to the caller. */
  maxDelayMs: number;
}

export interface PortalClientOptions {
  baseUrl: string;
  /** The current session token, or null when signed out. Never put in a URL. */
  getToken?: () => string | null;
  /** Called when a call that carried a session answers 401: the session is over. */
  onUnauthorized?: () => void;
  retry?: Partial<RetryPolicy>;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1) for the jitter of the 429 backoff (tests make it fixed). */
  random?: () => number;
}

export type QueryValue = string | number | boolean | readonly string[] | null | undefined;
/** The body of `POST subscriptions/{id}/revoke` (Polar's `CustomerSubscriptionRevoke`). */
export interface CustomerSubscriptionRevoke {
  cancellation_reason?: CustomerCancellationReason | null;
  cancellation_comment?: string | null;
}

export interface ListQuery {
  page?: number;
  limit?: number;
  sorting?: readonly string[];
  [filter: string]: QueryValue;
}

interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Send the session token (every portal call but sign-in and the public ones). */
  auth?: boolean;
  signal?: AbortSignal;
}

const DEFAULT_RETRY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 300,
  rateLimitDelayMs: 1_000,
  maxDelayMs: 5_000,
};

export class PortalClient {
  readonly baseUrl: string;
  private readonly retry: RetryPolicy;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly options: PortalClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  /** One call. Answers the parsed JSON body (`undefined` for an empty one). */
  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const url = new URL(this.baseUrl + PORTAL + path);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value === undefined || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value])
        url.searchParams.append(key, String(item));
    }
    const headers: Record<string, string> = { accept: 'application/json' };
    const token = options.auth === false ? null : (this.options.getToken?.() ?? null);
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const init: RequestInit = {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    };

    const attempts = method === 'GET' ? this.retry.attempts : 1;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await this.fetchImpl(url, init);
      } catch (cause) {
        if (options.signal?.aborted) throw cause; // the caller gave up: not ours to report
        if (attempt < attempts) {
          await this.sleep(this.backoff(attempt));
          continue;
        }
        throw PortalApiError.network(cause);
      }
      if (response.ok) {
        const text = await response.text();
        return (text ? JSON.parse(text) : undefined) as T;
      }
      const error = await PortalApiError.fromResponse(response);
      if (error.status === 401 && token) this.options.onUnauthorized?.();
      const wait = error.isRateLimited ? this.rateLimitBackoff(attempt, error.retryAfter) : null;
      if (wait !== null && attempt < attempts && wait <= this.retry.maxDelayMs) {
        await this.sleep(wait);
        continue;
      }
      throw error;
    }
  }

  private backoff(attempt: number): number {
    return Math.min(this.retry.baseDelayMs * 2 ** (attempt - 1), this.retry.maxDelayMs);
  }

  /**
   * The wait after the `attempt`th 429: exponential with jitter, capped; never shorter than a
   * wait the answer let us read (which may be past the cap: then the caller gets the error).
   */
  private rateLimitBackoff(attempt: number, retryAfter: number | null): number {
    const step = this.retry.rateLimitDelayMs * 2 ** (attempt - 1) * (1 + this.random() / 2);
    return Math.max(Math.round(Math.min(step, this.retry.maxDelayMs)), (retryAfter ?? 0) * 1000);
  }

  // Sign-in (private endpoints of Polar's API).
  requestCode = (body: CustomerSessionCodeRequest) =>
    this.request<null>('POST', '/customer-session/request', { body, auth: false });
  authenticate = (code: string) =>
    this.request<{ token: string }>('POST', '/customer-session/authenticate', {
      body: { code },
      auth: false,
    });
  introspect = () => this.request<CustomerCustomerSession>('GET', '/customer-session/introspect');
  authenticatedUser = () => this.request<PortalAuthenticatedUser>('GET', '/customer-session/user');

  // Organization (public).
  // Async, so a refused slug is a rejection like any failed call.
  organization = async (slug: string) =>
    this.request<CustomerOrganizationData>('GET', `/organizations/${pathSegment(slug)}`, {
      auth: false,
    });

  // Subscriptions.
  listSubscriptions = (query: ListQuery = {}, signal?: AbortSignal) =>
    this.request<ListResourceCustomerSubscription>('GET', '/subscriptions/', { query, signal });
  getSubscription = (id: string) =>
    this.request<CustomerSubscription>('GET', `/subscriptions/${encodeURIComponent(id)}`);
  updateSubscription = (id: string, body: CustomerSubscriptionUpdate) =>
    this.request<CustomerSubscription>('PATCH', `/subscriptions/${encodeURIComponent(id)}`, {
      body,
    });
  cancelSubscription = (id: string) =>
    this.request<CustomerSubscription>('DELETE', `/subscriptions/${encodeURIComponent(id)}`);
  chargePreview = (id: string) =>
    this.request<SubscriptionChargePreview>(
      'GET',
      `/subscriptions/${encodeURIComponent(id)}/charge-preview`,
    );
  /** Ends a past-due subscription now (Polar allows it only when that stops collection). */
  revokeSubscription = (id: string, body: CustomerSubscriptionRevoke) =>
    this.request<CustomerSubscription>('POST', `/subscriptions/${encodeURIComponent(id)}/revoke`, {
      body,
    });
  cancelPreview = (id: string) =>
    this.request<{ stops_collection: boolean; outstanding_amount: number | null }>(
      'GET',
      `/subscriptions/${encodeURIComponent(id)}/cancel-preview`,
    );
  changePreview = (id: string, body: { product_id: string } | { seats: number }) =>
    this.request<SubscriptionChargePreview>(
      'POST',
      `/subscriptions/${encodeURIComponent(id)}/change-preview`,
      {
        body,
      },
    );

  // Orders.
  listOrders = (query: ListQuery = {}) =>
    this.request<ListResourceCustomerOrder>('GET', '/orders/', { query });
  getOrder = (id: string) =>
    this.request<CustomerOrder>('GET', `/orders/${encodeURIComponent(id)}`);
  updateOrder = (id: string, body: CustomerOrderUpdate) =>
    this.request<CustomerOrder>('PATCH', `/orders/${encodeURIComponent(id)}`, { body });
  generateInvoice = (id: string) =>
    this.request<null>('POST', `/orders/${encodeURIComponent(id)}/invoice`);
  getInvoice = (id: string) =>
    this.request<CustomerOrderInvoice>('GET', `/orders/${encodeURIComponent(id)}/invoice`);
  getReceipt = (id: string) =>
    this.request<CustomerOrderInvoice | undefined>(
      'GET',
      `/orders/${encodeURIComponent(id)}/receipt`,
    );
  paymentStatus = (id: string) =>
    this.request<CustomerOrderPaymentStatus>(
      'GET',
      `/orders/${encodeURIComponent(id)}/payment-status`,
    );
  retryPayment = (id: string, body: CustomerOrderConfirmPayment) =>
    this.request<CustomerOrderPaymentConfirmation>(
      'POST',
      `/orders/${encodeURIComponent(id)}/confirm-payment`,
      {
        body,
      },
    );

  // The customer.
  getCustomer = () => this.request<CustomerPortalCustomer>('GET', '/customers/me');
  updateCustomer = (body: CustomerPortalCustomerUpdate) =>
    this.request<CustomerPortalCustomer>('PATCH', '/customers/me', { body });
  listPaymentMethods = (query: ListQuery = {}) =>
    this.request<ListResourceCustomerPaymentMethod>('GET', '/customers/me/payment-methods', {
      query,
    });
  addPaymentMethod = (body: CustomerPaymentMethodCreate) =>
    this.request<CustomerPaymentMethodCreateResponse>('POST', '/customers/me/payment-methods', {
      body,
    });
  confirmPaymentMethod = (body: { setup_intent_id: string; set_default: boolean }) =>
    this.request<CustomerPaymentMethodCreateResponse>(
      'POST',
      '/customers/me/payment-methods/confirm',
      { body },
    );
  deletePaymentMethod = (id: string) =>
    this.request<undefined>('DELETE', `/customers/me/payment-methods/${encodeURIComponent(id)}`);
  requestEmailUpdate = (email: string) =>
    this.request<null>('POST', '/customers/me/email-update/request', { body: { email } });

  // Benefits.
  listBenefitGrants = (query: ListQuery = {}) =>
    this.request<ListResourceCustomerBenefitGrant>('GET', '/benefit-grants/', { query });
  getBenefitGrant = (id: string) =>
    this.request<CustomerBenefitGrant>('GET', `/benefit-grants/${encodeURIComponent(id)}`);
  updateBenefitGrant = (id: string, body: CustomerBenefitGrantUpdate) =>
    this.request<CustomerBenefitGrant>('PATCH', `/benefit-grants/${encodeURIComponent(id)}`, {
      body,
    });
  listLicenseKeys = (query: ListQuery = {}) =>
    this.request<ListResourceLicenseKeyRead>('GET', '/license-keys/', { query });
  getLicenseKey = (id: string) =>
    this.request<LicenseKeyWithActivations>('GET', `/license-keys/${encodeURIComponent(id)}`);
  rotateLicenseKey = (id: string) =>
    this.request<LicenseKeyRead>('POST', `/license-keys/${encodeURIComponent(id)}/rotate`);
  deactivateLicenseKey = (body: { key: string; organization_id: string; activation_id: string }) =>
    this.request<undefined>('POST', '/license-keys/deactivate', { body, auth: false });
  listDownloadables = (query: ListQuery = {}) =>
    this.request<ListResourceDownloadableRead>('GET', '/downloadables/', { query });
  /**
   * Polar's authorize URL for connecting an account. Without `returnTo`, Polar ends the flow on
   * its own front end (it replaces any `return_to` on another host with that page anyway).
   */
  authorizeOAuthAccount = (platform: 'github' | 'discord', returnTo?: string) =>
    this.request<{ url: string }>('GET', '/oauth-accounts/authorize', {
      query: { platform, return_to: returnTo },
    });

  // Seats and members.
  listSeats = (subscriptionId: string) =>
    this.request<SeatsList>('GET', '/seats', { query: { subscription_id: subscriptionId } });
  assignSeat = (body: CustomerSeatAssign) => this.request<CustomerSeat>('POST', '/seats', { body });
  revokeSeat = (id: string) =>
    this.request<CustomerSeat>('DELETE', `/seats/${encodeURIComponent(id)}`);
  resendSeatInvitation = (id: string) =>
    this.request<CustomerSeat>('POST', `/seats/${encodeURIComponent(id)}/resend`);
  listMembers = (query: ListQuery = {}) =>
    this.request<ListResourceCustomerPortalMember>('GET', '/members', { query });
  addMember = (body: CustomerPortalMemberCreate) =>
    this.request<CustomerPortalMember>('POST', '/members', { body });
  updateMember = (id: string, body: CustomerPortalMemberUpdate) =>
    this.request<CustomerPortalMember>('PATCH', `/members/${encodeURIComponent(id)}`, { body });
  removeMember = (id: string) =>
    this.request<undefined>('DELETE', `/members/${encodeURIComponent(id)}`);

  // Usage and balances.
  listMeters = (query: ListQuery = {}) =>
    this.request<ListResourceCustomerCustomerMeter>('GET', '/meters/', { query });
  getMeter = (id: string) =>
    this.request<CustomerCustomerMeter>('GET', `/meters/${encodeURIComponent(id)}`);
  listWallets = (query: ListQuery = {}) =>
    this.request<ListResourceCustomerWallet>('GET', '/wallets/', { query });
  getWallet = (id: string) =>
    this.request<CustomerWallet>('GET', `/wallets/${encodeURIComponent(id)}`);
}
