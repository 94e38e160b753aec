import type { CustomerRow, MemberRow, OAuthAccountRow } from '../db/rows.js';
import type { MockState } from '../state.js';

/**
 * Connected GitHub and Discord accounts (reference.md §4.13): kept on whoever signed in, the
 * member in the member model, so benefits can be claimed with them.
 */
export function connectOAuthAccount(
  state: MockState,
  holder: { kind: 'customer'; row: CustomerRow } | { kind: 'member'; row: MemberRow },
  platform: 'github' | 'discord',
  account: OAuthAccountRow,
): CustomerRow | MemberRow {
  const key = `${platform}:${account.account_id}`;
  if (holder.kind === 'member') {
    const member = state.db.members.latest(holder.row);
    const oauth_accounts = { ...member.oauth_accounts, [key]: account };
    return state.db.members.update(member, { oauth_accounts });
  }
  const customer = state.db.customers.latest(holder.row);
  const oauth_accounts = { ...customer.oauth_accounts, [key]: account };
  return state.db.customers.update(customer, { oauth_accounts });
}
