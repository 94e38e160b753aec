import type { OrganizationRow } from '../db/rows.js';
import type { MockState } from '../state.js';

/** The merchant's settings the portal obeys, as a dashboard would change them. */
export interface OrganizationSettings {
  /** `subscription_settings.proration_behavior`; `reset` only behind Polar's feature flag. */
  proration_behavior?: OrganizationRow['proration_behavior'];
  /** `subscription_settings.benefit_revocation_grace_period`, in days. */
  benefit_revocation_grace_period?: number;
  /** `customer_portal_settings.subscription`: which changes customers may make themselves. */
  subscription?: Partial<OrganizationRow['customer_portal_settings']['subscription']>;
}

/** Changes an organization's settings (the dev route's switch; Polar's dashboard in real life). */
export function updateOrganizationSettings(
  state: MockState,
  org: OrganizationRow,
  settings: OrganizationSettings,
): OrganizationRow {
  const portal = org.customer_portal_settings;
  return state.db.organizations.update(org, {
    ...(settings.proration_behavior && { proration_behavior: settings.proration_behavior }),
    ...(settings.benefit_revocation_grace_period !== undefined && {
      benefit_revocation_grace_period: settings.benefit_revocation_grace_period,
    }),
    ...(settings.subscription && {
      customer_portal_settings: {
        ...portal,
        subscription: { ...portal.subscription, ...settings.subscription },
      },
    }),
  });
}
