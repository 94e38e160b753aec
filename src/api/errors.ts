import type { ValidationErrorItem } from './types.js';

/** A customer to choose from when one email has several (the 409 of the sign-in request). */
export interface CustomerChoice {
  id: string;
  name: string | null;
}

/**
 * Every failed call to the Customer Portal API, one shape: the HTTP status (0 when the network
 * failed), the body's `error` name and its `detail` (a text, or the 422 list).
 */
export class PortalApiError extends Error {
  override readonly name = 'PortalApiError';

  constructor(
    readonly status: number,
    readonly error: string | null,
    readonly detail: string | ValidationErrorItem[] | null,
    /**
     * Seconds to wait before trying again, from `Retry-After` (429), where the page may read it:
     * Polar's CORS exposes only `Polar-Version`, so from `api.polar.sh` on a merchant's page this
     * is null; a same-origin proxy may pass it on.
     */
    readonly retryAfter: number | null = null,
    /** The customers of a 409 `customer_selection_required`. */
    readonly customers: CustomerChoice[] = [],
  ) {
    super(describe(status, error, detail, retryAfter));
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  /**
   * Polar's rate limiter refused the call (`server/polar/rate_limit.py`): a 429 with an empty
   * body. A 429 with an error name is a refusal that waiting does not lift, such as
   * `ManualRetryLimitExceeded` (the payment retries of an order are used up).
   */
  get isRateLimited(): boolean {
    return this.status === 429 && this.error === null;
  }

  /** The field-level messages of a 422, keyed by the field's name (its last `loc` part). */
  get fieldErrors(): Record<string, string> {
    if (!Array.isArray(this.detail)) return {};
    return Object.fromEntries(this.detail.map((item) => [String(item.loc.at(-1)), item.msg]));
  }

  static network(cause: unknown): PortalApiError {
    const error = new PortalApiError(0, 'NetworkError', 'The network request failed.');
    (error as { cause?: unknown }).cause = cause;
    return error;
  }

  /** Reads an error answer: Polar's envelope, the OAuth2 shape, or an empty 429. */
  static async fromResponse(response: Response): Promise<PortalApiError> {
    const retryAfter = Number(response.headers.get('retry-after')) || null;
    let body: Record<string, unknown> = {};
    try {
      const text = await response.text();
      if (text) body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // Not JSON (a proxy's HTML page, say): the status alone has to do.
    }
    const error = typeof body.error === 'string' ? body.error : null;
    const detail =
      typeof body.detail === 'string' || Array.isArray(body.detail)
        ? (body.detail as string | ValidationErrorItem[])
        : typeof body.error_description === 'string'
          ? body.error_description
          : null;
    const customers = Array.isArray(body.customers) ? (body.customers as CustomerChoice[]) : [];
    return new PortalApiError(response.status, error, detail, retryAfter, customers);
  }
}

function describe(
  status: number,
  error: string | null,
  detail: string | ValidationErrorItem[] | null,
  retryAfter: number | null,
): string {
  if (status === 0) return 'The network request failed.';
  if (status === 429 && error === null) {
    return retryAfter
      ? `Too many requests. Try again in ${retryAfter} seconds.`
      : 'Too many requests.';
  }
  if (Array.isArray(detail)) return detail.map((item) => item.msg).join(' ');
  return detail ?? error ?? `The request failed (${status}).`;
}
