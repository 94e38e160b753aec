import { html, nothing, type TemplateResult } from 'lit';
import type { LicenseKeyActivationBase, LicenseKeyWithActivations } from '../../api/types.js';
import { formatDate } from '../../internal/format.js';
import type { PortalLocalize } from '../../internal/localize.js';

export interface LicenseKeyState {
  revealed: boolean;
  /** Just copied: the button says so for a few seconds. */
  copied: boolean;
  /** The outcome of copying or deactivating, shown under the key. */
  outcome: unknown;
}

export interface LicenseKeyHandlers {
  reveal: () => void;
  copy: () => void;
  deactivate: (activation: LicenseKeyActivationBase, opener: EventTarget | null) => void;
}

/** The key as shown until revealed: its last block only, the rest masked. */
export function maskKey(key: string): string {
  const tail = key.slice(-4);
  return `${'•'
    .repeat(Math.max(4, key.length - 4))
    .replace(/(.{8})/g, '$1 ')
    .trim()} ${tail}`;
}

/**
 * One license key: masked until "Show key" (a toggle button), copied with one click (the button
 * says "Copied", and a plain message when the browser refuses), its limits and expiry, and the
 * devices it is activated on, each with "Deactivate".
 */
export function renderLicenseKey(
  t: PortalLocalize,
  key: LicenseKeyWithActivations,
  state: LicenseKeyState,
  on: LicenseKeyHandlers,
): TemplateResult {
  const revealed = state.revealed;
  const date = (value: string) => formatDate(value, t.lang());
  const labelId = `key-${key.id}`;
  return html`<div part="license-key" class="license-key">
    <span class="hint" id=${labelId}>${t.term('licenseKeyLabel')}</span>
    <code aria-labelledby=${labelId}>${revealed ? key.key : maskKey(key.key)}</code>
    <div class="actions">
      <button
        type="button"
        class="secondary"
        part="reveal-button"
        aria-pressed=${revealed ? 'true' : 'false'}
        @click=${on.reveal}
      >
        ${t.term('revealKey')}
      </button>
      <button type="button" class="secondary" part="copy-button" @click=${on.copy}>
        ${state.copied ? t.term('copied') : t.term('copyKey')}
      </button>
    </div>
    ${state.outcome}
    <p class="hint">
      ${t.term('keyActivations', key.activations.length, key.limit_activations)}
      ${key.limit_usage !== null ? html` · ${t.term('keyUsage', key.usage, key.limit_usage)}` : nothing}
      ${key.expires_at ? html` · ${t.term('keyExpires', date(key.expires_at))}` : nothing}
    </p>
    ${
      key.activations.length
        ? html`<h4>${t.term('activationsHeading')}</h4>
            <ul class="activations">
              ${key.activations.map(
                (activation) =>
                  html`<li data-activation=${activation.id}>
                    <span class="name">${activation.label}</span>
                    <span class="hint">${t.term('activatedOn', date(activation.created_at))}</span>
                    <button
                      type="button"
                      class="secondary"
                      part="deactivate-button"
                      @click=${(e: Event) => on.deactivate(activation, e.currentTarget)}
                    >
                      ${t.term('deactivate')}
                    </button>
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  </div>`;
}
