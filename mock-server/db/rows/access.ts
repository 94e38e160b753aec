import type { Columns } from '../columns.js';
import type { Timestamps } from './common.js';

/**
 * What a merchant's backend authenticates with: an organization access token (`polar_oat_`),
 * as Polar's `OrganizationAccessToken` model keeps it (`models/organization_access_token.py`).
 */
export interface OrganizationAccessTokenRow extends Timestamps {
  id: string;
  organization_id: string;
  /**
   * The token's SHA-256, hex. Polar keys that hash with its `SECRET`; the seed's tokens must be
   * the same for every mock, whatever its secret, so the mock keeps an unkeyed digest instead.
   * The plain token is never stored.
   */
  token_hash: string;
  /** Space-separated scopes, as Polar's `scope` column (`auth/scope.py`, `scope_to_set`). */
  scope: string;
  comment: string;
  /** ISO date, or null for a token that never expires. */
  expires_at: string | null;
}

export const organizationAccessTokenColumns: Columns<OrganizationAccessTokenRow> = {
  id: 'string',
  created_at: 'string',
  modified_at: 'string?',
  organization_id: 'string',
  token_hash: 'string',
  scope: 'string',
  comment: 'string',
  expires_at: 'string?',
};
