import { html, nothing, type TemplateResult } from 'lit';
import type { CustomerCancellationReason, CustomerSubscription } from '../../api/types.js';
import { PortalSubscriptionCanceledEvent } from '../../events/subscription-events.js';
import { definePortalDialog } from '../../internal/portal-dialog/define.js';
import { describeError } from '../../internal/states.js';
import {
  askStopsCollection,
  cancelConsequence,
  revokesNow,
  type StopsCollection,
} from './cancel-collection.js';
import { actionButton, actionKey } from './subscription-actions.js';
import type { ChangeContext } from './subscription-change.js';
import { endDate } from './subscription-item.js';

definePortalDialog();

/** The reasons of the contract, in the order a customer reads them. */
export const CANCELLATION_REASONS: readonly CustomerCancellationReason[] = [
  'too_expensive',
  'missing_features',
  'switched_service',
  'unused',
  'customer_service',
  'low_quality',
  'too_complex',
  'other',
];

/** A cancellation being written: what the customer chose and typed, and the API's refusal. */
interface CancelDraft {
  subscription: CustomerSubscription;
  reason: CustomerCancellationReason | null;
  comment: string;
  error: string | null;
  collection: StopsCollection;
}

const revokes = (draft: CancelDraft) => revokesNow(draft.collection);

/**
 * Cancelling at the end of the period: a `<portal-dialog>` saying what happens and when, the
 * reasons of the contract and a comment, then the change through the store as an action (the
 * outcome under the subscription, announced; `portal-subscription-canceled`; focus on the resume
 * button that replaced the cancel button). What was chosen and typed is a draft the element
 * keeps: a session that expires on the way shows the dialog again, filled in, once the same
 * customer is back. A refusal stays in the dialog, which stays open.
 */
export class CancelSubscription {
  private draft: CancelDraft | null = null;

  constructor(private readonly ctx: ChangeContext) {}

  open(subscription: CustomerSubscription): void {
    const pastDue = subscription.status === 'past_due';
    this.set({
      subscription,
      reason: null,
      comment: '',
      error: null,
      collection: { status: pastDue ? 'loading' : 'not-asked' },
    });
    if (pastDue) void this.askCollection(subscription);
  }

  private async askCollection(subscription: CustomerSubscription): Promise<void> {
    const client = this.ctx.session()?.client;
    if (!client) return;
    const collection = await askStopsCollection(client, subscription, this.ctx.localize);
    if (this.draft?.subscription.id === subscription.id) this.set({ ...this.draft, collection });
  }

  /** Forgets the draft, which closes the dialog; once closed, nothing is left to do. */
  close = (): void => {
    if (this.draft) this.set(null);
  };

  private set(draft: CancelDraft | null): void {
    this.draft = draft;
    this.ctx.host.requestUpdate();
  }

  private edit(patch: Partial<Pick<CancelDraft, 'reason' | 'comment'>>): void {
    if (this.draft) this.set({ ...this.draft, ...patch });
  }

  private get busy(): boolean {
    return (
      this.draft !== null && this.ctx.actions.busy(actionKey('cancel', this.draft.subscription.id))
    );
  }

  private async confirm(form: HTMLFormElement): Promise<void> {
    const store = this.ctx.session()?.store;
    if (!this.draft || !store) return;
    // What the form holds is what is sent (and kept, should the session end on the way).
    const data = new FormData(form);
    const reason = (data.get('reason') as CustomerCancellationReason | null) ?? null;
    const comment = String(data.get('comment') ?? '');
    const { subscription, collection } = this.draft;
    if (collection.status === 'loading') return;
    this.set({ ...this.draft, reason, comment, error: null });
    if (collection.status === 'failed') {
      this.set({ ...this.draft, collection: { status: 'loading' } });
      return this.askCollection(subscription);
    }
    const now = revokes(this.draft);
    const t = this.ctx.localize;
    const feedback = { cancellation_reason: reason, cancellation_comment: comment.trim() || null };
    const result = await this.ctx.actions.run(
      actionKey('cancel', subscription.id),
      async () => {
        const updated = now
          ? await store.revokeSubscription(subscription.id, feedback)
          : await store.updateSubscription(subscription.id, {
              cancel_at_period_end: true,
              ...feedback,
            });
        // Closed before the outcome renders, so focus can leave the modal dialog.
        this.close();
        return updated;
      },
      {
        success: (updated) =>
          now
            ? t.term('canceledNowAnnouncement', updated.product.name)
            : t.term('canceledAnnouncement', updated.product.name, endDate(t, updated)),
        event: (updated) => new PortalSubscriptionCanceledEvent(updated),
        // Revoked, it has no buttons left: focus goes to its details.
        focus: () => actionButton(subscription.id, now ? 'details-button' : 'resume-button'),
        quietError: true,
      },
    );
    // Signed out (the session expired): no error to show; the draft waits for the customer.
    if (!result.ok && this.draft && this.ctx.session()?.status === 'signed-in')
      this.set({ ...this.draft, error: describeError(t, result.error) });
  }

  private confirmLabel(draft: CancelDraft): string {
    const t = this.ctx.localize;
    if (this.busy) return t.term('cancelling');
    if (draft.collection.status === 'failed') return t.term('retry');
    return revokes(draft) ? t.term('confirmCancelNow') : t.term('confirmCancel');
  }

  render(): TemplateResult {
    const t = this.ctx.localize;
    const draft = this.draft;
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      void this.confirm(event.target as HTMLFormElement);
    };
    return html`<portal-dialog
      part="dialog"
      class="cancel"
      ?open=${draft !== null}
      @portal-dialog-close=${(e: Event) => this.busy && e.preventDefault()}
      @portal-dialog-closed=${this.close}
    >
      ${
        draft
          ? html`<h3 slot="heading">${t.term('cancelHeading', draft.subscription.product.name)}</h3>
              <p slot="description">
                ${cancelConsequence(t, draft.subscription, draft.collection)}
              </p>
              <form @submit=${submit}>
                <fieldset>
                  <legend>${t.term('cancelReasonLegend')}</legend>
                  ${CANCELLATION_REASONS.map(
                    (reason) =>
                      html`<label
                        ><input
                          type="radio"
                          name="reason"
                          value=${reason}
                          .checked=${draft.reason === reason}
                          @change=${() => this.edit({ reason })}
                        />
                        ${t.term(`reason_${reason}`)}</label
                      >`,
                  )}
                </fieldset>
                <label for="cancel-comment">${t.term('cancelComment')}</label>
                <textarea
                  id="cancel-comment"
                  name="comment"
                  rows="3"
                  maxlength="1000"
                  .value=${draft.comment}
                  @input=${(e: Event) =>
                    this.edit({ comment: (e.target as HTMLTextAreaElement).value })}
                ></textarea>
                ${draft.error ? html`<p class="error" role="alert">${draft.error}</p>` : nothing}
                ${
                  draft.collection.status === 'failed'
                    ? html`<p class="error" role="alert">${draft.collection.error}</p>`
                    : nothing
                }
                <div class="actions">
                  <button type="button" class="secondary" autofocus data-dialog="close">
                    ${t.term('keepSubscription')}
                  </button>
                  <button
                    type="submit"
                    part="confirm-button"
                    class=${revokes(draft) ? 'danger' : nothing}
                    ?disabled=${this.busy || draft.collection.status === 'loading'}
                  >
                    ${this.confirmLabel(draft)}
                  </button>
                </div>
              </form>`
          : nothing
      }
    </portal-dialog>`;
  }
}
