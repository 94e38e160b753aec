import type { PortalSubject } from '../auth.js';
import type { BenefitGrantRow } from '../db/rows.js';
import { polarValidationError } from '../errors.js';
import type { MockState } from '../state.js';
import { grantUpdated } from '../webhooks/emit.js';

/** Claiming a benefit grant (reference.md §4.5): GitHub or Discord account selection. */

const PLATFORM: Partial<Record<string, string>> = {
  github_repository: 'github',
  discord: 'discord',
};

export interface GrantClaim {
  benefit_type: string;
  properties?: { account_id: string | null };
}

/** Claims a GitHub or Discord benefit with one of the session's connected accounts. */
export function claimGrant(
  state: MockState,
  subject: PortalSubject,
  given: BenefitGrantRow,
  claim: GrantClaim,
): BenefitGrantRow {
  const grant = state.db.grants.latest(given);
  const benefit = state.db.benefits.get(grant.benefit_id)!;
  const invalid = (loc: string[], msg: string, input: unknown) =>
    polarValidationError([{ type: 'value_error', loc: ['body', ...loc], msg, input }]);
  if (claim.benefit_type !== benefit.type) {
    throw invalid(
      ['benefit_type'],
      'Benefit type must match the existing granted benefit type.',
      claim.benefit_type,
    );
  }
  const platform = PLATFORM[benefit.type];
  let properties = grant.properties;
  if (platform) {
    if (!claim.properties) {
      throw polarValidationError([
        {
          type: 'missing',
          loc: ['body', benefit.type, 'properties'],
          msg: 'Field required',
          input: null,
        },
      ]);
    }
    const accountId = claim.properties.account_id;
    // Connected accounts as they are now: one may have been added since the session was read.
    const holder = subject.member
      ? state.db.members.latest(subject.member)
      : state.db.customers.latest(subject.customer);
    const accounts = holder.oauth_accounts;
    if (accountId !== null && !accounts[`${platform}:${accountId}`]) {
      throw invalid(['properties', 'account_id'], 'OAuth account does not exist.', accountId);
    }
    properties = {
      ...grant.properties,
      account_id: accountId,
      ...(accountId ? { granted_account_id: accountId } : {}),
    };
  }
  const claimed = state.db.grants.update(grant, { properties });
  grantUpdated(state, claimed);
  return claimed;
}
