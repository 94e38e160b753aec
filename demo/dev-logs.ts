import type { SentEmail } from '../mock-server/index.js';
import type { WebhookEvent } from '../mock-server/webhooks/log.js';

/**
 * The mock's dev mailbox and webhook log, newest first, polled every 1.5 s: on the designers'
 * page and in the React and Vue apps (whose static build runs its own mock in the page, so each
 * page shows its own mail). Everything is rendered as text.
 */
export function watchDevLogs(lists: { mailbox: HTMLElement; webhooks?: HTMLElement }): void {
  // Replace a list only when its data changed, so a code being selected stays selected.
  const shown = new Map<HTMLElement, string>();
  const render = <T>(list: HTMLElement, data: T[], item: (entry: T) => HTMLLIElement) => {
    const key = JSON.stringify(data);
    if (shown.get(list) === key) return;
    shown.set(list, key);
    list.replaceChildren(...data.map(item));
  };
  const refresh = async () => {
    const emails = (await (await fetch('/__dev/emails')).json()) as SentEmail[];
    render(lists.mailbox, emails, mailItem);
    if (!lists.webhooks) return;
    const events = (await (await fetch('/__dev/webhooks')).json()) as WebhookEvent[];
    render(lists.webhooks, events.slice(0, 50), webhookItem);
  };
  setInterval(() => void refresh().catch(() => undefined), 1500);
  void refresh().catch(() => undefined);
}

function mailItem(email: SentEmail): HTMLLIElement {
  const item = document.createElement('li');
  item.textContent = `To ${email.to} at ${new Date(email.sent_at).toLocaleTimeString()}\n${email.subject}\n`;
  if (email.code) {
    const code = document.createElement('span');
    code.className = 'code';
    code.textContent = email.code;
    item.append('Code: ', code);
  }
  return item;
}

function webhookItem(event: WebhookEvent): HTMLLIElement {
  const item = document.createElement('li');
  const last = event.deliveries.at(-1);
  const delivery = last ? ` → ${last.status ?? last.error ?? 'pending'}` : ' (no endpoint)';
  item.textContent = `${new Date(event.timestamp).toLocaleTimeString()} ${event.type}${delivery}`;
  return item;
}
