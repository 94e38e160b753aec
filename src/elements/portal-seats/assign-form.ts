import { html, nothing, type TemplateResult } from 'lit';
import type { PortalClient } from '../../api/client.js';
import type { CustomerSeat } from '../../api/types.js';
import type { PortalLocalize } from '../../internal/localize.js';
import { parseEmails } from './emails.js';

export interface AssignState {
  /** What the customer typed; after sending, only the addresses that failed stay. */
  text: string;
  busy: boolean;
  /** One sentence per problem: malformed addresses, too many, or the API's refusal per address. */
  problems: string[];
}

export const idleAssign = (): AssignState => ({ text: '', busy: false, problems: [] });

/**
 * Checks the addresses before anything is sent (malformed ones and more than the free seats are
 * refused here), then assigns them one by one: each success is reported through `assigned`,
 * each refusal keeps its address in the field with the API's reason.
 */
export async function assignSeats(
  t: PortalLocalize,
  state: AssignState,
  free: number,
  send: { client: PortalClient; subscriptionId: string; describe: (error: unknown) => string },
  assigned: (seat: CustomerSeat) => void,
): Promise<{ state: AssignState; sent: number }> {
  const { valid, invalid } = parseEmails(state.text);
  if (invalid.length) return problem(state, t.term('assignInvalid', invalid.join(', ')));
  if (valid.length === 0) return problem(state, t.term('assignEmpty'));
  if (free === 0) return problem(state, t.term('assignNoneFree'));
  if (valid.length > free) return problem(state, t.term('assignTooMany', valid.length, free));
  const failed: string[] = [];
  const problems: string[] = [];
  for (const email of valid) {
    try {
      assigned(await send.client.assignSeat({ subscription_id: send.subscriptionId, email }));
    } catch (error) {
      failed.push(email);
      problems.push(t.term('assignFailed', email, send.describe(error)));
    }
  }
  return {
    state: { text: failed.join('\n'), busy: false, problems },
    sent: valid.length - failed.length,
  };
}

const problem = (state: AssignState, sentence: string) => ({
  state: { ...state, busy: false, problems: [sentence] },
  sent: 0,
});

/** The form: one field for several addresses, its hint, and what went wrong, tied to the field. */
export function renderAssignForm(
  t: PortalLocalize,
  state: AssignState,
  on: { input: (text: string) => void; submit: () => void },
): TemplateResult {
  const invalid = state.problems.length > 0;
  return html`<form
    part="assign-form"
    novalidate
    @submit=${(e: Event) => (e.preventDefault(), on.submit())}
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
      .value=${state.text}
      @input=${(e: Event) => on.input((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="hint" id="assign-hint">${t.term('assignHint')}</p>
    ${
      invalid
        ? html`<div id="assign-problems" role="alert">
            <ul class="problems">
              ${state.problems.map((p) => html`<li class="error">${p}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    <button type="submit" ?disabled=${state.busy}>
      ${state.busy ? t.term('assigning') : t.term('assignButton')}
    </button>
  </form>`;
}
