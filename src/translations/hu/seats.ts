import type { seats as en } from '../../locales/en/seats.js';

/** Hungarian terms: seats. Nouns stay singular after a number (3 felhasználói hely). */
export const seats: typeof en = {
  seatsHeading: 'Felhasználói helyek',
  seatsSignIn: 'Jelentkezzen be a csapata felhasználói helyeinek kezeléséhez.',
  seatsLoading: 'Felhasználói helyek betöltése…',
  seatsNone: 'Nincs felhasználói helyek alapján számlázott előfizetése.',
  seatsEmpty: 'Még nincs kiosztott felhasználói hely.',
  seatsSubscription: 'Előfizetés',
  seatsUsed: (used: number, total: number) => `${used}/${total} felhasználói hely foglalt`,
  seatStatusPending: 'Meghívó függőben',
  seatStatusClaimed: 'Aktív',
  seatFreed: 'Szabad hely',
  seatStatusRevoked: 'Visszavonva',
  seatInvitedOn: (date: string) => `Meghívva: ${date}`,
  seatClaimedOn: (date: string) => `Csatlakozott: ${date}`,
  seatRevokedOn: (date: string) => `Visszavonva: ${date}`,
  seatsReadOnly:
    'A felhasználói helyeket csak a csapat tulajdonosa vagy számlázási kezelője módosíthatja.',
  assignLabel: 'Meghívás e-mailben',
  assignHint: 'Egyszerre több cím is megadható: válassza el őket vesszővel vagy új sorral.',
  assignButton: 'Meghívók küldése',
  assigning: 'Küldés…',
  assignInvalid: (emails: string) => `Ezek nem e-mail-címek: ${emails}`,
  assignEmpty: 'Adjon meg legalább egy e-mail-címet.',
  assignTooMany: (count: number, free: number) =>
    `${count} meghívó, de csak ${free} szabad felhasználói hely van. Bővítse az előfizetést további helyekkel, vagy vonjon vissza egyet.`,
  assignNoneFree:
    'Minden felhasználói hely foglalt. Előbb bővítse az előfizetést további helyekkel, vagy vonjon vissza egyet.',
  assignedAnnouncement: (count: number) =>
    count === 1 ? 'Meghívó elküldve.' : `${count} meghívó elküldve.`,
  assignFailed: (email: string, reason: string) => `${email}: ${reason}`,
  resendInvitation: 'Meghívó újraküldése',
  resending: 'Küldés…',
  resentAnnouncement: (email: string) => `Új meghívót küldtünk erre a címre: ${email}.`,
  revokeSeat: 'Hely visszavonása',
  revokeHeading: (who: string) => `Visszavonja ${who} felhasználói helyét?`,
  revokeConsequence: (who: string, product: string) =>
    `${who} azonnal elveszíti a hozzáférését a termékhez (${product}) és annak előnyeihez. A hely felszabadul valaki más számára.`,
  keepSeat: 'Hely megtartása',
  revoking: 'Visszavonás…',
  revokedAnnouncement: (who: string) => `${who} felhasználói helye visszavonva.`,
  seatsNotEnabled:
    'A felhasználói helyek nem érhetők el: ez az eladó nem kapcsolta be a felhasználói helyek alapján számlázott csomagokat.',
};
