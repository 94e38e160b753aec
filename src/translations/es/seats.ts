import type { seats as en } from '../../locales/en/seats.js';

/** Spanish terms: seats. */
export const seats: typeof en = {
  seatsHeading: 'Plazas del equipo',
  seatsSignIn: 'Inicia sesión para gestionar las plazas de tu equipo.',
  seatsLoading: 'Cargando plazas…',
  seatsNone: 'No tienes ninguna suscripción que se cobre por plaza.',
  seatsEmpty: 'Todavía no hay plazas asignadas.',
  seatsSubscription: 'Suscripción',
  seatsUsed: (used: number, total: number) => `${used} de ${total} plazas ocupadas`,
  seatFreed: 'Plaza libre',
  seatStatusPending: 'Invitación pendiente',
  seatStatusClaimed: 'Activa',
  seatStatusRevoked: 'Retirada',
  seatInvitedOn: (date: string) => `Invitación del ${date}`,
  seatClaimedOn: (date: string) => `Se unió el ${date}`,
  seatRevokedOn: (date: string) => `Retirada el ${date}`,
  seatsReadOnly:
    'Solo el propietario del equipo o quien gestiona la facturación puede cambiar plazas.',
  assignLabel: 'Invitar por correo',
  assignHint: 'Varias direcciones a la vez: sepáralas con comas o saltos de línea.',
  assignButton: 'Enviar invitaciones',
  assigning: 'Enviando…',
  assignInvalid: (emails: string) => `Estas no son direcciones de correo: ${emails}`,
  assignEmpty: 'Escribe al menos una dirección de correo.',
  assignTooMany: (count: number, free: number) =>
    `${count} invitaciones pero ${free === 1 ? 'solo queda 1 plaza libre' : `solo quedan ${free} plazas libres`}. Añade plazas a la suscripción o retira una.`,
  assignNoneFree:
    'Todas las plazas están ocupadas. Añade plazas a la suscripción o retira una antes.',
  assignedAnnouncement: (count: number) =>
    count === 1 ? 'Invitación enviada.' : `${count} invitaciones enviadas.`,
  assignFailed: (email: string, reason: string) => `${email}: ${reason}`,
  resendInvitation: 'Reenviar invitación',
  resending: 'Enviando…',
  resentAnnouncement: (email: string) => `Se envió una nueva invitación a ${email}.`,
  revokeSeat: 'Retirar plaza',
  revokeHeading: (who: string) => `¿Retirar la plaza de ${who}?`,
  revokeConsequence: (who: string, product: string) =>
    `${who} pierde al momento el acceso a ${product} y sus ventajas. La plaza queda libre para otra persona.`,
  keepSeat: 'Mantener plaza',
  revoking: 'Retirando…',
  revokedAnnouncement: (who: string) => `Se retiró la plaza de ${who}.`,
  seatsNotEnabled:
    'Los puestos de equipo no están disponibles: este vendedor no ha activado los planes por puesto.',
};
