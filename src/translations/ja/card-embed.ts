import type { cardEmbed as en } from '../../locales/en/card-embed.js';

/** Japanese terms: adding a card through Polar's card embed. */
export const cardEmbed: typeof en = {
  cardEmbedHeading: 'カードを追加',
  cardEmbedTitle: 'Polarの安全なカード入力フォーム',
  cardEmbedDefaultNote: '新しいカードがデフォルトのお支払い方法になります。',
  cardEmbedLoading: '安全なカード入力フォームを読み込み中…',
  cardEmbedSaving: 'カードを保存中…',
  cardEmbedOpening: 'カード入力フォームを開いています…',
  cardEmbedCancel: 'キャンセル',
  cardEmbedRetry: '再試行',
  cardEmbedAdded: 'カードを追加しました。',
  cardEmbedRedirectFailed:
    'カードを追加できませんでした。何も保存されていません。もう一度お試しください。',
  cardEmbedProcessingFailed:
    'カードを保存できませんでした。フォームの入力内容を確認するか、別のカードをお試しください。',
  cardEmbedUnauthorized:
    'セッションの有効期限が切れたため、カード入力フォームを開けません。もう一度ログインしてください。',
  cardEmbedInvalid:
    'カード入力フォームを開けませんでした。しばらくしてからもう一度お試しください。',
  cardEmbedUnknown:
    'カード入力フォームで問題が発生しました。何も保存されていません。もう一度お試しください。',
  cardEmbedTimeout:
    'カード入力フォームを読み込めませんでした。接続を確認して、もう一度お試しください（このページがPolarのフレームをブロックしている可能性があります）。',
  cardEmbedBadOrigin:
    'ここではカードを追加できません。カード入力フォームのアドレスが安全なオリジンではありません。',
};
