import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { PortalApiError } from '../../api/errors.js';
import type { CustomerSeat } from '../../api/types.js';
import { PortalSeatAssignedEvent } from '../../events/seat-events.js';
import { describeError } from '../../internal/states.js';
import { parseEmails } from './emails.js';
import type { SeatsContext } from './seats-context.js';

export interface AssignContext extends SeatsContext {
  /** A seat was assigned: the list turns to its page once the store shows it. */
  reveal: (seat: CustomerSeat) => void;
}

const ASSIGN = 'assign';

/**
 * Inviting people by email, several at once. The addresses are checked before anything is sent
 * (malformed ones and more than the free seats are refused here), then assigned one by one
 * through the store, which reloads the seats, the subscription and the team everywhere on the
 * page. Each refusal keeps its address in the field with the API's reason. What was typed is
 * the element's own: it stays when the session ends, for the same person's next sign-in.
 */
export class AssignForm implements ReactiveController {
  /** What the customer typed; after sending, only the addresses that were not sent stay. */
  text = '';
  /** One sentence per problem: malformed addresses, too many, or the API's refusal per address. */
  problems: string[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly ctx: AssignContext,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Another person signed in: the field starts empty. */
  reset(): void {
    this.text = '';
    this.problems = [];
  }

  private problem(sentence: string): void {
    this.problems = [sentence];
    this.ctx.focus('#assign-emails');
    this.host.requestUpdate();
  }

  async submit(subscriptionId: string, free: number): Promise<void> {
    const t = this.ctx.localize;
    const session = this.ctx.session();
    if (!session || this.ctx.actions.busy()) return;
    const { valid, invalid } = parseEmails(this.text);
    if (invalid.length) return this.problem(t.term('assignInvalid', invalid.join(', ')));
    if (valid.length === 0) return this.problem(t.term('assignEmpty'));
    if (free === 0) return this.problem(t.term('assignNoneFree'));
    if (valid.length > free) return this.problem(t.term('assignTooMany', valid.length, free));
    this.problems = [];
    await this.ctx.actions.run(
      ASSIGN,
      async () => {
        const refused: string[] = [];
        const problems: string[] = [];
        let sent = 0;
        for (const [index, email] of valid.entries()) {
          try {
            const seat = await session.store.assignSeat({ subscription_id: subscriptionId, email });
            sent++;
            this.ctx.reveal(seat);
            this.host.dispatchEvent(new PortalSeatAssignedEvent(seat));
          } catch (error) {
            if (error instanceof PortalApiError && error.status === 401) {
              // The session ended: what was not sent yet stays for the next sign-in.
              if (sent > 0) this.text = [...refused, ...valid.slice(index)].join('\n');
              throw error;
            }
            refused.push(email);
            problems.push(t.term('assignFailed', email, describeError(t, error)));
          }
        }
        this.text = refused.join('\n');
        this.problems = problems;
        return sent;
      },
      { success: (sent) => (sent ? t.term('assignedAnnouncement', sent) : '') },
    );
    if (this.problems.length) this.ctx.focus('#assign-emails');
  }

  /** The form: one field for several addresses, its hint, and what went wrong, tied to the field. */
  render(subscriptionId: string, free: number) {
    const t = this.ctx.localize;
    const invalid = this.problems.length > 0;
    const busy = this.ctx.actions.busy(ASSIGN);
    return html`<form
      part="assign-form"
      novalidate
      @submit=${(e: Event) => (e.preventDefault(), void this.submit(subscriptionId, free))}
    >
      <label for="assign-emails">${t.term('assignLabel')}</label>
      <textarea
        id="assign-emails"
        name="emails"
        rows="2"
        autocomplete="email"
        spellcheck="false"
        aria-describedby="assign-hint${invalid ? ' assign-problems' : ''}"
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${this.text}
        @input=${(e: Event) => {
          this.text = (e.target as HTMLTextAreaElement).value;
          this.host.requestUpdate();
        }}
      ></textarea>
      <p class="hint" id="assign-hint">${t.term('assignHint')}</p>
      ${
        invalid
          ? html`<div id="assign-problems" role="alert">
              <ul class="problems">
                ${this.problems.map((p) => html`<li class="error">${p}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      <button type="submit" part="assign-button" ?disabled=${busy}>
        ${busy ? t.term('assigning') : t.term('assignButton')}
      </button>
      ${this.ctx.actions.renderOutcome(ASSIGN)}
    </form>`;
  }
}
