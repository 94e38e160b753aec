import type { payment as en } from '../../locales/en/payment.js';

/** Turkish terms: paying an order Polar failed to charge (orders and past-due subscriptions). */
export const payment: typeof en = {
  retryHeading: (amount: string) => `${amount} şimdi ödensin mi?`,
  retryWithCard: (amount: string, card: string) => `${card} üzerinden ${amount} tahsil edilecek.`,
  retryNoCard: 'Önce hesabınıza bir ödeme yöntemi ekleyin.',
  cardEnding: (brand: string, last4: string) => `${last4} ile biten ${brand} kartınız`,
  retryConfirm: 'Şimdi öde',
  retrying: 'Ödeme yapılıyor…',
  retryKeep: 'Şimdi değil',
  retryNeedsAction:
    'Bankanız bu ödemeyi kendi sayfasında onaylamanızı istiyor, ancak o sayfa burada açılamıyor. Başka bir kart kullanın veya bir sonraki denemeyi bekleyin.',
  retryDeclined: 'Ödeme gerçekleşmedi.',
  paidAnnouncement: (amount: string) => `Teşekkürler: ${amount} ödendi.`,
  retryAuthenticating: 'Bankanızın açtığı pencerede ödemeyi onaylayın…',
  retryWaiting: (seconds: number) =>
    seconds === 0
      ? 'Bankanızdan yanıt bekleniyor…'
      : `Bankanızdan yanıt bekleniyor… (${seconds} sn)`,
  retryTooLong:
    'Ödeme onayı beklenenden uzun sürüyor. Ödemeniz hâlâ işleniyor olabilir: tekrar ödemeden önce birkaç dakika sonra bu siparişe yeniden bakın.',
  retryAuthenticationFailed: 'Bankanız ödemeyi onaylamadı. Herhangi bir ödeme alınmadı.',
  retryLimitReached:
    'Bu sipariş artık buradan ödenemez: beş deneme sınırına ulaşıldı. Gösterilen tarihte kartınızdan yine de tahsilat denenecek; dilerseniz satıcıyla da iletişime geçebilirsiniz.',
  retryClose: 'Kapat',
};
