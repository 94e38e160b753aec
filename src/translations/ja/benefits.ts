import type { benefits as en } from '../../locales/en/benefits.js';

/** Japanese terms: benefits. */
export const benefits: typeof en = {
  benefitsHeading: '特典',
  benefitsSignIn: '特典を確認するにはログインしてください。',
  benefitsLoading: '特典を読み込み中…',
  benefitsEmpty: 'まだ特典はありません。',
  group_license_keys: 'ライセンスキー',
  group_downloadables: 'ダウンロード',
  group_github_repository: 'GitHubリポジトリ',
  group_discord: 'Discord',
  group_custom: '販売者からのメモ',
  group_meter_credit: 'クレジット',
  group_feature_flag: '機能',
  group_slack_shared_channel: 'Slack',
  grantRevoked: '失効',
  grantPending: '付与しています…',
  licenseKeyLabel: 'ライセンスキー',
  revealKey: 'キーを表示',
  copyKey: 'コピー',
  keyCopied: 'ライセンスキーをコピーしました。',
  copyFailed: 'ここではコピーできませんでした。キーを表示して、手動でコピーしてください。',
  keyExpires: (date: string) => `有効期限：${date}`,
  keyActivations: (used: number, limit: number | null) =>
    limit === null
      ? `アクティベーション${used}回`
      : `アクティベーション${used}回（上限${limit}回）`,
  keyUsage: (used: number, limit: number) => `使用${used}回（上限${limit}回）`,
  activationsHeading: 'アクティベーション済みのデバイス',
  activatedOn: (date: string) => `${date}にアクティベーション`,
  deactivate: '無効化',
  deactivateHeading: (label: string) => `${label}を無効化しますか？`,
  deactivateConsequence:
    'このデバイスではキーが使えなくなり、空いたアクティベーション枠を別のデバイスで使えるようになります。',
  deactivateConfirm: '無効化',
  deactivating: '無効化しています…',
  keepActivation: '無効化しない',
  deactivatedAnnouncement: (label: string) => `${label}を無効化しました。`,
  download: (name: string) => `${name}をダウンロード`,
  noFiles: 'まだファイルはありません。',
  connectAccount: (platform: string) => `${platform}アカウントを連携`,
  connecting: '開いています…',
  waitingFor: (platform: string) =>
    `${platform}での操作を待っています…開いたウィンドウで手続きを完了してから、ウィンドウを閉じてください。`,
  showWindow: (platform: string) => `${platform}のウィンドウを表示`,
  cancelConnect: 'キャンセル',
  connectCanceled: (platform: string) => `${platform}の連携をキャンセルしました。`,
  accountConnected: (platform: string, account: string) =>
    `${platform}アカウント「${account}」を連携しました。`,
  nothingConnected: (platform: string) =>
    `${platform}アカウントは連携されませんでした。準備ができたら、もう一度お試しください。`,
  popupBlocked: (platform: string) =>
    `ブラウザが${platform}のウィンドウをブロックしました。このページから直接連携することもできますが、このページから移動することになり、Polarがこのページに戻さない場合があります。`,
  continueInPage: (platform: string) => `このページで${platform}に進む`,
  chooseAccount: (platform: string) => `${platform}アカウント`,
  claim: 'アクセスを取得',
  claiming: 'アクセスを取得しています…',
  claimedAnnouncement: (name: string) => `アクセスが付与されました：${name}`,
  grantedTo: (account: string) => `付与先：${account}`,
  repository: (name: string) => `リポジトリ：${name}`,
  creditsBalance: (balance: string, credited: string) => `今期の残り：${credited}中${balance}`,
  featureOn: '利用可能',
};
