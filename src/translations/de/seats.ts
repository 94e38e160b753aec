import type { seats as en } from '../../locales/en/seats.js';

/** German terms: seats. */
export const seats: typeof en = {
  seatsHeading: 'Team-Plätze',
  seatsSignIn: 'Melden Sie sich an, um die Plätze Ihres Teams zu verwalten.',
  seatsLoading: 'Plätze werden geladen…',
  seatsNone: 'Sie haben kein Abonnement, das pro Platz abgerechnet wird.',
  seatsEmpty: 'Es sind noch keine Plätze vergeben.',
  seatsSubscription: 'Abonnement',
  seatsUsed: (used: number, total: number) => `${used} von ${total} Plätzen belegt`,
  seatStatusPending: 'Einladung offen',
  seatStatusClaimed: 'Aktiv',
  seatFreed: 'Freier Platz',
  seatStatusRevoked: 'Entzogen',
  seatInvitedOn: (date: string) => `Eingeladen am ${date}`,
  seatClaimedOn: (date: string) => `Beigetreten am ${date}`,
  seatRevokedOn: (date: string) => `Entzogen am ${date}`,
  seatsReadOnly: 'Nur die Inhaberin oder ein Abrechnungsverwalter des Teams kann Plätze ändern.',
  assignLabel: 'Per E-Mail einladen',
  assignHint: 'Mehrere Adressen auf einmal: mit Kommas oder Zeilenumbrüchen trennen.',
  assignButton: 'Einladungen senden',
  assigning: 'Wird gesendet…',
  assignInvalid: (emails: string) => `Das sind keine E-Mail-Adressen: ${emails}`,
  assignEmpty: 'Geben Sie mindestens eine E-Mail-Adresse ein.',
  assignTooMany: (count: number, free: number) =>
    `${count} Einladungen, aber ${free === 1 ? 'nur 1 Platz ist' : `nur ${free} Plätze sind`} frei. Fügen Sie dem Abonnement Plätze hinzu oder entziehen Sie einen.`,
  assignNoneFree:
    'Alle Plätze sind belegt. Fügen Sie dem Abonnement Plätze hinzu oder entziehen Sie zuerst einen.',
  assignedAnnouncement: (count: number) =>
    count === 1 ? 'Einladung gesendet.' : `${count} Einladungen gesendet.`,
  assignFailed: (email: string, reason: string) => `${email}: ${reason}`,
  resendInvitation: 'Einladung erneut senden',
  resending: 'Wird gesendet…',
  resentAnnouncement: (email: string) => `Eine neue Einladung ging an ${email}.`,
  revokeSeat: 'Platz entziehen',
  revokeHeading: (who: string) => `Den Platz von ${who} entziehen?`,
  revokeConsequence: (who: string, product: string) =>
    `${who} verliert sofort den Zugang zu ${product} und seinen Vorteilen. Der Platz wird für jemand anderen frei.`,
  keepSeat: 'Platz behalten',
  revoking: 'Wird entzogen…',
  revokedAnnouncement: (who: string) => `Der Platz von ${who} wurde entzogen.`,
  seatsNotEnabled:
    'Team-Plätze sind nicht verfügbar: Dieser Anbieter hat Tarife mit Plätzen nicht aktiviert.',
};
