import type { customer as en } from '../../locales/en/customer.js';

/** Turkish terms: the customer's account. */
export const customer: typeof en = {
  accountHeading: 'Hesap',
  accountSignIn: 'Hesabınızı görmek için giriş yapın.',
  accountLoading: 'Hesabınız yükleniyor…',
  profileHeading: 'Profil',
  profileEmail: 'E-posta',
  profileName: 'Ad',
  changeEmail: 'E-postayı değiştir',
  newEmailLabel: 'Yeni e-posta adresi',
  sendConfirmation: 'Onay bağlantısı gönder',
  emailChangeSent: (email: string) =>
    `${email} adresine bir bağlantı gönderdik. Onaylamak için bağlantıyı açın: e-posta adresiniz ancak siz onayladıktan sonra değişir. Yeni bir istek bu bağlantıyı geçersiz kılar.`,
  resendEmailLink: 'Yeni bağlantı gönder',
  emailLinkResent: (email: string) =>
    `${email} adresine yeni bir bağlantı gönderdik. Önceki bağlantı artık geçerli değil.`,
  emailChangeCancelsPending: (email: string) =>
    `Gönderdiğinizde ${email} adresine gönderilen bağlantı geçersiz olur.`,
  billingHeading: 'Fatura bilgileri',
  billingReadOnly:
    'Fatura bilgilerini yalnızca hesap sahibi veya bir fatura yöneticisi değiştirebilir.',
  taxId: 'Vergi numarası (isteğe bağlı)',
  taxIdHint: 'Örneğin DE123456789. Ülkeye göre doğrulanır.',
  billingSavedAnnouncement: 'Fatura bilgileri kaydedildi.',
  paymentMethodsHeading: 'Ödeme yöntemleri',
  paymentMethodsEmpty: 'Henüz ödeme yöntemi yok.',
  paymentMethodsForOwners: 'Ödeme yöntemlerini hesap sahibi ve fatura yöneticileri yönetir.',
  cardLabel: (brand: string, last4: string) => `${last4} ile biten ${brand}`,
  cardExpires: (date: string) => `Son kullanma: ${date}`,
  defaultBadge: 'Varsayılan',
  makeDefault: 'Varsayılan yap',
  makingDefault: 'Kaydediliyor…',
  defaultChanged: (card: string) => `Varsayılan ödeme yönteminiz artık: ${card}.`,
  deleteMethod: 'Sil',
  deleteHeading: (card: string) => `${card} silinsin mi?`,
  deleteConsequence: (card: string) =>
    `Bu karttan artık ödeme alınmayacak. Hâlâ kart gerektiren abonelikler şu karta geçecek: ${card}.`,
  deleteDefaultConsequence:
    'Bu, varsayılan ödeme yönteminiz: sildikten sonra siz yenisini seçene kadar varsayılan bir ödeme yönteminiz olmaz.',
  deleteOnlyCard:
    'Bu, tek ödeme yönteminiz. Bir aboneliğin yenilenmesi için hâlâ gerekiyorsa silinemez: önce başka bir kart ekleyin veya aboneliği iptal edin.',
  deleteRefusedInUse:
    'Bu kart, bir aboneliğin faturalandırılması için hâlâ gerekli. Önce başka bir ödeme yöntemi ekleyin veya aboneliği iptal edin.',
  noDefaultMethod: 'Varsayılan ödeme yönteminiz yok: “Varsayılan yap” ile bir tane seçin.',
  deleteConfirm: 'Ödeme yöntemini sil',
  deleting: 'Siliniyor…',
  keepMethod: 'Vazgeç',
  deletedAnnouncement: (card: string) => `${card} silindi.`,
  addMethod: 'Ödeme yöntemi ekle',
  addedAnnouncement: (card: string) => `${card} eklendi.`,
  addNeeds3ds: 'Bu kart 3-D Secure doğrulaması gerektiriyor ve bu sayfa bunu gösteremiyor.',
  savingCard: 'Kart kaydediliyor…',
};
