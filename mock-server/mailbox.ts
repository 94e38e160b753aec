import { isoDate, type Clock } from './clock.js';

/** One email the mock "sent"; the dev mailbox shows it instead of delivering it. */
export interface SentEmail {
  to: string;
  subject: string;
  text: string;
  /** The sign-in code the email carries, if any, so tests and the demo need not parse `text`. */
  code: string | null;
  sent_at: string;
}

export class Mailbox {
  private emails: SentEmail[] = [];

  constructor(private readonly clock: Clock) {}

  send(email: Omit<SentEmail, 'sent_at'>): void {
    this.emails.unshift({ ...email, sent_at: isoDate(this.clock.now()) });
  }

  /** Newest first; filtered by recipient (case-insensitive) when `to` is given. */
  list(to?: string | null): SentEmail[] {
    if (!to) return [...this.emails];
    const wanted = to.toLowerCase();
    return this.emails.filter((e) => e.to.toLowerCase() === wanted);
  }

  clear(): void {
    this.emails = [];
  }

  /** Replaces the mailbox with saved emails (the Node server's state file). */
  restore(emails: SentEmail[]): void {
    this.emails = [...emails];
  }
}
