import { html, nothing, type TemplateResult } from 'lit';
import { PortalApiError } from '../api/errors.js';
import type { PortalLocalize } from './localize.js';

/**
 * The states every resource element shares, so they look and read the same: loading, load
 * error with retry, and page navigation. Styles for them are in `states` (styles.ts).
 */

/** Network and rate-limit failures read the same everywhere; `null` for the others. */
function transportProblem(t: PortalLocalize, error: unknown): string | null {
  if (!(error instanceof PortalApiError)) return null;
  if (error.isNetworkError) return t.term('errorNetwork');
  // Polar's CORS does not let the page read `Retry-After`: a wait is named only when known.
  if (error.isRateLimited) {
    return error.retryAfter === null
      ? t.term('errorRateLimitedWait')
      : t.term('errorRateLimited', Math.max(1, Math.ceil(error.retryAfter / 60)));
  }
  if (error.status === 403 && typeof error.detail !== 'string') return t.term('errorForbidden');
  return null;
}

/** A failure whose message is already a sentence for the customer, in their language. */
export class CustomerFacingError extends Error {}

/**
 * A readable sentence for a failed action: network, rate limit, the payment retry limit, the
 * API's own sentence for a
 * refusal (a 4xx `detail` is written for customers, so it is shown as is), else a generic one.
 */
export function describeError(t: PortalLocalize, error: unknown): string {
  const refusal =
    error instanceof PortalApiError &&
    error.status >= 400 &&
    error.status < 500 &&
    typeof error.detail === 'string'
      ? error.detail
      : null;
  if (error instanceof CustomerFacingError) return error.message;
  // A 429 that waiting does not lift: the order's payment retries are used up, for good. Only
  // paying an order meets it, and the orders element registers these words.
  if (error instanceof PortalApiError && error.error === 'ManualRetryLimitExceeded')
    return t.term('retryLimitReached');
  return (
    transportProblem(t, error) ??
    refusal ??
    t.term('errorGeneric', error instanceof Error ? error.message : String(error))
  );
}

/** Skeleton rows, announced to screen readers by `label`. */
export function renderLoading(label: string, rows = 2): TemplateResult {
  return html`<div aria-busy="true" part="loading">
    <p class="visually-hidden" role="status">${label}</p>
    ${Array.from({ length: rows }, () => html`<div class="skeleton"></div>`)}
  </div>`;
}

/** A load failure with its reason and a retry button. */
export function renderLoadError(
  t: PortalLocalize,
  error: unknown,
  retry: () => unknown,
): TemplateResult {
  return html`<div part="error">
    <p class="error" role="alert">
      ${
        transportProblem(t, error) ??
        t.term('loadFailed', error instanceof Error ? error.message : String(error))
      }
    </p>
    <button type="button" @click=${() => void retry()}>${t.term('retry')}</button>
  </div>`;
}

/** Previous / next over the API's `pagination.max_page`; nothing when there is one page. */
export function renderPagination(
  t: PortalLocalize,
  page: number,
  pages: number,
  go: (page: number) => void,
): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  return html`<nav part="pagination" aria-label=${t.term('pagination')}>
    <button type="button" class="secondary" ?disabled=${page <= 1} @click=${() => go(page - 1)}>
      ${t.term('previousPage')}
    </button>
    <span aria-live="polite">${t.term('pageOf', page, pages)}</span>
    <button type="button" class="secondary" ?disabled=${page >= pages} @click=${() => go(page + 1)}>
      ${t.term('nextPage')}
    </button>
  </nav>`;
}
