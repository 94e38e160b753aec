import type { ActionController } from '../../controllers/action-controller.js';
import type { PortalLocalize } from '../../internal/localize.js';
import type { PortalSession } from '../../session/session.js';

/**
 * What the sub-features of `<portal-orders>` (billing details, documents, payment) use of the
 * element: its session, its words, its one action controller (so one action runs at a time and
 * every outcome shows the same way) and focus after the next render.
 */
export interface OrdersContext {
  session: () => PortalSession | null;
  localize: PortalLocalize;
  actions: ActionController;
  focus: (selector: string) => void;
}
