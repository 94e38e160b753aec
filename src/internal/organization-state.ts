import { html, type TemplateResult } from 'lit';
import type { OrganizationLookup } from '../session/organization-lookup.js';
import type { PortalLocalize } from './localize.js';
import { describeError } from './states.js';

/**
 * What an element given `organization="slug"` shows until the slug named an organization: that
 * it is loading (a sentence, not skeleton rows: what comes next may be a sign-in form), that no
 * organization has the slug here (the merchant's typo, or the sandbox's slug on production), or
 * why the lookup failed. Both errors offer a retry, which looks again for every element waiting
 * on the same slug. A pasted page of text is not repeated back in full.
 */
export function renderOrganizationState(
  t: PortalLocalize,
  lookup: OrganizationLookup,
): TemplateResult {
  const { status, slug } = lookup;
  if (status === 'pending') return html`<p part="loading" role="status">${t.term('loading')}</p>`;
  return html`<div part="error">
    <p class="error" role="alert">
      ${
        status === 'unknown'
          ? t.term('organizationUnknown', slug.length > 64 ? `${slug.slice(0, 64)}…` : slug)
          : describeError(t, lookup.error)
      }
    </p>
    <button type="button" @click=${() => lookup.retry()}>${t.term('retry')}</button>
  </div>`;
}
