import type { CustomerBenefitGrant } from '../api/types.js';

/** Fired when a license key activation was deactivated (a device freed). */
export class PortalLicenseKeyDeactivatedEvent extends CustomEvent<{
  licenseKeyId: string;
  activationId: string;
}> {
  constructor(licenseKeyId: string, activationId: string) {
    super('portal-license-key-deactivated', {
      detail: { licenseKeyId, activationId },
      bubbles: true,
      composed: true,
    });
  }
}

/** Fired when a GitHub or Discord benefit was claimed with a connected account. */
export class PortalBenefitClaimedEvent extends CustomEvent<CustomerBenefitGrant> {
  constructor(grant: CustomerBenefitGrant) {
    super('portal-benefit-claimed', { detail: grant, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-license-key-deactivated': PortalLicenseKeyDeactivatedEvent;
    'portal-benefit-claimed': PortalBenefitClaimedEvent;
  }
}
