import type { seats as en } from '../../locales/en/seats.js';

const elides = (date: string) => /^(8|11)(?!\d)/.test(date);
/** "il 3 mar 2025", but "l’8 mar 2025" and "l’11 mar 2025": the article elides before a vowel. */
const il = (date: string) => (elides(date) ? `l’${date}` : `il ${date}`);
/** "dal 3 mar 2025", "dall’8 mar 2025". */
const dal = (date: string) => (elides(date) ? `dall’${date}` : `dal ${date}`);

/** Italian terms: seats. */
export const seats: typeof en = {
  seatsHeading: 'Postazioni del team',
  seatsSignIn: 'Accedere per gestire le postazioni del team.',
  seatsLoading: 'Caricamento delle postazioni…',
  seatsNone: 'Nessun abbonamento fatturato per postazione.',
  seatsEmpty: 'Nessuna postazione ancora assegnata.',
  seatsSubscription: 'Abbonamento',
  seatsUsed: (used: number, total: number) =>
    `${used} ${used === 1 ? 'postazione utilizzata' : 'postazioni utilizzate'} su ${total}`,
  seatStatusPending: 'Invito in attesa',
  seatStatusClaimed: 'Attiva',
  seatFreed: 'Postazione libera',
  seatStatusRevoked: 'Revocata',
  seatInvitedOn: (date: string) => `Invito inviato ${il(date)}`,
  seatClaimedOn: (date: string) => `Membro ${dal(date)}`,
  seatRevokedOn: (date: string) => `Revocata ${il(date)}`,
  seatsReadOnly:
    'Solo il titolare del team o un responsabile della fatturazione può modificare le postazioni.',
  assignLabel: 'Invita via email',
  assignHint: 'È possibile inserire più indirizzi, separati da virgole o su righe diverse.',
  assignButton: 'Invia inviti',
  assigning: 'Invio in corso…',
  assignInvalid: (emails: string) => `Questi non sono indirizzi email validi: ${emails}`,
  assignEmpty: 'Inserire almeno un indirizzo email.',
  assignTooMany: (count: number, free: number) =>
    `${count} ${count === 1 ? 'invito' : 'inviti'}, ma ${
      free === 0
        ? 'non ci sono postazioni libere'
        : free === 1
          ? 'è libera solo 1 postazione'
          : `sono libere solo ${free} postazioni`
    }. Aggiungere postazioni all’abbonamento o revocarne una.`,
  assignNoneFree:
    'Tutte le postazioni sono occupate. Aggiungere postazioni all’abbonamento o revocarne prima una.',
  assignedAnnouncement: (count: number) =>
    count === 1 ? 'Invito inviato.' : `${count} inviti inviati.`,
  assignFailed: (email: string, reason: string) => `${email}: ${reason}`,
  resendInvitation: 'Invia di nuovo l’invito',
  resending: 'Invio in corso…',
  resentAnnouncement: (email: string) => `È stato inviato un nuovo invito a ${email}.`,
  revokeSeat: 'Revoca postazione',
  revokeHeading: (who: string) => `Revocare la postazione di ${who}?`,
  revokeConsequence: (who: string, product: string) =>
    `${who} perde immediatamente l’accesso a ${product} e ai vantaggi inclusi. La postazione torna disponibile per un’altra persona.`,
  keepSeat: 'Mantieni postazione',
  revoking: 'Revoca in corso…',
  revokedAnnouncement: (who: string) => `La postazione di ${who} è stata revocata.`,
  seatsNotEnabled:
    'Le postazioni del team non sono disponibili: questo venditore non ha attivato i piani per postazione.',
};
