import { PortalClient } from '../api/client.js';
import { PortalApiError } from '../api/errors.js';
import type { CustomerOrganizationData } from '../api/types.js';

/**
 * Finds an organization by its slug (`organization="acme"`, as in polar.sh/acme/portal) with
 * the portal's public `GET organizations/{slug}`, once per API and slug for the whole page:
 * every element given the same slug waits on, and then reads, the same lookup. A found
 * organization is kept for the page; a failed lookup is not, so retrying, or another element
 * asking, looks again.
 */

export type OrganizationLookupStatus = 'pending' | 'found' | 'unknown' | 'failed';

/**
 * What a Polar slug can be: Polar makes them with `slugify` (lowercase letters, digits, hyphens;
 * `kit/schemas.py` `SlugValidator`, 64 at most); upper case and `_` are let through for slugs
 * older than that rule. Anything else cannot name an organization, so it is not sent at all.
 */
const SLUG = /^[A-Za-z0-9_-]{1,100}$/;

export class OrganizationLookup extends EventTarget {
  status: OrganizationLookupStatus = 'pending';
  data: CustomerOrganizationData | null = null;
  /** Why a lookup `failed` (network, rate limit, 5xx); null otherwise. */
  error: unknown = null;
  private readonly client: PortalClient;

  constructor(
    readonly apiBase: string,
    readonly slug: string,
  ) {
    super();
    this.client = new PortalClient({ baseUrl: apiBase });
    this.load();
  }

  get organizationId(): string | null {
    return this.data?.organization.id ?? null;
  }

  /** Looks again after a failure (the retry button, or another element asking). */
  retry(): void {
    if (this.status === 'unknown' || this.status === 'failed') this.load();
  }

  private load(): void {
    if (!SLUG.test(this.slug)) return this.settle('unknown', null, null);
    this.settle('pending', null, null);
    this.client.organization(this.slug).then(
      (data) => this.settle('found', data, null),
      // Polar answers 404 for a slug it does not know (and Starlette's 404 for one with a `/`).
      (error: unknown) =>
        error instanceof PortalApiError && error.status === 404
          ? this.settle('unknown', null, null)
          : this.settle('failed', null, error),
    );
  }

  private settle(status: OrganizationLookupStatus, data: typeof this.data, error: unknown): void {
    this.status = status;
    this.data = data;
    this.error = error;
    this.dispatchEvent(new Event('change'));
  }
}

const lookups = new Map<string, OrganizationLookup>();

/** The page's lookup of `slug` on `apiBase` (already resolved), started on first use. */
export function lookupOrganization(apiBase: string, slug: string): OrganizationLookup {
  const key = `${apiBase}|${slug}`;
  let lookup = lookups.get(key);
  if (!lookup) {
    lookup = new OrganizationLookup(apiBase, slug);
    lookups.set(key, lookup);
  } else lookup.retry();
  return lookup;
}

/** An organization this page already found by slug, by its id: no second request for it. */
export function knownOrganization(
  apiBase: string,
  organizationId: string,
): CustomerOrganizationData | null {
  for (const lookup of lookups.values())
    if (lookup.apiBase === apiBase && lookup.organizationId === organizationId) return lookup.data;
  return null;
}

/** Forgets every lookup of the page (tests). */
export function resetOrganizationLookups(): void {
  lookups.clear();
}
