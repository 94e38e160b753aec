import type { common as en } from '../en/common.js';

/** Spanish terms: common. */
export const common: typeof en = {
  errorRateLimited: (minutes: number) =>
    `Demasiados intentos. Vuelve a intentarlo en ${minutes} min.`,
  errorNetwork: 'No pudimos conectar con el servidor. Revisa tu conexión y vuelve a intentarlo.',
  errorGeneric: (message: string) => `Algo salió mal: ${message}`,
  retry: 'Reintentar',
  loading: 'Cargando…',
  loadFailed: (message: string) => `No pudimos cargar esto: ${message}`,
  perInterval: (price: string, interval: string) => `${price} / ${interval}`,
  intervalDay: 'día',
  intervalWeek: 'semana',
  intervalMonth: 'mes',
  intervalYear: 'año',
  seatsCount: (count: number) => (count === 1 ? '1 plaza' : `${count} plazas`),
  previousPage: 'Anterior',
  nextPage: 'Siguiente',
  pageOf: (page: number, pages: number) => `Página ${page} de ${pages}`,
  close: 'Cerrar',
  pagination: 'Páginas',
  errorForbidden:
    'Tu rol en esta cuenta no permite hacer esto. Pídeselo a su propietario o a quien gestiona la facturación.',
  save: 'Guardar',
  saving: 'Guardando…',
  dismiss: 'Cancelar',
  billingName: 'Nombre de facturación',
  addressLine1: 'Dirección',
  addressLine2: 'Dirección, línea 2 (opcional)',
  postalCode: 'Código postal',
  city: 'Ciudad',
  region: 'Provincia o región',
  country: 'País',
  chooseCountry: 'Elige un país',
  details: 'Detalles',
  fixErrors: 'Revisa los campos marcados.',
};
