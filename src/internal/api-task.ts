import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { PortalClient } from '../api/client.js';
import type { PortalSession } from '../session/session.js';

/**
 * A `@lit/task` bound to the shared session: it runs when the host is signed in (and again when
 * its arguments change or the session changes), hands the call the session's client and an
 * abort signal, and stays idle while signed out.
 */
export class ApiTask<Args extends readonly unknown[], Result> {
  readonly task: Task<[PortalSession | null, string | null, ...Args], Result>;

  constructor(
    host: ReactiveControllerHost,
    options: {
      session: () => PortalSession | null;
      args?: () => Args;
      run: (client: PortalClient, args: Args, signal: AbortSignal) => Promise<Result>;
    },
  ) {
    this.task = new Task(host, {
      task: async ([session, signedInAs, ...args], { signal }) => {
        if (!session || !signedInAs) return undefined as Result;
        return options.run(session.client, args as unknown as Args, signal);
      },
      // The customer id is in the arguments so a new sign-in reloads the data.
      args: () =>
        [
          options.session(),
          options.session()?.status === 'signed-in'
            ? (options.session()?.info?.customerId ?? null)
            : null,
          ...(options.args?.() ?? ([] as unknown as Args)),
        ] as [PortalSession | null, string | null, ...Args],
    });
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  get value(): Result | undefined {
    return this.task.value;
  }

  get error(): unknown {
    return this.task.error;
  }

  /** Runs again (a "retry" button). */
  retry(): Promise<void> {
    return this.task.run();
  }
}
