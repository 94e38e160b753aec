import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionInfo } from '../session/session.js';
import type { SessionController } from './session-controller.js';

const personOf = (info: SessionInfo) => `${info.customerId}|${info.memberId ?? ''}`;

/**
 * Forgets what an element keeps for the person signed in (form drafts, the page, open details)
 * when someone else signs in. The same person signing in again after their session ended finds
 * it all where they left it; another person starts clean, because nothing typed by one customer
 * may be shown to the next one on a shared computer.
 */
class PersonChangeController implements ReactiveController {
  private person: string | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly sessions: SessionController,
    reset: () => void,
  ) {
    host.addController(this);
    sessions.listen((change) => {
      if (change.status !== 'signed-in' || !change.info) return;
      const person = personOf(change.info);
      if (this.person !== null && person !== this.person) reset();
      this.person = person;
    });
  }

  /** The element may have been put on the page after the sign-in: who it showed is who it saw. */
  hostUpdated(): void {
    const session = this.sessions.session;
    if (session?.status === 'signed-in' && session.info) this.person = personOf(session.info);
  }
}

/** Calls `reset` (before the element renders) whenever another person than before signs in. */
export function forgetOnPersonChange(
  host: ReactiveControllerHost,
  sessions: SessionController,
  reset: () => void,
): void {
  new PersonChangeController(host, sessions, reset);
}
