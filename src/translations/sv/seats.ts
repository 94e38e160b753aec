import type { seats as en } from '../../locales/en/seats.js';

/** Swedish terms: seats. */
export const seats: typeof en = {
  seatsHeading: 'Teamplatser',
  seatsSignIn: 'Logga in för att hantera ditt teams platser.',
  seatsLoading: 'Laddar platser…',
  seatsNone: 'Du har ingen prenumeration som faktureras per plats.',
  seatsEmpty: 'Inga platser har tilldelats än.',
  seatsSubscription: 'Prenumeration',
  seatsUsed: (used: number, total: number) => `${used} av ${total} platser används`,
  seatStatusPending: 'Inbjudan väntar',
  seatStatusClaimed: 'Aktiv',
  seatFreed: 'Ledig plats',
  seatStatusRevoked: 'Återkallad',
  seatInvitedOn: (date: string) => `Inbjuden den ${date}`,
  seatClaimedOn: (date: string) => `Gick med den ${date}`,
  seatRevokedOn: (date: string) => `Återkallad den ${date}`,
  seatsReadOnly: 'Bara teamets ägare eller en faktureringsansvarig kan ändra platserna.',
  assignLabel: 'Bjud in via e-post',
  assignHint: 'Flera adresser på en gång: separera dem med kommatecken eller radbrytningar.',
  assignButton: 'Skicka inbjudningar',
  assigning: 'Skickar…',
  assignInvalid: (emails: string) => `Det här är inte e-postadresser: ${emails}`,
  assignEmpty: 'Ange minst en e-postadress.',
  assignTooMany: (count: number, free: number) =>
    `${count} inbjudningar men ${free === 1 ? 'bara 1 plats är ledig' : `bara ${free} platser är lediga`}. Lägg till platser i prenumerationen eller återkalla en.`,
  assignNoneFree:
    'Alla platser används. Lägg till platser i prenumerationen eller återkalla en först.',
  assignedAnnouncement: (count: number) =>
    count === 1 ? 'Inbjudan har skickats.' : `${count} inbjudningar har skickats.`,
  assignFailed: (email: string, reason: string) => `${email}: ${reason}`,
  resendInvitation: 'Skicka inbjudan igen',
  resending: 'Skickar…',
  resentAnnouncement: (email: string) => `En ny inbjudan har skickats till ${email}.`,
  revokeSeat: 'Återkalla plats',
  revokeHeading: (who: string) => `Återkalla platsen för ${who}?`,
  revokeConsequence: (who: string, product: string) =>
    `${who} förlorar direkt åtkomsten till ${product} och dess förmåner. Platsen blir ledig för någon annan.`,
  keepSeat: 'Behåll plats',
  revoking: 'Återkallar…',
  revokedAnnouncement: (who: string) => `Platsen för ${who} har återkallats.`,
  seatsNotEnabled:
    'Teamplatser är inte tillgängliga: säljaren har inte aktiverat platsbaserade planer.',
};
