import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PortalApiError } from '../api/errors.js';
import type { CustomerSubscription, SubscriptionChargePreview } from '../api/types.js';

/** Where a change of plan or seats stands, for its dialog to render. */
export interface PreviewConsentState<Choice> {
  /** The subscription being changed; null while the dialog is closed. */
  subscription: CustomerSubscription | null;
  choice: Choice | null;
  /** What the API says the chosen change will cost; null until it answered for this choice. */
  preview: SubscriptionChargePreview | null;
  loading: boolean;
  consent: boolean;
  busy: boolean;
  error: string | null;
  /** What the last confirm failed with, for a dialog that offers a way out (a declined card). */
  failure: unknown;
}

const closedState = <Choice>(): PreviewConsentState<Choice> => ({
  subscription: null,
  choice: null,
  preview: null,
  loading: false,
  consent: false,
  busy: false,
  error: null,
  failure: null,
});

export interface PreviewConsentOptions<Choice> {
  /** The API's price of `choice` (Polar's change preview). */
  preview: (
    subscription: CustomerSubscription,
    choice: Choice,
  ) => Promise<SubscriptionChargePreview>;
  /** Applies `choice` through the store, answering the updated subscription. */
  apply: (subscription: CustomerSubscription, choice: Choice) => Promise<CustomerSubscription>;
  describe: (error: unknown) => string;
  /** After the change was applied and the dialog closed. */
  done: (updated: CustomerSubscription) => void;
  /** A choice that needs no preview (the current plan, an out-of-range count): nothing to ask. */
  previewable?: (subscription: CustomerSubscription, choice: Choice) => boolean;
  /** Wait this long after a choice before asking (typing a number); 0 asks at once. */
  debounceMs?: number;
}

/**
 * Choose, see the price, agree, confirm: the one flow behind every change that costs money
 * (plan and seats). Each choice asks the API for its preview and drops any answer that a later
 * choice overtook; consent resets with every new choice; confirming needs the current choice's
 * preview and the customer's consent, and keeps the dialog open with the reason on failure.
 * A 401 closes nothing: the session ended, and the element shows that, keeping the choice.
 */
export class PreviewConsentFlow<Choice> implements ReactiveController {
  state: PreviewConsentState<Choice> = closedState<Choice>();
  private request = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PreviewConsentOptions<Choice>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  get isOpen(): boolean {
    return this.state.subscription !== null;
  }

  /** Whether confirming would apply the change now. */
  get canConfirm(): boolean {
    const { preview, consent, busy, loading, choice } = this.state;
    return preview !== null && choice !== null && consent && !busy && !loading;
  }

  private set(patch: Partial<PreviewConsentState<Choice>>): void {
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }

  open(subscription: CustomerSubscription, choice: Choice | null = null): void {
    this.request++;
    clearTimeout(this.timer);
    this.state = { ...closedState<Choice>(), subscription, choice };
    this.host.requestUpdate();
  }

  /** A load the dialog needs before a choice can be made (the plans to choose from). */
  async prepare(load: () => Promise<void>): Promise<void> {
    const subscription = this.state.subscription;
    this.set({ loading: true, error: null });
    try {
      await load();
      if (this.state.subscription === subscription) this.set({ loading: false });
    } catch (error) {
      if (this.state.subscription === subscription)
        this.set({ loading: false, error: this.options.describe(error) });
    }
  }

  choose(choice: Choice): void {
    const subscription = this.state.subscription;
    if (!subscription) return;
    const request = ++this.request;
    clearTimeout(this.timer);
    this.set({
      choice,
      preview: null,
      consent: false,
      error: null,
      failure: null,
      loading: false,
    });
    if (this.options.previewable && !this.options.previewable(subscription, choice)) return;
    const ask = () => void this.askPreview(subscription, choice, request);
    if (this.options.debounceMs) this.timer = setTimeout(ask, this.options.debounceMs);
    else ask();
  }

  private async askPreview(subscription: CustomerSubscription, choice: Choice, request: number) {
    this.set({ loading: true });
    try {
      const preview = await this.options.preview(subscription, choice);
      if (request === this.request) this.set({ preview, loading: false });
    } catch (error) {
      if (request === this.request)
        this.set({ loading: false, error: this.options.describe(error) });
    }
  }

  consent(given: boolean): void {
    this.set({ consent: given });
  }

  async confirm(): Promise<void> {
    const { subscription, choice } = this.state;
    if (!subscription || choice === null || !this.canConfirm) return;
    this.set({ busy: true, error: null, failure: null });
    try {
      const updated = await this.options.apply(subscription, choice);
      this.close();
      this.options.done(updated);
    } catch (error) {
      const expired = error instanceof PortalApiError && error.status === 401;
      this.set({
        busy: false,
        error: expired ? null : this.options.describe(error),
        failure: expired ? null : error,
      });
    }
  }

  close = (): void => {
    this.request++;
    clearTimeout(this.timer);
    this.state = closedState<Choice>();
    this.host.requestUpdate();
  };
}
