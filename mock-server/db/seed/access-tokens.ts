import { uuidFor } from '../ids.js';
import type { OrganizationAccessTokenRow, OrganizationRow } from '../rows.js';
import { stamps, type SeedDate } from './factories.js';

/**
 * The seed's organization access tokens: public demo credentials, the same in every mock, for
 * the merchant-backend example and the tests (`POST /v1/customer-sessions/`). Each has Polar's
 * shape (`polar_oat_`, 37 alphanumerics, a base62 CRC32 checksum); the table keeps only the
 * SHA-256 beside it (`rows/access.ts`), and `GET /__dev/seed` lists the tokens themselves.
 */
export interface SeedAccessToken {
  key: string;
  organization: string;
  token: string;
  token_hash: string;
  scope: string;
  comment: string;
}

export const SEED_ACCESS_TOKENS: readonly SeedAccessToken[] = [
  {
    key: 'acme-backend',
    organization: 'acme',
    token: 'polar_oat_acmeToolsDemoBackendToken0000000000014Wvv0B',
    token_hash: '03cc61fa5fae999c6071510a060b80f7135a63837052d5e0e5b73ccda800c6de',
    scope: 'customer_sessions:write customers:read',
    comment: 'Acme website backend',
  },
  {
    // Without `customer_sessions:write`: what a token made for another job is refused (403).
    key: 'acme-read-only',
    organization: 'acme',
    token: 'polar_oat_acmeToolsDemoReadOnlyToken000000000011XVPo2',
    token_hash: '155c1c5e4c1121505df81b891073091995280455eae8eb018a540215d7efcbb7',
    scope: 'customers:read',
    comment: 'Acme analytics (read only)',
  },
  {
    key: 'teamly-backend',
    organization: 'teamly',
    token: 'polar_oat_teamlyDemoBackendToken0000000000000010U3L0A',
    token_hash: '417d465634ab21b2c67aa17e979a928d166a9a76cbb5679a9554a00bdb0b8dde',
    scope: 'customer_sessions:write customers:read',
    comment: 'Teamly website backend',
  },
];

export const accessTokenId = (key: string) => uuidFor(`organization-access-token:${key}`);

/** The rows of `org`'s seeded tokens. */
export function accessTokens(at: SeedDate, org: OrganizationRow): OrganizationAccessTokenRow[] {
  return SEED_ACCESS_TOKENS.filter((t) => t.organization === org.slug).map((t) => ({
    id: accessTokenId(t.key),
    ...stamps(at, -390),
    organization_id: org.id,
    token_hash: t.token_hash,
    scope: t.scope,
    comment: t.comment,
    expires_at: null,
  }));
}
