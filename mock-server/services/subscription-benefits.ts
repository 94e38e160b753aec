import type { BenefitGrantRow, SubscriptionRow } from '../db/rows.js';
import type { MockState } from '../state.js';
import { grantChanged } from '../webhooks/emit.js';

/**
 * A subscription's benefits leaving and coming back with it (`svc` `enqueue_benefits_grants`:
 * revoke unless the subscription is active or trialing, grant when it is again), for a pause
 * and its resume. Each grant as `BenefitGrant.set_revoked` / `set_granted` leaves it, with its
 * webhook; a license key is revoked with its grant and granted again (`license_key/service.py`
 * `customer_revoke`, `customer_grant`).
 */

function setLicenseKey(state: MockState, grant: BenefitGrantRow, status: 'granted' | 'revoked') {
  const id = grant.properties.license_key_id;
  const key = typeof id === 'string' ? state.db.licenseKeys.get(id) : undefined;
  if (key && key.status !== status) state.db.licenseKeys.update(key, { status });
}

const grantsOf = (state: MockState, row: SubscriptionRow) =>
  state.db.grants.filter((g) => g.subscription_id === row.id);

/** Takes away, as of `at`, the subscription's benefits that are not revoked. */
export function revokeSubscriptionBenefits(
  state: MockState,
  row: SubscriptionRow,
  at: string,
): void {
  for (const grant of grantsOf(state, row).filter((g) => g.revoked_at === null)) {
    setLicenseKey(state, grant, 'revoked');
    grantChanged(
      state,
      state.db.grants.update(grant, { granted_at: null, revoked_at: at }),
      'revoked',
    );
  }
}

/** Gives back, as of `at`, the subscription's benefits that were revoked. */
export function grantSubscriptionBenefits(
  state: MockState,
  row: SubscriptionRow,
  at: string,
): void {
  for (const grant of grantsOf(state, row).filter((g) => g.revoked_at !== null)) {
    setLicenseKey(state, grant, 'granted');
    grantChanged(
      state,
      state.db.grants.update(grant, { granted_at: at, revoked_at: null }),
      'created',
    );
  }
}
