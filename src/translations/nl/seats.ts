import type { seats as en } from '../../locales/en/seats.js';

/** Dutch terms: seats. */
export const seats: typeof en = {
  seatsHeading: 'Teamplekken',
  seatsSignIn: 'Log in om de plekken van je team te beheren.',
  seatsLoading: 'Plekken worden geladen…',
  seatsNone: 'Je hebt geen abonnement dat per plek wordt gefactureerd.',
  seatsEmpty: 'Er zijn nog geen plekken toegewezen.',
  seatsSubscription: 'Abonnement',
  seatsUsed: (used: number, total: number) => `${used} van ${total} plekken in gebruik`,
  seatStatusPending: 'Openstaande uitnodiging',
  seatStatusClaimed: 'Actief',
  seatFreed: 'Vrije plek',
  seatStatusRevoked: 'Ingetrokken',
  seatInvitedOn: (date: string) => `Uitgenodigd op ${date}`,
  seatClaimedOn: (date: string) => `Lid sinds ${date}`,
  seatRevokedOn: (date: string) => `Ingetrokken op ${date}`,
  seatsReadOnly: 'Alleen de eigenaar of een factuurbeheerder van het team kan plekken wijzigen.',
  assignLabel: 'Uitnodigen per e-mail',
  assignHint: 'Meerdere adressen tegelijk: scheid ze met komma’s of nieuwe regels.',
  assignButton: 'Uitnodigingen versturen',
  assigning: 'Versturen…',
  assignInvalid: (emails: string) => `Dit zijn geen e-mailadressen: ${emails}`,
  assignEmpty: 'Vul ten minste één e-mailadres in.',
  assignTooMany: (count: number, free: number) =>
    `${count} uitnodigingen, maar ${free === 1 ? 'er is maar 1 plek' : `er zijn maar ${free} plekken`} vrij. Voeg plekken toe aan het abonnement of trek er een in.`,
  assignNoneFree:
    'Alle plekken zijn in gebruik. Voeg plekken toe aan het abonnement of trek eerst een plek in.',
  assignedAnnouncement: (count: number) =>
    count === 1 ? 'Uitnodiging verstuurd.' : `${count} uitnodigingen verstuurd.`,
  assignFailed: (email: string, reason: string) => `${email}: ${reason}`,
  resendInvitation: 'Uitnodiging opnieuw versturen',
  resending: 'Versturen…',
  resentAnnouncement: (email: string) => `Er is een nieuwe uitnodiging verstuurd naar ${email}.`,
  revokeSeat: 'Plek intrekken',
  revokeHeading: (who: string) => `Plek van ${who} intrekken?`,
  revokeConsequence: (who: string, product: string) =>
    `${who} verliest direct de toegang tot ${product} en de bijbehorende voordelen. De plek komt vrij voor iemand anders.`,
  keepSeat: 'Plek behouden',
  revoking: 'Intrekken…',
  revokedAnnouncement: (who: string) => `De plek van ${who} is ingetrokken.`,
  seatsNotEnabled:
    'Teamplekken zijn niet beschikbaar: deze verkoper biedt geen abonnementen per plek aan.',
};
