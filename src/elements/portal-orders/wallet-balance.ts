import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ListQuery } from '../../api/client.js';
import type { ListResourceCustomerWallet } from '../../api/types.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { formatMoney } from '../../internal/format.js';
import type { OrdersContext } from './orders-context.js';

/**
 * The customer's wallet, next to the orders it pays into: a credit (a downgrade's unused time,
 * say) that Polar takes off the next invoices, or a debt it adds to them (`order/amounts.py`
 * `apply_wallet_balance`; a balance above zero is credit). Nothing is shown for an empty
 * wallet, or when it cannot be read.
 */
export class WalletBalance {
  private readonly wallets: ResourceController<[ListQuery], ListResourceCustomerWallet>;

  constructor(
    host: ReactiveControllerHost,
    private readonly ctx: OrdersContext,
    enabled: () => boolean,
  ) {
    this.wallets = new ResourceController(host, {
      session: ctx.session,
      kind: 'wallets',
      args: (): [ListQuery] => [{ limit: 10 }],
      load: (client, [query]) => client.listWallets(query),
      enabled,
    });
  }

  render(): TemplateResult | typeof nothing {
    const t = this.ctx.localize;
    const wallets = (this.wallets.value?.items ?? []).filter((w) => w.balance !== 0);
    if (wallets.length === 0) return nothing;
    return html`<p part="wallet" class="hint">
      ${wallets.map((w) => {
        const amount = formatMoney(Math.abs(w.balance), w.currency, t.lang());
        return w.balance > 0 ? t.term('walletCredit', amount) : t.term('walletDebt', amount);
      })}
    </p>`;
  }
}
