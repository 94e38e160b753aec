import type { CustomerRow, MemberRow, OAuthAccountRow } from '../db/rows.js';
import type { MockState } from '../state.js';

/**
 * Connected GitHub and Discord accounts (reference.md §4.13): kept on whoever signed in, the
 * member in the member model, so benefits can be claimed with them.
 */
export function connectOAuthAccount(
  _state: MockState,
  holder: CustomerRow | MemberRow,
  platform: 'github' | 'discord',
  account: OAuthAccountRow,
): void {
  holder.oauth_accounts = {
    ...holder.oauth_accounts,
    [`${platform}:${account.account_id}`]: account,
  };
}
