import { isoDate, type Clock } from './clock.js';
import { NewestFirst } from './newest-first.js';

/** One email the mock "sent"; the dev mailbox shows it instead of delivering it. */
export interface SentEmail {
  to: string;
  subject: string;
  text: string;
  /** The sign-in code the email carries, if any, so tests and the demo need not parse `text`. */
  code: string | null;
  sent_at: string;
}

/** The dev mailbox keeps the newest 500 emails, and at most about 1 MB of them. */
export const MAILBOX_MAX_EMAILS = 500;
export const MAILBOX_MAX_CHARS = 1_000_000;

export class Mailbox {
  private readonly emails = new NewestFirst<SentEmail>(MAILBOX_MAX_EMAILS, MAILBOX_MAX_CHARS);

  constructor(private readonly clock: Clock) {}

  send(email: Omit<SentEmail, 'sent_at'>): void {
    this.emails.add({ ...email, sent_at: isoDate(this.clock.now()) });
  }

  /** Newest first; filtered by recipient (case-insensitive) when `to` is given. */
  list(to?: string | null): SentEmail[] {
    if (!to) return this.emails.list();
    const wanted = to.toLowerCase();
    return this.emails.list().filter((e) => e.to.toLowerCase() === wanted);
  }

  clear(): void {
    this.emails.clear();
  }

  /** Changes whenever the mailbox does (the state file's cheap "anything new?"). */
  get version(): number {
    return this.emails.version;
  }

  /** Replaces the mailbox with saved emails (the Node server's state file). */
  restore(emails: SentEmail[]): void {
    this.emails.restore(emails);
  }
}
