import { html, nothing, type TemplateResult } from 'lit';
import type {
  CustomerBenefitGrant,
  CustomerCustomerMeter,
  CustomerPortalOAuthAccount,
  DownloadableRead,
} from '../../api/types.js';
import type { PortalLocalize } from '../../internal/localize.js';
import { safeUrl } from '../../internal/safe-url.js';

/** Bytes as a person reads them, in their language: 2.4 MB, 512 kB. */
export function formatBytes(bytes: number, lang: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  const exponent = Math.min(units.length - 1, Math.floor(Math.log10(Math.max(bytes, 1)) / 3));
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: units[exponent],
    // Short bytes read "113 byte" in English; long ones agree with the number ("1 byte", "113 bytes").
    unitDisplay: exponent === 0 ? 'long' : 'short',
    maximumFractionDigits: exponent === 0 ? 0 : 1,
  }).format(bytes / 1000 ** exponent);
}

/**
 * The files of a downloadables benefit, each a link to its download URL; a file whose URL the
 * guard refuses is its name as plain text, with the reason.
 */
export function renderDownloads(t: PortalLocalize, files: DownloadableRead[]): TemplateResult {
  if (files.length === 0) return html`<p class="hint">${t.term('noFiles')}</p>`;
  return html`<ul class="files">
    ${files.map(({ file }) => {
      const href = safeUrl(file.download.url);
      return html`<li>
        ${
          href
            ? html`<a
                part="download-link"
                href=${href}
                download=${file.name}
                rel="noopener noreferrer"
                aria-label=${t.term('download', file.name)}
                >${file.name}</a
              >`
            : html`<span part="download-refused">${file.name}</span>
                <span class="error">${t.term('linkRefused')}</span>`
        }
        <span class="hint">${formatBytes(file.size, t.lang())}</span>
      </li>`;
    })}
  </ul>`;
}

export type OAuthPlatform = 'github' | 'discord';
export const PLATFORM_NAMES: Record<OAuthPlatform, string> = {
  github: 'GitHub',
  discord: 'Discord',
};

/** The accounts of `platform` the grant's holder connected (a member's own, else the customer's). */
export function connectedAccounts(
  grant: CustomerBenefitGrant,
  platform: OAuthPlatform,
): CustomerPortalOAuthAccount[] {
  const accounts =
    ('member' in grant && grant.member ? grant.member.oauth_accounts : null) ??
    grant.customer.oauth_accounts;
  return Object.entries(accounts)
    .filter(([key]) => key.startsWith(`${platform}:`))
    .map(([, account]) => account!)
    .filter(Boolean);
}

export interface OAuthState {
  busy: boolean;
  chosen: string | null;
  /** Connecting an account, shown while none is connected (`oauth-connect-step.ts`). */
  connectStep: unknown;
  /** How connecting or claiming ended, shown under the grant. */
  outcome: unknown;
}

/**
 * GitHub repository or Discord server access: granted (to which account), or claim it with a
 * connected account, or connect an account first (Polar's OAuth flow, in a window of its own).
 */
export function renderOAuthGrant(
  t: PortalLocalize,
  grant: CustomerBenefitGrant,
  platform: OAuthPlatform,
  state: OAuthState,
  on: { choose: (accountId: string) => void; claim: () => void },
): TemplateResult {
  const name = PLATFORM_NAMES[platform];
  const accounts = connectedAccounts(grant, platform);
  const properties = grant.properties as {
    granted_account_id?: string;
    account_id?: string | null;
  };
  const granted = properties.granted_account_id
    ? accounts.find((a) => a.account_id === properties.granted_account_id)
    : undefined;
  const repo =
    grant.benefit.type === 'github_repository'
      ? (grant.benefit.properties as { repository_owner: string; repository_name: string })
      : null;
  return html`${repo ? html`<p>${t.term('repository', `${repo.repository_owner}/${repo.repository_name}`)}</p>` : nothing}
  ${
    properties.granted_account_id
      ? html`<p part="granted">
          ${t.term('grantedTo', granted?.account_username ?? properties.granted_account_id)}
        </p>`
      : accounts.length
        ? html`<div class="row claim">
            <label>
              ${t.term('chooseAccount', name)}
              <select @change=${(e: Event) => on.choose((e.target as HTMLSelectElement).value)}>
                ${accounts.map(
                  (a) =>
                    html`<option
                      value=${a.account_id}
                      ?selected=${a.account_id === (state.chosen ?? accounts[0]!.account_id)}
                    >
                      ${a.account_username ?? a.account_id}
                    </option>`,
                )}
              </select>
            </label>
            <button type="button" part="claim-button" ?disabled=${state.busy} @click=${on.claim}>
              ${state.busy ? t.term('claiming') : t.term('claim')}
            </button>
          </div>`
        : state.connectStep
  }
  ${state.outcome}`;
}

/** Credits granted each period and what is left of them, from the customer's meter. */
export function renderCredits(
  t: PortalLocalize,
  grant: CustomerBenefitGrant,
  meters: CustomerCustomerMeter[],
): TemplateResult | typeof nothing {
  const meterId = (grant.benefit.properties as { meter_id?: string }).meter_id;
  const meter = meters.find((m) => m.meter_id === meterId);
  if (!meter) return nothing;
  const units = new Intl.NumberFormat(t.lang());
  return html`<p part="credits">
    ${t.term('creditsBalance', units.format(meter.balance), units.format(meter.credited_units))}
  </p>`;
}
