import type { ReactiveControllerHost } from 'lit';
import type { PortalClient } from '../api/client.js';
import type { CustomerOrganization } from '../api/types.js';
import { knownOrganization } from '../session/organization-lookup.js';
import type { PortalSession } from '../session/session.js';
import { ResourceController } from './resource-controller.js';

/**
 * The switches the organization sets for its portal (`customer_portal_settings`, Polar's `models/organization.py`):
 * whether usage is shown, whether customers may change their email. Polar serves them with the
 * organization, which the portal API finds by slug only (`GET organizations/{slug}`). An
 * element given `organization="slug"` already looked it up (organization-lookup.ts), and that
 * answer is used; otherwise the slug is read from the customer's first subscription or benefit,
 * each of which names its organization. A customer with neither gets Polar's defaults.
 */
async function loadOrganization(client: PortalClient): Promise<CustomerOrganization | null> {
  const subscriptions = await client.listSubscriptions({ limit: 1 });
  let slug = subscriptions.items[0]?.product.organization.slug;
  if (!slug)
    slug = (await client.listBenefitGrants({ limit: 1 })).items[0]?.benefit.organization.slug;
  return slug ? (await client.organization(slug)).organization : null;
}

export class OrganizationSettings {
  private readonly organization: ResourceController<[], CustomerOrganization | null>;

  constructor(host: ReactiveControllerHost, session: () => PortalSession | null) {
    this.organization = new ResourceController(host, {
      session,
      kind: 'organization',
      load: (client) => {
        const current = session();
        const known = current && knownOrganization(current.apiBase, current.organizationId);
        return known ? Promise.resolve(known.organization) : loadOrganization(client);
      },
    });
  }

  /** Known once the organization was read (or found to be unknowable). */
  get loaded(): boolean {
    return this.organization.state?.status === 'complete';
  }

  private get settings() {
    return this.organization.value?.customer_portal_settings;
  }

  /** `usage.show`: Polar's default is on. */
  get usageShown(): boolean {
    return this.settings?.usage?.show ?? true;
  }

  /** `customer.allow_email_change`: Polar's default is off. */
  get emailChangeAllowed(): boolean {
    return this.settings?.customer?.allow_email_change ?? false;
  }
}
