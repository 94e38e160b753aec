import { PortalClient } from '../api/client.js';
import { PortalApiError } from '../api/errors.js';
import type { CustomerOrganizationData } from '../api/types.js';

/**
 * Finds an organization by its slug (`organization="acme"`, as in polar.sh/acme/portal) with
 * the portal's public `GET organizations/{slug}`, once per API and slug for the whole page:
 * every element given the same slug waits on, and then reads, the same lookup, and a retry
 * from any of them looks again for all of them.
 */

/**
 * What a Polar slug can be: Polar makes them with `slugify` (lowercase letters, digits, hyphens;
 * `kit/schemas.py` `SlugValidator`, 64 at most); upper case and `_` are let through for slugs
 * older than that rule. Anything else cannot name an organization, so it is not sent at all.
 */
const SLUG = /^[\w-]{1,100}$/;

export class OrganizationLookup extends EventTarget {
  status: 'pending' | 'found' | 'unknown' | 'failed' = 'pending';
  data: CustomerOrganizationData | null = null;
  /** Why the lookup `failed` (network, rate limit, 5xx). */
  error: unknown = null;
  private looking = false;

  constructor(
    readonly apiBase: string,
    readonly slug: string,
  ) {
    super();
    this.retry();
  }

  get organizationId(): string | undefined {
    return this.data?.organization.id;
  }

  /** Looks: at first, and again after a failure (the retry button); never twice at once. */
  retry(): void {
    if (this.data || this.looking) return;
    if (!SLUG.test(this.slug)) return this.settle('unknown');
    this.settle('pending');
    new PortalClient({ baseUrl: this.apiBase }).organization(this.slug).then(
      (data) => {
        this.data = data;
        this.settle('found');
      },
      // Polar answers 404 for a slug it does not know (and Starlette's 404 for one with a `/`).
      (error: unknown) => {
        this.error = error;
        this.settle(error instanceof PortalApiError && error.status === 404 ? 'unknown' : 'failed');
      },
    );
  }

  private settle(status: OrganizationLookup['status']): void {
    this.looking = status === 'pending';
    this.status = status;
    this.dispatchEvent(new Event('change'));
  }
}

const lookups = new Map<string, OrganizationLookup>();

/** The page's lookup of `slug` on `apiBase` (already resolved), started on first use. */
export function lookupOrganization(apiBase: string, slug: string): OrganizationLookup {
  const key = `${apiBase}|${slug}`;
  let lookup = lookups.get(key);
  if (!lookup) lookups.set(key, (lookup = new OrganizationLookup(apiBase, slug)));
  return lookup;
}

/** An organization this page already found by slug, by its id: no second request for it. */
export const knownOrganization = (apiBase: string, organizationId: string) =>
  [...lookups.values()].find((l) => l.apiBase === apiBase && l.organizationId === organizationId)
    ?.data;

/** Forgets every lookup of the page (tests). */
export const resetOrganizationLookups = () => lookups.clear();
