import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionController } from './session-controller.js';

/**
 * Whose place an element keeps (the page it is on, what was typed, what is open). A session
 * that expires keeps it for the same person signing in again; `forget` is called when someone
 * else signs in, or someone signs out on purpose, so no one sees another person's drafts.
 */
export class PlaceController implements ReactiveController {
  /** `customerId|memberId` of the person the place is kept for. */
  private owner: string | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly sessions: SessionController,
    private readonly forget: () => void,
  ) {
    host.addController(this);
    sessions.listen((change) => {
      if (change.status === 'signed-out' && change.reason === 'sign-out') this.reset();
      else this.follow();
    });
  }

  /** Also for a session that was signed in before the element came. */
  hostUpdate(): void {
    this.follow();
  }

  private follow(): void {
    const session = this.sessions.session;
    const info = session?.info;
    if (session?.status !== 'signed-in' || !info) return;
    const who = `${info.customerId}|${info.memberId ?? ''}`;
    if (this.owner !== null && this.owner !== who) this.reset();
    this.owner = who;
  }

  private reset(): void {
    this.owner = null;
    this.forget();
  }
}
