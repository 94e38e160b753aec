import { html, type TemplateResult } from 'lit';
import type { OrganizationLookup } from '../session/organization-lookup.js';
import type { PortalLocalize } from './localize.js';
import { renderLoadError, renderLoading } from './states.js';

/** Long enough for any real slug; a pasted page of text is not repeated back in full. */
const SHOWN_SLUG_LENGTH = 64;

const shown = (slug: string) =>
  slug.length > SHOWN_SLUG_LENGTH ? `${slug.slice(0, SHOWN_SLUG_LENGTH)}…` : slug;

/**
 * What an element given `organization="slug"` shows until the slug named an organization: the
 * loading state, that no organization has the slug here (the merchant's typo, or the sandbox's
 * slug on production), or why the lookup failed. Both errors offer a retry, which looks again
 * for every element waiting on the same slug.
 */
export function renderOrganizationState(
  t: PortalLocalize,
  lookup: OrganizationLookup,
): TemplateResult {
  const retry = () => lookup.retry();
  if (lookup.status === 'pending') return renderLoading(t.term('organizationLoading'), 1);
  if (lookup.status === 'failed') return renderLoadError(t, lookup.error, retry);
  return html`<div part="error">
    <p class="error" role="alert">${t.term('organizationUnknown', shown(lookup.slug))}</p>
    <button type="button" @click=${retry}>${t.term('retry')}</button>
  </div>`;
}
