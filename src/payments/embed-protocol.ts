/**
 * Polar's payment-method embed protocol, as `@polar-sh/checkout`'s `PolarEmbedPaymentMethod`
 * speaks it (`clients/packages/checkout/src/payment-method.ts` in Polar's repository): the frame
 * on Polar's origin posts `{ type: 'POLAR_PAYMENT_METHOD', event, … }` to the page that opened
 * it. The package only works with `https://polar.sh` (its allowed origins are fixed when it is
 * built), so the elements speak the protocol themselves, to Polar, its sandbox or the mock.
 * `test/payments/embed-protocol-types.test.ts` holds these types equal to the package's own.
 */

/** The `type` every message of the protocol carries. */
export const EMBED_MESSAGE_TYPE = 'POLAR_PAYMENT_METHOD';
/** Where Polar serves the frame, on its front end's origin. */
export const EMBED_PATH = '/embed/payment-method';
/** The return URL's parameter after a method that left for the provider's page and came back. */
export const EMBED_REDIRECT_STATUS_PARAM = 'polar_payment_method_status';

/**
 * Why the frame failed: `invalid_request` (its URL parameters), `unauthorized` (the session
 * token), `processing_failed` (declined, 3-D Secure failed, or the API refused the card),
 * `unknown`.
 */
export type EmbedErrorCode = 'invalid_request' | 'unauthorized' | 'processing_failed' | 'unknown';

/**
 * One message from the frame: `loaded` (ready for input), `close` (the customer closed it),
 * `confirmed` (the card was submitted: do not close until `success` or `error`), `success`
 * (the card is saved), `error`, and `resize` (an inline frame's content height).
 */
export type EmbedMessage =
  | { event: 'loaded' }
  | { event: 'close' }
  | { event: 'confirmed' }
  | { event: 'success'; paymentMethodId: string }
  | { event: 'error'; code: EmbedErrorCode }
  | { event: 'resize'; height: number };

const ERROR_CODES: readonly string[] = [
  'invalid_request',
  'unauthorized',
  'processing_failed',
  'unknown',
] satisfies EmbedErrorCode[];

/** Polar's ids are UUIDs; anything else from the frame is not a payment method id of Polar's. */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Taller than any card form; a larger figure is not the frame's height. */
const MAX_HEIGHT = 4000;

/**
 * The message `data` carries, or `null` when it is not one of the protocol's, checked field by
 * field: the frame is another origin's page, so what it posts is data to check, never trusted.
 */
export function parseEmbedMessage(data: unknown): EmbedMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.type !== EMBED_MESSAGE_TYPE) return null;
  switch (message.event) {
    case 'loaded':
    case 'close':
    case 'confirmed':
      return { event: message.event };
    case 'success':
      return typeof message.paymentMethodId === 'string' && ID.test(message.paymentMethodId)
        ? { event: 'success', paymentMethodId: message.paymentMethodId }
        : null;
    case 'error':
      return typeof message.code === 'string' && ERROR_CODES.includes(message.code)
        ? { event: 'error', code: message.code as EmbedErrorCode }
        : null;
    case 'resize':
      return typeof message.height === 'number' && Number.isFinite(message.height)
        ? { event: 'resize', height: Math.min(MAX_HEIGHT, Math.max(0, Math.ceil(message.height))) }
        : null;
    default:
      return null;
  }
}
