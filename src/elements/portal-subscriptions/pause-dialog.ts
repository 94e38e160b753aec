import { html, nothing, type TemplateResult } from 'lit';
import { PortalApiError } from '../../api/errors.js';
import type { CustomerSubscription } from '../../api/types.js';
import { PortalSubscriptionUpdatedEvent } from '../../events/subscription-events.js';
import { errorId, fieldError } from '../../internal/field-error.js';
import { localizedFieldErrors } from '../../internal/field-messages.js';
import { formatDate } from '../../internal/format.js';
import { definePortalDialog } from '../../internal/portal-dialog/define.js';
import { describeError } from '../../internal/states.js';
import { actionButton, actionKey } from './subscription-actions.js';
import type { ChangeContext } from './subscription-change.js';

definePortalDialog();

/** A pause being set up: the optional resume day as typed (`YYYY-MM-DD`), and what went wrong. */
interface PauseDraft {
  subscription: CustomerSubscription;
  resumesOn: string;
  fieldError: string | null;
  error: string | null;
}

/** `YYYY-MM-DD` of a day in the reader's time zone (what `<input type=date>` reads and writes). */
const dayOf = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The first day a resume may be set to: the day after the period ends, in the reader's zone. */
export function firstResumeDay(subscription: CustomerSubscription): string {
  const end = new Date(subscription.current_period_end);
  return dayOf(new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1));
}

/**
 * The day the customer picked as the moment Polar resumes: the start of that day where they
 * are. Polar refuses a `resumes_at` that is not after the current period's end (`pause` in
 * `subscription/service.py`), so that is checked here first, with the same sentence.
 */
function resumeInstant(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/**
 * Pausing at the end of the period (Polar's `pause_at_period_end`), with an optional day on
 * which it resumes by itself: a `<portal-dialog>` saying what a pause means (access until the
 * period's end, then no charge and no benefits until it resumes), the date field, and the
 * change through the store as an action (outcome under the subscription; focus on the button
 * that withdraws the pause). A refused date shows under its field, in the customer's language;
 * what was typed stays.
 */
export class PauseSubscription {
  private draft: PauseDraft | null = null;

  constructor(private readonly ctx: ChangeContext) {}

  open(subscription: CustomerSubscription): void {
    this.set({ subscription, resumesOn: '', fieldError: null, error: null });
  }

  close = (): void => {
    if (this.draft) this.set(null);
  };

  private set(draft: PauseDraft | null): void {
    this.draft = draft;
    this.ctx.host.requestUpdate();
  }

  private get busy(): boolean {
    return (
      this.draft !== null && this.ctx.actions.busy(actionKey('pause', this.draft.subscription.id))
    );
  }

  private async confirm(form: HTMLFormElement): Promise<void> {
    const store = this.ctx.session()?.store;
    if (!this.draft || !store) return;
    const t = this.ctx.localize;
    const resumesOn = String(new FormData(form).get('resumes_at') ?? '');
    const { subscription } = this.draft;
    const resumes = resumesOn ? resumeInstant(resumesOn) : null;
    const end = new Date(subscription.current_period_end);
    if (resumesOn && (!resumes || resumes <= end)) {
      const after = formatDate(subscription.current_period_end, t.lang());
      this.set({ subscription, resumesOn, fieldError: t.term('resumeAfter', after), error: null });
      return;
    }
    this.set({ subscription, resumesOn, fieldError: null, error: null });
    const result = await this.ctx.actions.run(
      actionKey('pause', subscription.id),
      async () => {
        const updated = await store.updateSubscription(subscription.id, {
          pause_at_period_end: true,
          resumes_at: resumes ? resumes.toISOString() : null,
        });
        this.close();
        return updated;
      },
      {
        success: (updated) =>
          t.term(
            updated.resumes_at ? 'pausedUntilAnnouncement' : 'pausedAnnouncement',
            updated.product.name,
            formatDate(updated.current_period_end, t.lang()),
            updated.resumes_at ? formatDate(updated.resumes_at, t.lang()) : '',
          ),
        event: (updated) => new PortalSubscriptionUpdatedEvent(updated),
        focus: () => actionButton(subscription.id, 'cancel-pause-button'),
        quietError: true,
      },
    );
    if (result.ok || !this.draft || this.ctx.session()?.status !== 'signed-in') return;
    const fields = localizedFieldErrors(t, result.error);
    const isFieldError = result.error instanceof PortalApiError && 'resumes_at' in fields;
    this.set({
      ...this.draft,
      fieldError: isFieldError ? (fields['resumes_at'] ?? null) : null,
      error: isFieldError ? null : describeError(t, result.error),
    });
  }

  render(): TemplateResult {
    const t = this.ctx.localize;
    const draft = this.draft;
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      void this.confirm(event.target as HTMLFormElement);
    };
    const date = (value: string) => formatDate(value, t.lang());
    return html`<portal-dialog
      part="dialog"
      class="pause"
      ?open=${draft !== null}
      @portal-dialog-close=${(e: Event) => this.busy && e.preventDefault()}
      @portal-dialog-closed=${this.close}
    >
      ${
        draft
          ? html`<h3 slot="heading">${t.term('pauseHeading', draft.subscription.product.name)}</h3>
              <p slot="description">
                ${t.term('pauseConsequence', date(draft.subscription.current_period_end))}
              </p>
              <form @submit=${submit} novalidate>
                <label for="resumes-at">${t.term('resumeDateField')}</label>
                <input
                  id="resumes-at"
                  name="resumes_at"
                  type="date"
                  min=${firstResumeDay(draft.subscription)}
                  .value=${draft.resumesOn}
                  aria-invalid=${draft.fieldError ? 'true' : 'false'}
                  aria-describedby="resumes-at-hint ${errorId('resumes-at', draft.fieldError)}"
                  @input=${(e: Event) =>
                    this.draft &&
                    this.set({
                      ...this.draft,
                      resumesOn: (e.target as HTMLInputElement).value,
                      fieldError: null,
                    })}
                />
                <p class="hint" id="resumes-at-hint">
                  ${t.term('resumeDateHint', date(draft.subscription.current_period_end))}
                </p>
                ${fieldError('resumes-at', draft.fieldError, true)}
                ${draft.error ? html`<p class="error" role="alert">${draft.error}</p>` : nothing}
                <div class="actions">
                  <button type="button" class="secondary" autofocus data-dialog="close">
                    ${t.term('keepSubscriptionRunning')}
                  </button>
                  <button type="submit" part="confirm-button" ?disabled=${this.busy}>
                    ${this.busy ? t.term('pausing') : t.term('confirmPause')}
                  </button>
                </div>
              </form>`
          : nothing
      }
    </portal-dialog>`;
  }
}
