import type { customer as en } from '../../locales/en/customer.js';

/** Japanese terms: the customer's account. */
export const customer: typeof en = {
  accountHeading: 'アカウント',
  accountSignIn: 'アカウントを確認するにはログインしてください。',
  accountLoading: 'アカウントを読み込み中…',
  profileHeading: 'プロフィール',
  profileEmail: 'メールアドレス',
  profileName: '名前',
  changeEmail: 'メールアドレスを変更',
  newEmailLabel: '新しいメールアドレス',
  sendConfirmation: '確認リンクを送信',
  emailChangeSent: (email: string) =>
    `${email}にリンクを送信しました。リンクを開いて確認すると、メールアドレスが変更されます。新たにリクエストすると、このリンクは無効になります。`,
  resendEmailLink: '新しいリンクを送信',
  emailLinkResent: (email: string) =>
    `${email}に新しいリンクを送信しました。以前に送信したリンクは使用できなくなりました。`,
  emailChangeCancelsPending: (email: string) =>
    `送信すると、${email}に送信済みのリンクは無効になります。`,
  billingHeading: '請求先情報',
  billingReadOnly: '請求先情報を変更できるのは、アカウントのオーナーまたは請求管理者のみです。',
  taxId: '納税者番号（任意）',
  taxIdHint: '例：DE123456789。国に応じて形式が確認されます。',
  billingSavedAnnouncement: '請求先情報を保存しました。',
  paymentMethodsHeading: 'お支払い方法',
  paymentMethodsEmpty: 'まだお支払い方法が登録されていません。',
  paymentMethodsForOwners: 'お支払い方法は、アカウントのオーナーと請求管理者が管理しています。',
  cardLabel: (brand: string, last4: string) => `${brand}（末尾${last4}）`,
  cardExpires: (date: string) => `有効期限：${date}`,
  defaultBadge: 'デフォルト',
  makeDefault: 'デフォルトに設定',
  makingDefault: '保存中…',
  defaultChanged: (card: string) => `${card}をデフォルトのお支払い方法に設定しました。`,
  deleteMethod: '削除',
  deleteHeading: (card: string) => `${card}を削除しますか？`,
  deleteConsequence: (card: string) =>
    `今後、このお支払い方法には請求されません。カードが必要なサブスクリプションは${card}に切り替わります。`,
  deleteDefaultConsequence:
    'これはデフォルトのお支払い方法です。削除すると、新たに選択するまでデフォルトのお支払い方法がなくなります。',
  deleteOnlyCard:
    'これが唯一のお支払い方法です。サブスクリプションの更新にまだ必要な場合は削除できません。先に別のカードを追加するか、サブスクリプションをキャンセルしてください。',
  deleteRefusedInUse:
    'このカードはサブスクリプションの請求にまだ必要です。先に別のお支払い方法を追加するか、サブスクリプションをキャンセルしてください。',
  noDefaultMethod: 'デフォルトのお支払い方法がありません。「デフォルトに設定」で選択してください。',
  deleteConfirm: 'お支払い方法を削除',
  deleting: '削除中…',
  keepMethod: '削除しない',
  deletedAnnouncement: (card: string) => `${card}を削除しました。`,
  addMethod: 'お支払い方法を追加',
  addedAnnouncement: (card: string) => `${card}を追加しました。`,
  addNeeds3ds: 'このカードには3-D Secureが必要ですが、このページでは表示できません。',
  savingCard: 'カードを保存中…',
};
