import { displayKey } from '../../serializers/benefit.js';
import { uuidFor } from '../ids.js';
import type {
  BenefitGrantRow,
  BenefitRow,
  FileRow,
  LicenseKeyRow,
  ProductRow,
  SubscriptionRow,
} from '../rows.js';
import type { SeedDate } from './factories.js';

/**
 * Row builders for what subscriptions grant: each grant carries the properties its benefit type
 * has (reference.md §5.7), with the license keys and files behind them. GitHub and Discord grants
 * wait for the customer to pick an account, so the portal has something to claim.
 */

export interface Granted {
  grants: BenefitGrantRow[];
  licenseKeys: LicenseKeyRow[];
}

/**
 * The grants of a subscription: one per benefit of its plan, and in the member model one per
 * member holding it (`holders`), so each person of a team sees their own; `[null]` for the
 * customer alone.
 */
export function grantsOf(
  at: SeedDate,
  sub: SubscriptionRow,
  plan: ProductRow,
  benefits: BenefitRow[],
  holders: (string | null)[] = [null],
): Granted {
  const granted: Granted = { grants: [], licenseKeys: [] };
  for (const benefitId of plan.benefit_ids) {
    const benefit = benefits.find((b) => b.id === benefitId)!;
    for (const memberId of holders) {
      const id = uuidFor(`grant:${sub.id}:${benefitId}:${memberId ?? ''}`);
      const key =
        benefit.type === 'license_keys' ? licenseKey(at, id, sub, benefit, memberId) : null;
      if (key) granted.licenseKeys.push(key);
      granted.grants.push({
        id,
        created_at: at(-89),
        modified_at: null,
        benefit_id: benefitId,
        customer_id: sub.customer_id,
        member_id: memberId,
        subscription_id: sub.id,
        order_id: null,
        granted_at: at(-89),
        revoked_at: null,
        properties: grantProperties(at, benefit, key),
      });
    }
  }
  return granted;
}

/**
 * The same grants taken away at `at`, as a pause or a cancellation leaves them
 * (`BenefitGrant.set_revoked`), their license keys revoked with them.
 */
export const revokedAt = (at: string, granted: Granted): Granted => ({
  grants: granted.grants.map((g) => ({ ...g, granted_at: null, revoked_at: at })),
  licenseKeys: granted.licenseKeys.map((k) => ({ ...k, status: 'revoked' })),
});

function grantProperties(
  at: SeedDate,
  benefit: BenefitRow,
  key: LicenseKeyRow | null,
): Record<string, unknown> {
  const props = benefit.properties;
  switch (benefit.type) {
    case 'license_keys':
      return { license_key_id: key!.id, display_key: displayKey(key!.key) };
    case 'downloadables':
      return { files: props.active_files };
    case 'github_repository':
      return {
        account_id: null,
        repository_owner: props.repository_owner,
        repository_name: props.repository_name,
        permission: 'pull',
      };
    case 'discord':
      return { account_id: null, guild_id: props.guild_id, role_id: '1100000000000000002' };
    case 'meter_credit':
      return {
        last_credited_meter_id: props.meter_id,
        last_credited_units: props.units,
        last_credited_at: at(-10),
      };
    default:
      return {};
  }
}

function licenseKey(
  at: SeedDate,
  grantId: string,
  sub: SubscriptionRow,
  benefit: BenefitRow,
  memberId: string | null,
): LicenseKeyRow {
  const prefix = benefit.properties.prefix as string | undefined;
  const value = uuidFor(`license-key-value:${grantId}`).toUpperCase();
  const activations = benefit.properties.activations as { limit: number } | null;
  return {
    id: uuidFor(`license-key:${grantId}`),
    created_at: at(-89),
    modified_at: null,
    organization_id: benefit.organization_id,
    customer_id: sub.customer_id,
    member_id: memberId,
    benefit_id: benefit.id,
    key: prefix ? `${prefix}-${value}` : value,
    status: 'granted',
    limit_activations: activations?.limit ?? null,
    usage: 0,
    limit_usage: null,
    validations: 0,
    last_validated_at: null,
    expires_at: null,
    activations: [],
  };
}

/** The file a downloadables benefit hands out; its bytes live in the row. */
export const file = (
  at: SeedDate,
  benefit: BenefitRow,
  id: string,
  name: string,
  mimeType: string,
  content: string,
): FileRow => ({
  id,
  created_at: at(-380),
  modified_at: null,
  organization_id: benefit.organization_id,
  benefit_id: benefit.id,
  name,
  mime_type: mimeType,
  content,
  downloads: 0,
});
