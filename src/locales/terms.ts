import type { benefits } from './en/benefits.js';
import type { cardEmbed } from './en/card-embed.js';
import type { common } from './en/common.js';
import type { customer } from './en/customer.js';
import type { login } from './en/login.js';
import type { orders } from './en/orders.js';
import type { payment } from './en/payment.js';
import type { portal } from './en/portal.js';
import type { seats } from './en/seats.js';
import type { subscriptions } from './en/subscriptions.js';

/**
 * Every term of every element, by the shape of the English files. Each area is registered by the
 * element that uses it, so an entry that defines one element carries only its own strings.
 */
export type PortalTerms = typeof common &
  typeof login &
  typeof subscriptions &
  typeof seats &
  typeof orders &
  typeof payment &
  typeof customer &
  typeof cardEmbed &
  typeof benefits &
  typeof portal;
