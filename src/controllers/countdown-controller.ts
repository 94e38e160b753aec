import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A countdown to a deadline ("send a new code in 27 s"): the host re-renders once a second
 * while it runs, and not at all otherwise. The ticking stops when the deadline passes, when it
 * is stopped, and while the host is out of the document (so a removed element leaves no interval
 * running); it starts again if the host comes back before the deadline.
 */
export class CountdownController implements ReactiveController {
  private deadline = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Counts down `ms` from now (again, if it was running). */
  start(ms: number): void {
    this.deadline = Date.now() + ms;
    this.host.requestUpdate();
    this.tick();
  }

  /** Ends the countdown at once: `secondsLeft` is 0. */
  stop(): void {
    this.deadline = 0;
    this.halt();
    this.host.requestUpdate();
  }

  /** Whole seconds until the deadline, rounded up; 0 once it passed. */
  get secondsLeft(): number {
    return Math.max(0, Math.ceil((this.deadline - Date.now()) / 1000));
  }

  get running(): boolean {
    return this.secondsLeft > 0;
  }

  /** Whether an interval is active (tests: none is left behind). */
  get ticking(): boolean {
    return this.timer !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    // Seconds went by while away: show what is left now (0 if the deadline passed).
    if (this.deadline !== 0) this.host.requestUpdate();
    this.tick();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.halt();
  }

  private tick(): void {
    if (!this.connected || !this.running || this.timer !== undefined) return;
    this.timer = setInterval(() => {
      this.host.requestUpdate();
      if (!this.running) this.halt();
    }, 1000);
  }

  private halt(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
