import type { cardEmbed as en } from '../../locales/en/card-embed.js';

/** Términos en español: añadir una tarjeta con el formulario de tarjeta de Polar. */
export const cardEmbed: typeof en = {
  cardEmbedHeading: 'Añadir una tarjeta',
  cardEmbedTitle: 'Formulario seguro de tarjeta de Polar',
  cardEmbedDefaultNote: 'La nueva tarjeta pasa a ser tu método de pago predeterminado.',
  cardEmbedLoading: 'Cargando el formulario seguro de tarjeta…',
  cardEmbedSaving: 'Guardando tu tarjeta…',
  cardEmbedOpening: 'Abriendo el formulario de tarjeta…',
  cardEmbedCancel: 'Cancelar',
  cardEmbedRetry: 'Reintentar',
  cardEmbedAdded: 'Tu tarjeta se añadió.',
  cardEmbedRedirectFailed: 'No se pudo añadir tu tarjeta. No se guardó nada; inténtalo de nuevo.',
  cardEmbedProcessingFailed:
    'No se pudo guardar la tarjeta. Revisa los datos del formulario o usa otra tarjeta.',
  cardEmbedUnauthorized:
    'Tu sesión ha terminado, así que el formulario de tarjeta no puede abrirse. Vuelve a iniciar sesión.',
  cardEmbedInvalid: 'No se pudo abrir el formulario de tarjeta. Inténtalo de nuevo en un momento.',
  cardEmbedUnknown:
    'Algo falló en el formulario de tarjeta. No se guardó nada; inténtalo de nuevo.',
  cardEmbedTimeout:
    'El formulario de tarjeta no se cargó. Revisa tu conexión e inténtalo de nuevo (puede que la página bloquee los marcos de Polar).',
  cardEmbedBadOrigin:
    'Aquí no se pueden añadir tarjetas: la dirección del formulario de tarjeta no es un origen seguro.',
};
