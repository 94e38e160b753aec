import type { Columns } from '../columns.js';
import type { Timestamps } from './common.js';

/** What a subscription grants: benefit grants, and the license keys behind some of them. */

export interface BenefitGrantRow extends Timestamps {
  id: string;
  benefit_id: string;
  customer_id: string;
  member_id: string | null;
  subscription_id: string | null;
  order_id: string | null;
  granted_at: string | null;
  revoked_at: string | null;
  properties: Record<string, unknown>;
}

export const grantColumns: Columns<BenefitGrantRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  benefit_id: 'string',
  customer_id: 'string',
  member_id: 'string?',
  subscription_id: 'string?',
  order_id: 'string?',
  granted_at: 'string?',
  revoked_at: 'string?',
  properties: 'object',
};

export interface LicenseKeyActivationRow {
  id: string;
  label: string;
  meta: Record<string, string | number | boolean>;
  created_at: string;
  modified_at: string | null;
}

export interface LicenseKeyRow extends Timestamps {
  id: string;
  organization_id: string;
  customer_id: string;
  member_id: string | null;
  benefit_id: string;
  key: string;
  status: 'granted' | 'revoked' | 'disabled';
  limit_activations: number | null;
  usage: number;
  limit_usage: number | null;
  validations: number;
  last_validated_at: string | null;
  expires_at: string | null;
  activations: LicenseKeyActivationRow[];
}

export const licenseKeyColumns: Columns<LicenseKeyRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  organization_id: 'string',
  customer_id: 'string',
  member_id: 'string?',
  benefit_id: 'string',
  key: 'string',
  status: 'string',
  limit_activations: 'number?',
  usage: 'number',
  limit_usage: 'number?',
  validations: 'number',
  last_validated_at: 'string?',
  expires_at: 'string?',
  activations: 'array',
};
