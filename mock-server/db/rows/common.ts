import type { Address, MemberRole } from '../../../src/api/types.js';

export type { MemberRole };

export interface Timestamps {
  created_at: string;
  modified_at: string | null;
}

/** A stored address has every field, null where empty. */
export type AddressRow = Required<Address>;

export interface OAuthAccountRow {
  account_id: string;
  account_username: string | null;
}
