import type { payment as en } from '../../locales/en/payment.js';

/** Japanese terms: paying an order Polar failed to charge. */
export const payment: typeof en = {
  retryHeading: (amount: string) => `${amount}を今すぐお支払いになりますか？`,
  retryWithCard: (amount: string, card: string) => `${card}に${amount}を請求します。`,
  retryNoCard: '先にアカウントでお支払い方法を追加してください。',
  cardEnding: (brand: string, last4: string) => `末尾が${last4}の${brand}`,
  retryConfirm: '今すぐ支払う',
  retrying: 'お支払い中…',
  retryKeep: '後で',
  retryNeedsAction:
    'ご利用の銀行から、銀行のページでこのお支払いを確認するよう求められていますが、そのページはここでは開けません。別のカードを使用するか、次回の請求をお待ちください。',
  retryDeclined: 'お支払いが完了しませんでした。',
  paidAnnouncement: (amount: string) => `ありがとうございます。${amount}のお支払いが完了しました。`,
  retryAuthenticating: '銀行が開いたウィンドウで、お支払いを確認してください…',
  retryWaiting: (seconds: number) =>
    seconds === 0
      ? '銀行からの応答を待っています…'
      : `銀行からの応答を待っています…（${seconds}秒）`,
  retryTooLong:
    'お支払いの確認に想定より時間がかかっています。お支払いはまだ処理中の可能性があります。再度お支払いになる前に、数分後にこの注文をもう一度ご確認ください。',
  retryAuthenticationFailed: '銀行でお支払いが承認されませんでした。請求は発生していません。',
  retryLimitReached:
    '試行回数の上限（5回）に達したため、この注文はここからお支払いいただけません。表示されている日付に引き続きカードへの請求を試みます。販売者に問い合わせることもできます。',
  retryClose: '閉じる',
};
