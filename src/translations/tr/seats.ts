import type { seats as en } from '../../locales/en/seats.js';

/** Turkish terms: seats. */
export const seats: typeof en = {
  seatsHeading: 'Ekip koltukları',
  seatsSignIn: 'Ekibinizin koltuklarını yönetmek için giriş yapın.',
  seatsLoading: 'Koltuklar yükleniyor…',
  seatsNone: 'Koltuk başına faturalandırılan bir aboneliğiniz yok.',
  seatsEmpty: 'Henüz atanmış koltuk yok.',
  seatsSubscription: 'Abonelik',
  seatsUsed: (used: number, total: number) => `${total} koltuktan ${used} tanesi kullanılıyor`,
  seatStatusPending: 'Davet beklemede',
  seatStatusClaimed: 'Aktif',
  seatFreed: 'Boş koltuk',
  seatStatusRevoked: 'Geri alındı',
  seatInvitedOn: (date: string) => `Davet tarihi: ${date}`,
  seatClaimedOn: (date: string) => `Katılma tarihi: ${date}`,
  seatRevokedOn: (date: string) => `Geri alınma tarihi: ${date}`,
  seatsReadOnly: 'Koltukları yalnızca ekip sahibi veya bir fatura yöneticisi değiştirebilir.',
  assignLabel: 'E-postayla davet et',
  assignHint: 'Birden fazla adresi aynı anda girebilirsiniz: virgülle veya yeni satırla ayırın.',
  assignButton: 'Davetleri gönder',
  assigning: 'Gönderiliyor…',
  assignInvalid: (emails: string) => `Bunlar e-posta adresi değil: ${emails}`,
  assignEmpty: 'En az bir e-posta adresi yazın.',
  assignTooMany: (count: number, free: number) =>
    `${count} davet var, ancak yalnızca ${free} koltuk boş. Aboneliğe koltuk ekleyin veya bir koltuğu geri alın.`,
  assignNoneFree:
    'Tüm koltuklar kullanımda. Önce aboneliğe koltuk ekleyin veya bir koltuğu geri alın.',
  assignedAnnouncement: (count: number) =>
    count === 1 ? 'Davet gönderildi.' : `${count} davet gönderildi.`,
  assignFailed: (email: string, reason: string) => `${email}: ${reason}`,
  resendInvitation: 'Daveti yeniden gönder',
  resending: 'Gönderiliyor…',
  resentAnnouncement: (email: string) => `${email} adresine yeni bir davet gönderildi.`,
  revokeSeat: 'Koltuğu geri al',
  revokeHeading: (who: string) => `${who} kullanıcısının koltuğu geri alınsın mı?`,
  revokeConsequence: (who: string, product: string) =>
    `${who} kullanıcısı, ${product} ürününe ve avantajlarına erişimini hemen kaybeder. Koltuk başka biri için boşalır.`,
  keepSeat: 'Koltuğu koru',
  revoking: 'Geri alınıyor…',
  revokedAnnouncement: (who: string) => `${who} kullanıcısının koltuğu geri alındı.`,
  seatsNotEnabled:
    'Ekip koltukları kullanılamıyor: bu satıcı koltuk bazlı planları etkinleştirmemiş.',
};
