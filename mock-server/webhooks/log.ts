import type { Webhook } from 'standardwebhooks';
import { isoDate, type Clock } from '../clock.js';
import { newId } from '../db/ids.js';
import { NewestFirst } from '../newest-first.js';

/**
 * Every webhook the mock emits, delivered signed to a merchant's endpoint when one is
 * configured, as Polar delivers them (reference.md §7), and the newest kept for
 * `GET /__dev/webhooks` (bounded, so the log and the state file never grow without end).
 */

export interface WebhookEndpoint {
  url: string;
  /** `whsec_...`; Polar's HMAC key is the UTF-8 bytes of this whole string, prefix included. */
  secret: string;
  /** First retry delay; doubles each time (Polar: 2 s, up to 10 attempts). */
  retryBaseMs?: number;
  maxAttempts?: number;
  timeoutMs?: number;
}

export interface WebhookDelivery {
  attempt: number;
  at: string;
  status: number | null;
  error: string | null;
}

export interface WebhookEvent {
  id: string;
  type: string;
  timestamp: string;
  payload: { type: string; timestamp: string; data: unknown };
  deliveries: WebhookDelivery[];
}

const MAX_BACKOFF_MS = 20 * 60_000;

/** The log keeps the newest 500 events, and at most about 4 MB of them. */
export const WEBHOOK_LOG_MAX_EVENTS = 500;
export const WEBHOOK_LOG_MAX_CHARS = 4_000_000;
/** What an event's delivery records may add as they come in (up to 10 attempts). */
const DELIVERY_RECORDS_CHARS = 1_000;

export class WebhookLog {
  private readonly events = new NewestFirst<WebhookEvent>(
    WEBHOOK_LOG_MAX_EVENTS,
    WEBHOOK_LOG_MAX_CHARS,
    (event) => JSON.stringify(event).length + DELIVERY_RECORDS_CHARS,
  );
  /** Events waiting for the state file to hold them before they are sent; null: send at once. */
  private held: WebhookEvent[] | null = null;
  private signer: Promise<Webhook> | null = null;
  /** Deliveries under way, so tests and shutdown can wait for them. */
  private readonly pending = new Set<Promise<void>>();
  /** Delivery records added or completed: they change the log without adding to it. */
  private deliveryUpdates = 0;

  constructor(
    private readonly clock: Clock,
    private readonly endpoint: WebhookEndpoint | null,
  ) {}

  /**
   * The Standard Webhooks signer, loaded on the first delivery: only the Node server delivers,
   * and the library is CommonJS, which the browser build of the mock need not load.
   */
  private getSigner(secret: string): Promise<Webhook> {
    // Polar hands the base64 of the raw secret to the library: the key is the whole string's bytes.
    // From the UTF-8 bytes, not `btoa(secret)`, which throws on any character past Latin-1.
    this.signer ??= import('standardwebhooks').then(
      ({ Webhook }) => new Webhook(btoa(String.fromCharCode(...new TextEncoder().encode(secret)))),
    );
    return this.signer;
  }

  emit(type: string, data: unknown): WebhookEvent {
    const timestamp = isoDate(this.clock.now());
    const event: WebhookEvent = {
      id: newId(),
      type,
      timestamp,
      payload: { type, timestamp, data },
      deliveries: [],
    };
    this.events.add(event);
    if (this.held) this.held.push(event);
    else this.startDelivery(event);
    return event;
  }

  /**
   * From now on, events are sent only once `releaseHeld` says the state that emitted them is
   * saved (the Node server with a state file): a change rolled back after a failed write must
   * not have told the merchant's endpoint about itself.
   */
  holdUntilSaved(): void {
    this.held ??= [];
  }

  /** Sends the held events still in the log; a rolled-back change's events are not. */
  releaseHeld(): void {
    if (!this.held?.length) return;
    const kept = new Set(this.events.list());
    for (const event of this.held.splice(0)) if (kept.has(event)) this.startDelivery(event);
  }

  private startDelivery(event: WebhookEvent): void {
    if (!this.endpoint) return;
    const delivery = this.deliver(event, this.endpoint);
    this.pending.add(delivery);
    void delivery.finally(() => this.pending.delete(delivery));
  }

  list(type?: string | null): WebhookEvent[] {
    const events = this.events.list();
    return type ? events.filter((e) => e.type === type) : events;
  }

  clear(): void {
    this.events.clear();
  }

  /** Changes whenever the log does, delivery records included (the state file's "anything new?"). */
  get version(): number {
    return this.events.version + this.deliveryUpdates;
  }

  /** Replaces the log with saved events (the Node server's state file); nothing is re-sent. */
  restore(events: WebhookEvent[]): void {
    this.events.restore(events);
  }

  /** Resolves when every delivery started so far has finished (succeeded or given up). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private async deliver(event: WebhookEvent, endpoint: WebhookEndpoint): Promise<void> {
    const signer = await this.getSigner(endpoint.secret);
    const body = JSON.stringify(event.payload);
    const maxAttempts = endpoint.maxAttempts ?? 10;
    const baseMs = endpoint.retryBaseMs ?? 2000;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      // A fresh timestamp and signature per attempt; the id stays, so receivers can deduplicate.
      const sentAt = new Date(Date.now());
      const record: WebhookDelivery = {
        attempt,
        at: sentAt.toISOString(),
        status: null,
        error: null,
      };
      event.deliveries.push(record);
      this.deliveryUpdates++;
      try {
        const response = await fetch(endpoint.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'polar.sh webhooks',
            'webhook-id': event.id,
            'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
            'webhook-signature': signer.sign(event.id, sentAt, body),
          },
          body,
          signal: AbortSignal.timeout(endpoint.timeoutMs ?? 10_000),
        });
        record.status = response.status;
        this.deliveryUpdates++;
        await response.body?.cancel();
        if (response.ok) return;
      } catch (error) {
        record.error = (error as Error).message;
        this.deliveryUpdates++;
      }
      if (attempt < maxAttempts) {
        await new Promise((resolve) =>
          setTimeout(resolve, Math.min(baseMs * 2 ** (attempt - 1), MAX_BACKOFF_MS)),
        );
      }
    }
  }
}
