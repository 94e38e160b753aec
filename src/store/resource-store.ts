import type { PortalClient } from '../api/client.js';

/**
 * The kinds of resource the portal reads. A write names the kinds it touches (see
 * `portal-store.ts`), so every loaded value of those kinds is replaced or reloaded.
 */
export type ResourceKind =
  | 'subscriptions'
  | 'charge-preview'
  | 'orders'
  | 'customer'
  | 'payment-methods'
  | 'seats'
  | 'members'
  | 'benefit-grants'
  | 'license-keys'
  | 'downloadables'
  | 'meters'
  | 'wallets'
  /** The organization's public products (the plans a subscription may move to). */
  | 'catalog'
  | 'organization';

/** What an element sees of one resource. */
export interface ResourceState<T> {
  /** `pending` only until the first answer: a reload keeps showing the value it replaces. */
  status: 'pending' | 'complete' | 'error';
  value: T | undefined;
  error: unknown;
  /** A reload is under way (the value shown is about to be replaced). */
  refreshing: boolean;
}

export type Loader<T> = (client: PortalClient, signal: AbortSignal) => Promise<T>;

interface Entry {
  readonly kind: ResourceKind;
  readonly load: Loader<unknown>;
  state: ResourceState<unknown>;
  readonly listeners: Set<() => void>;
  /** Bumped for every load: an answer of an older load is dropped, not shown. */
  run: number;
  abort: AbortController | null;
  /** Needs loading before it is shown again. */
  stale: boolean;
}

/** Values with an `id` can be replaced by the server's newer answer; pages hold them in `items`. */
interface Identified {
  id: string;
}

/**
 * One session's resources, shared by every element of that session on the page. Elements
 * `watch` a resource by key; the first watcher loads it, later ones share the answer, and each
 * is told when it changes. Values are never edited in place: a write's answer replaces the
 * item in every loaded page with a new object (`replace`), and what the answer does not carry
 * is reloaded (`invalidate`). A live-update channel (Polar's `customers/stream`) can call the
 * same two methods.
 */
export class ResourceStore {
  private readonly entries = new Map<string, Entry>();

  constructor(protected readonly client: PortalClient) {}

  /**
   * Starts watching `key` (loading it if nothing has yet, or if it went stale) and calls
   * `listener` on every change. `load` is used the first time the key is seen; the key must
   * therefore name everything the loader depends on.
   */
  watch<T>(kind: ResourceKind, key: string, load: Loader<T>, listener: () => void): () => void {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {
        kind,
        load: load as Loader<unknown>,
        state: { status: 'pending', value: undefined, error: undefined, refreshing: false },
        listeners: new Set(),
        run: 0,
        abort: null,
        stale: true,
      };
      this.entries.set(key, entry);
    }
    entry.listeners.add(listener);
    if (entry.stale) void this.load(entry);
    const watched = entry;
    return () => {
      watched.listeners.delete(listener);
      // Nobody shows it: forget it, so the next watcher loads it fresh.
      if (watched.listeners.size === 0 && this.entries.get(key) === watched) {
        watched.abort?.abort();
        this.entries.delete(key);
      }
    };
  }

  /** What `key` holds now (pending when it was never loaded). */
  read<T>(key: string): ResourceState<T> {
    return (this.entries.get(key)?.state ?? {
      status: 'pending',
      value: undefined,
      error: undefined,
      refreshing: false,
    }) as ResourceState<T>;
  }

  /** Loads `key` again (a retry button). */
  reload(key: string): Promise<void> {
    const entry = this.entries.get(key);
    return entry ? this.load(entry) : Promise.resolve();
  }

  /** Reloads every watched resource of these kinds; the others are forgotten. */
  invalidate(...kinds: ResourceKind[]): void {
    void this.refresh(...kinds);
  }

  /**
   * `invalidate`, answering once every reload has its answer (or its error, which the
   * resource shows): for a caller that reads the new values next.
   */
  async refresh(...kinds: ResourceKind[]): Promise<void> {
    const loads: Promise<void>[] = [];
    for (const [key, entry] of [...this.entries]) {
      if (!kinds.includes(entry.kind)) continue;
      if (entry.listeners.size === 0) this.entries.delete(key);
      else loads.push(this.load(entry));
    }
    await Promise.all(loads);
  }

  /** Reloads everything watched (the same customer signed in again). */
  invalidateAll(): void {
    for (const entry of this.entries.values()) void this.load(entry);
  }

  /**
   * Puts the server's answer for one item into every loaded value of `kind`: the item itself, or
   * a page whose `items` hold it. New objects throughout; nothing that was shown is edited.
   */
  replace(kind: ResourceKind, item: Identified): void {
    for (const entry of this.entries.values()) {
      if (entry.kind !== kind || entry.state.value === undefined) continue;
      const value = entry.state.value as Partial<Identified> & { items?: Identified[] };
      let next: unknown = value;
      if (value.id === item.id) next = item;
      else if (Array.isArray(value.items) && value.items.some((i) => i.id === item.id))
        next = { ...value, items: value.items.map((i) => (i.id === item.id ? item : i)) };
      if (next !== value) this.set(entry, { ...entry.state, value: next });
    }
  }

  /** Forgets every value (another customer signed in, or the session ended on purpose). */
  clear(): void {
    for (const [key, entry] of [...this.entries]) {
      entry.abort?.abort();
      entry.run++;
      if (entry.listeners.size === 0) {
        this.entries.delete(key);
        continue;
      }
      entry.stale = true;
      this.set(entry, { status: 'pending', value: undefined, error: undefined, refreshing: false });
    }
  }

  /** Loads the watched resources a `clear` left empty. */
  resume(): void {
    for (const entry of this.entries.values()) if (entry.stale) void this.load(entry);
  }

  private async load(entry: Entry): Promise<void> {
    entry.abort?.abort();
    const abort = new AbortController();
    const run = ++entry.run;
    entry.abort = abort;
    entry.stale = false;
    this.set(entry, { ...entry.state, refreshing: entry.state.value !== undefined });
    try {
      const value = await entry.load(this.client, abort.signal);
      if (run !== entry.run) return; // a newer load or a clear overtook this one
      this.set(entry, { status: 'complete', value, error: undefined, refreshing: false });
    } catch (error) {
      if (run !== entry.run) return;
      // A failed reload keeps what was shown; a failed first load shows the error.
      this.set(
        entry,
        entry.state.value === undefined
          ? { status: 'error', value: undefined, error, refreshing: false }
          : { ...entry.state, error, refreshing: false },
      );
    } finally {
      if (entry.abort === abort) entry.abort = null;
    }
  }

  private set(entry: Entry, state: ResourceState<unknown>): void {
    entry.state = state;
    for (const listener of [...entry.listeners]) listener();
  }
}
