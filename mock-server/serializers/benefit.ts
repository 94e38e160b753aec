import type {
  CustomerBenefitGrant,
  DownloadableRead,
  LicenseKeyRead,
  LicenseKeyWithActivations,
} from '../../src/api/types.js';
import type { BenefitGrantRow, BenefitRow, FileRow, LicenseKeyRow } from '../db/rows.js';
import type { MockDatabase } from '../db/store.js';
import { serializeBenefitPublic, serializeOrganization } from './catalog.js';
import { serializeCustomer } from './customer.js';
import { serializeMerchantCustomer } from './merchant-customer.js';

/** Benefit grants, license keys and downloadables (reference.md §5.7, §5.9). */

/** The subscriber view of a benefit: its public fields, its organization and its properties. */
function serializeBenefitSubscriber(db: MockDatabase, benefit: BenefitRow) {
  const { customer_portal_settings, organization_features, ...organization } =
    serializeOrganization(db.organization(benefit.organization_id)!);
  void customer_portal_settings;
  void organization_features;
  return { ...serializeBenefitPublic(benefit), organization, properties: benefit.properties };
}

export function serializeGrant(db: MockDatabase, grant: BenefitGrantRow): CustomerBenefitGrant {
  const benefit = db.benefits.get(grant.benefit_id)!;
  const member = grant.member_id ? db.member(grant.member_id) : undefined;
  return {
    id: grant.id,
    created_at: grant.created_at,
    modified_at: grant.modified_at,
    granted_at: grant.granted_at,
    revoked_at: grant.revoked_at,
    customer_id: grant.customer_id,
    member_id: grant.member_id,
    benefit_id: grant.benefit_id,
    subscription_id: grant.subscription_id,
    order_id: grant.order_id,
    is_granted: grant.granted_at !== null && grant.revoked_at === null,
    is_revoked: grant.revoked_at !== null,
    error: null,
    customer: serializeCustomer(db.customer(grant.customer_id)!),
    ...(member ? { member: { id: member.id, oauth_accounts: member.oauth_accounts } } : {}),
    benefit: serializeBenefitSubscriber(db, benefit),
    properties: grant.properties,
  } as CustomerBenefitGrant;
}

export const displayKey = (key: string) => `****-${key.slice(-6)}`;

export function serializeLicenseKey(db: MockDatabase, row: LicenseKeyRow): LicenseKeyRead {
  const member = row.member_id ? db.member(row.member_id) : undefined;
  const body = {
    id: row.id,
    created_at: row.created_at,
    modified_at: row.modified_at,
    organization_id: row.organization_id,
    customer_id: row.customer_id,
    customer: serializeMerchantCustomer(db.customer(row.customer_id)!),
    member_id: row.member_id,
    member: member ? { id: member.id, email: member.email, external_id: member.external_id } : null,
    benefit_id: row.benefit_id,
    key: row.key,
    display_key: displayKey(row.key),
    status: row.status,
    limit_activations: row.limit_activations,
    usage: row.usage,
    limit_usage: row.limit_usage,
    validations: row.validations,
    last_validated_at: row.last_validated_at,
    expires_at: row.expires_at,
    // Hidden but serialized by Polar.
    user_id: row.customer_id,
  };
  return body;
}

export const serializeActivation = (
  row: LicenseKeyRow,
  activation: LicenseKeyRow['activations'][number],
) => ({
  ...activation,
  license_key_id: row.id,
});

/** Activations are listed only where the benefit lets customers manage them. */
export function serializeLicenseKeyWithActivations(
  db: MockDatabase,
  row: LicenseKeyRow,
): LicenseKeyWithActivations {
  const benefit = db.benefits.get(row.benefit_id);
  const admin = (benefit?.properties.activations as { enable_customer_admin?: boolean } | null)
    ?.enable_customer_admin;
  return {
    ...serializeLicenseKey(db, row),
    activations: admin ? row.activations.map((a) => serializeActivation(row, a)) : [],
  };
}

const sizeReadable = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 ** 2
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1024 ** 2).toFixed(1)} MB`;

export function serializeDownloadable(
  file: FileRow,
  download: { url: string; expires_at: string },
): DownloadableRead {
  const size = new TextEncoder().encode(file.content).length;
  return {
    id: file.id,
    benefit_id: file.benefit_id,
    file: {
      id: file.id,
      organization_id: file.organization_id,
      name: file.name,
      path: `${file.organization_id}/${file.id}/${file.name}`,
      mime_type: file.mime_type,
      size,
      storage_version: null,
      checksum_etag: null,
      checksum_sha256_base64: null,
      checksum_sha256_hex: null,
      last_modified_at: file.created_at,
      download: { url: download.url, headers: {}, expires_at: download.expires_at },
      version: null,
      is_uploaded: true,
      service: 'downloadable',
      size_readable: sizeReadable(size),
    },
  };
}
