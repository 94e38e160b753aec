import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { PortalApiError } from '../../api/errors.js';
import type { LicenseKeyActivationBase, LicenseKeyWithActivations } from '../../api/types.js';
import type { ActionController } from '../../controllers/action-controller.js';
import { PortalLicenseKeyDeactivatedEvent } from '../../events/benefit-events.js';
import { ConfirmFlow } from '../../internal/confirm-dialog.js';
import type { PortalLocalize } from '../../internal/localize.js';
import { describeError } from '../../internal/states.js';
import type { PortalSession } from '../../session/session.js';
import { renderLicenseKey } from './license-key-grant.js';

/** What the license keys need from `<portal-benefits>`, and nothing else. */
export interface LicenseKeysHost {
  /** The element: it renders the keys, holds the dialog, and the events leave from it. */
  readonly element: ReactiveElement;
  readonly localize: PortalLocalize;
  /** The element's actions: one at a time, one live region, outcomes where they happened. */
  readonly actions: ActionController;
  session(): PortalSession | null;
}

/** How long the copy button says "Copied": long enough to see, short enough to copy again. */
const COPIED_FOR_MS = 3000;

interface Deactivation {
  key: LicenseKeyWithActivations;
  activation: LicenseKeyActivationBase;
  organizationId: string;
}

/**
 * The license keys of `<portal-benefits>`: which are shown unmasked, copying (the button says
 * "Copied" until a few seconds pass or another key is copied), and deactivating a device behind
 * a confirmation, as a store write so every view of the key shows it freed.
 */
export class LicenseKeys implements ReactiveController {
  private revealed = new Set<string>();
  private copied: { id: string; timer: ReturnType<typeof setTimeout> } | null = null;
  private focusNext: string | null = null;
  private readonly deactivation: ConfirmFlow<Deactivation, Deactivation>;

  constructor(private readonly host: LicenseKeysHost) {
    host.element.addController(this);
    this.deactivation = new ConfirmFlow(host.element, 'deactivate', {
      action: (target) => this.deactivate(target),
      describe: (error) => describeError(host.localize, error),
      // After the dialog gave focus back to its opener, which the reload is about to remove.
      done: ({ key }) => {
        this.focusNext = `[data-key="${key.id}"]`;
        host.element.requestUpdate();
      },
    });
  }

  hostUpdated(): void {
    if (!this.focusNext) return;
    this.host.element.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
    this.focusNext = null;
  }

  hostDisconnected(): void {
    this.clearCopied();
  }

  /** Another person signed in: nothing of the last one's stays shown. */
  reset(): void {
    this.revealed = new Set();
    this.clearCopied();
    this.deactivation.close();
  }

  private toggleReveal(id: string): void {
    this.revealed = new Set(this.revealed);
    if (!this.revealed.delete(id)) this.revealed.add(id);
    this.host.element.requestUpdate();
  }

  private clearCopied(): void {
    if (this.copied) clearTimeout(this.copied.timer);
    this.copied = null;
    this.host.element.requestUpdate();
  }

  /** Not an API call: the outcome is shown by hand, "Copied" on the button and read out. */
  private async copy(key: LicenseKeyWithActivations): Promise<void> {
    const { actions, localize: t } = this.host;
    this.clearCopied(); // the last copy's button returns to its label at once
    try {
      await navigator.clipboard.writeText(key.key);
    } catch {
      actions.show(`copy:${key.id}`, 'error', t.term('copyFailed'));
      return;
    }
    const timer = setTimeout(() => {
      // The confirmation goes with the label, unless something else was said since.
      if (actions.outcome?.key === `copied:${key.id}`) actions.dismiss();
      this.clearCopied();
    }, COPIED_FOR_MS);
    this.copied = { id: key.id, timer };
    // `copied:` is announced only: the button is where it shows.
    actions.show(`copied:${key.id}`, 'success', t.term('keyCopied'));
  }

  private async deactivate(target: Deactivation): Promise<Deactivation> {
    const { actions, localize: t } = this.host;
    const result = await actions.run(
      `deactivate:${target.key.id}`,
      () =>
        this.host.session()!.store.deactivateLicenseKey({
          key: target.key.key,
          organization_id: target.organizationId,
          activation_id: target.activation.id,
        }),
      {
        quietError: true, // the dialog shows it, with the device still listed
        success: () => t.term('deactivatedAnnouncement', target.activation.label),
        event: () => new PortalLicenseKeyDeactivatedEvent(target.key.id, target.activation.id),
      },
    );
    if (result.ok) return target;
    // The session ended: the confirmation is not kept for later, the page of keys is.
    if (result.error instanceof PortalApiError && result.error.status === 401)
      this.deactivation.close();
    throw result.error;
  }

  /** One key, with what happened to it last. */
  render(key: LicenseKeyWithActivations, organizationId: string): TemplateResult {
    const { actions, localize: t } = this.host;
    return html`<div data-key=${key.id} tabindex="-1">
      ${renderLicenseKey(
        t,
        key,
        {
          revealed: this.revealed.has(key.id),
          copied: this.copied?.id === key.id,
          outcome: actions.renderOutcome(`copy:${key.id}`, `deactivate:${key.id}`),
        },
        {
          reveal: () => this.toggleReveal(key.id),
          copy: () => void this.copy(key),
          deactivate: (activation, opener) =>
            void this.deactivation.open({ key, activation, organizationId }, opener),
        },
      )}
    </div>`;
  }

  /** The confirmation, once per element. */
  renderDialog(): TemplateResult {
    const t = this.host.localize;
    return this.deactivation.render(({ activation }) => ({
      heading: t.term('deactivateHeading', activation.label),
      body: t.term('deactivateConsequence'),
      confirm: t.term('deactivateConfirm'),
      busy: t.term('deactivating'),
      keep: t.term('keepActivation'),
    }));
  }
}
