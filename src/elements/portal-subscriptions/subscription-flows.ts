import { html, type ReactiveControllerHost } from 'lit';
import type { CustomerSubscription } from '../../api/types.js';
import { CancelSubscription } from './cancel-dialog.js';
import { PlanChange } from './change-plan-dialog.js';
import { SeatsChange } from './change-seats-dialog.js';
import { PauseSubscription } from './pause-dialog.js';
import type { ActionHandlers } from './subscription-actions.js';
import type { ChangeContext } from './subscription-change.js';
import { SubscriptionConfirms } from './subscription-confirms.js';
import { cancelScheduledPause, resumeSubscription } from './subscription-writes.js';

/**
 * Every change a customer makes to a subscription, wired to the buttons of its row: the
 * dialogs (cancel, plan, seats, pause), the confirmations (resume a pause, withdraw a scheduled
 * change) and the one-click writes (withdraw a cancellation or a scheduled pause).
 */
export class SubscriptionFlows {
  private readonly cancel: CancelSubscription;
  private readonly planChange: PlanChange;
  private readonly seatsChange: SeatsChange;
  private readonly pause: PauseSubscription;
  private readonly confirms: SubscriptionConfirms;
  readonly handlers: ActionHandlers;

  constructor(host: ReactiveControllerHost & { renderRoot: ParentNode }, ctx: ChangeContext) {
    this.cancel = new CancelSubscription(ctx);
    this.planChange = new PlanChange(ctx);
    this.seatsChange = new SeatsChange(ctx);
    this.pause = new PauseSubscription(ctx);
    this.confirms = new SubscriptionConfirms(host, ctx);
    this.handlers = {
      cancel: (s: CustomerSubscription) => this.cancel.open(s),
      resume: (s: CustomerSubscription) => resumeSubscription(ctx, s),
      changePlan: (s: CustomerSubscription) => this.planChange.open(s),
      changeSeats: (s: CustomerSubscription) => this.seatsChange.open(s),
      cancelScheduledChange: (s, opener) => this.confirms.cancelScheduledChange(s, opener),
      pause: (s: CustomerSubscription) => this.pause.open(s),
      cancelPause: (s: CustomerSubscription) => cancelScheduledPause(ctx, s),
      resumePause: (s, opener) => this.confirms.resumePause(s, opener),
      busy: (key: string) => ctx.actions.busy(key),
    };
  }

  /** Closes every dialog (another person signed in). */
  close(): void {
    this.cancel.close();
    this.planChange.flow.close();
    this.seatsChange.flow.close();
    this.pause.close();
    this.confirms.close();
  }

  render() {
    return html`${this.cancel.render()} ${this.planChange.render()} ${this.seatsChange.render()}
    ${this.pause.render()} ${this.confirms.render()}`;
  }
}
