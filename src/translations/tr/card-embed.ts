import type { cardEmbed as en } from '../../locales/en/card-embed.js';

/** Turkish terms: adding a card through Polar's card embed. */
export const cardEmbed: typeof en = {
  cardEmbedHeading: 'Kart ekle',
  cardEmbedTitle: 'Polar’ın güvenli kart formu',
  cardEmbedDefaultNote: 'Yeni kart, varsayılan ödeme yönteminiz olur.',
  cardEmbedLoading: 'Güvenli kart formu yükleniyor…',
  cardEmbedSaving: 'Kartınız kaydediliyor…',
  cardEmbedOpening: 'Kart formu açılıyor…',
  cardEmbedCancel: 'İptal',
  cardEmbedRetry: 'Tekrar dene',
  cardEmbedAdded: 'Kartınız eklendi.',
  cardEmbedRedirectFailed: 'Kartınız eklenemedi. Hiçbir şey kaydedilmedi; lütfen tekrar deneyin.',
  cardEmbedProcessingFailed:
    'Kart kaydedilemedi. Formdaki bilgileri kontrol edin veya başka bir kart deneyin.',
  cardEmbedUnauthorized: 'Oturumunuz sona erdiği için kart formu açılamıyor. Tekrar giriş yapın.',
  cardEmbedInvalid: 'Kart formu açılamadı. Birazdan tekrar deneyin.',
  cardEmbedUnknown:
    'Kart formunda bir sorun oluştu. Hiçbir şey kaydedilmedi; lütfen tekrar deneyin.',
  cardEmbedTimeout:
    'Kart formu yüklenmedi. Bağlantınızı kontrol edip tekrar deneyin (sayfa, Polar’dan gelen çerçeveleri engelliyor olabilir).',
  cardEmbedBadOrigin: 'Burada kart eklenemez: kart formunun adresi güvenli bir kaynak değil.',
};
