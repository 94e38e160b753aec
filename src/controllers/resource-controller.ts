import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { PortalClient } from '../api/client.js';
import type { PortalSession } from '../session/session.js';
import type { ResourceKind, ResourceState } from '../store/resource-store.js';

/** What the three states render to; the same shape as `@lit/task`'s `render`. */
export interface ResourceRenderers<T, R> {
  pending?: () => R;
  error?: (error: unknown) => R;
  complete: (value: T) => R;
}

/**
 * One resource of the session's shared store, read by an element: it watches the store entry
 * for the current arguments while the session is signed in (so every element showing it sees
 * the same value and re-renders when a write anywhere changes it), and nothing while signed
 * out. Modelled on `@lit/task`: `render({ pending, error, complete })`, `value`, `retry()`.
 */
export class ResourceController<Args extends readonly unknown[], T> implements ReactiveController {
  private key: string | null = null;
  private unwatch: (() => void) | null = null;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      session: () => PortalSession | null;
      kind: ResourceKind;
      args?: () => Args;
      load: (client: PortalClient, args: Args, signal: AbortSignal) => Promise<T>;
      /** False while the element has no use for it (a hidden feature, a closed detail). */
      enabled?: () => boolean;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }

  /** Before each render: follow the session and the arguments to the right store entry. */
  hostUpdate(): void {
    const session = this.options.session();
    const signedIn = session?.status === 'signed-in' && session.info !== null;
    const enabled = this.connected && signedIn && (this.options.enabled?.() ?? true);
    const args = this.options.args?.() ?? ([] as unknown as Args);
    // The signed-in person is part of the key: another customer never sees this one's entry.
    const key = enabled
      ? `${this.options.kind}|${session.info?.customerId}|${session.info?.memberId ?? ''}|${JSON.stringify(args)}`
      : null;
    if (key === this.key) return;
    this.stop();
    this.key = key;
    if (!key || !session) return;
    const watchedArgs = args;
    this.unwatch = session.store.watch(
      this.options.kind,
      key,
      (client, signal) => this.options.load(client, watchedArgs, signal),
      () => this.host.requestUpdate(),
    );
  }

  private stop(): void {
    this.unwatch?.();
    this.unwatch = null;
    this.key = null;
  }

  /** The entry's state; `null` while signed out (or disabled). */
  get state(): ResourceState<T> | null {
    const session = this.options.session();
    return this.key && session ? session.store.read<T>(this.key) : null;
  }

  get value(): T | undefined {
    return this.state?.value;
  }

  get error(): unknown {
    return this.state?.error;
  }

  /** A reload is under way with the previous value still shown. */
  get refreshing(): boolean {
    return this.state?.refreshing ?? false;
  }

  /** Loads again (a "retry" button). */
  retry(): Promise<void> {
    const session = this.options.session();
    return this.key && session ? session.store.reload(this.key) : Promise.resolve();
  }

  render<R>(renderers: ResourceRenderers<T, R>): R | typeof nothing {
    const state = this.state;
    if (!state) return nothing;
    if (state.status === 'complete') return renderers.complete(state.value as T);
    if (state.status === 'error') return renderers.error?.(state.error) ?? nothing;
    return renderers.pending?.() ?? nothing;
  }
}
