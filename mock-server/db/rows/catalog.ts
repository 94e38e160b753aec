import type {
  OrganizationCustomerPortalSettings,
  RecurringInterval,
} from '../../../src/api/types.js';
import type { Columns } from '../columns.js';
import type { Timestamps } from './common.js';

/** What merchants sell: organizations, products and prices, benefits, files and meters. */

export interface OrganizationRow extends Timestamps {
  id: string;
  name: string;
  slug: string;
  avatar_url: string | null;
  /** Polar's `feature_settings.member_model_enabled`: people sign in as members. */
  member_model_enabled: boolean;
  /**
   * Polar's `feature_settings.seat_based_pricing_enabled`: without it the seats endpoints answer
   * 403 `FeatureNotEnabled` (`customer_seat/service.py` `check_seat_feature_enabled`).
   */
  seat_based_pricing_enabled: boolean;
  proration_behavior: 'invoice' | 'prorate' | 'next_period' | 'reset';
  /**
   * Polar's `subscription_settings.benefit_revocation_grace_period` (days, default 0): with none,
   * a past-due customer never kept access, so revoking stops the failed payment's collection.
   */
  benefit_revocation_grace_period: number;
  allow_customer_updates: boolean;
  customer_portal_settings: OrganizationCustomerPortalSettings;
}

export const organizationColumns: Columns<OrganizationRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  name: 'string',
  slug: 'string',
  avatar_url: 'string?',
  member_model_enabled: 'boolean',
  seat_based_pricing_enabled: 'boolean',
  proration_behavior: 'string',
  benefit_revocation_grace_period: 'number',
  allow_customer_updates: 'boolean',
  customer_portal_settings: 'object',
};

export type PriceRow =
  | { id: string; amount_type: 'fixed'; price_amount: number; price_currency: string }
  | {
      id: string;
      amount_type: 'seat_based';
      price_currency: string;
      seat_tiers: { min_seats: number; max_seats: number | null; price_per_seat: number }[];
    };

export interface ProductRow extends Timestamps {
  id: string;
  organization_id: string;
  name: string;
  description: string | null;
  /** Null for a one-time product. */
  recurring_interval: RecurringInterval | null;
  recurring_interval_count: number | null;
  trial_interval: RecurringInterval | null;
  trial_interval_count: number | null;
  visibility: 'public' | 'private' | 'draft';
  is_archived: boolean;
  prices: PriceRow[];
  benefit_ids: string[];
}

export const productColumns: Columns<ProductRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  organization_id: 'string',
  name: 'string',
  description: 'string?',
  recurring_interval: 'string?',
  recurring_interval_count: 'number?',
  trial_interval: 'string?',
  trial_interval_count: 'number?',
  visibility: 'string',
  is_archived: 'boolean',
  prices: 'array',
  benefit_ids: 'array',
};

export type BenefitType =
  'custom' | 'discord' | 'github_repository' | 'downloadables' | 'license_keys' | 'meter_credit';

export interface BenefitRow extends Timestamps {
  id: string;
  organization_id: string;
  type: BenefitType;
  description: string;
  /** The subscriber-facing `benefit.properties` of the contract (reference.md §5.7). */
  properties: Record<string, unknown>;
}

export const benefitColumns: Columns<BenefitRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  organization_id: 'string',
  type: 'string',
  description: 'string',
  properties: 'object',
};

/** A downloadable file: its bytes live here so the download URL serves a real file. */
export interface FileRow extends Timestamps {
  id: string;
  organization_id: string;
  benefit_id: string;
  name: string;
  mime_type: string;
  content: string;
  downloads: number;
}

export const fileColumns: Columns<FileRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  organization_id: 'string',
  benefit_id: 'string',
  name: 'string',
  mime_type: 'string',
  content: 'string',
  downloads: 'number',
};

export interface MeterRow extends Timestamps {
  id: string;
  organization_id: string;
  name: string;
}

export const meterColumns: Columns<MeterRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  organization_id: 'string',
  name: 'string',
};
