import type { seats as en } from '../../locales/en/seats.js';

/** Japanese terms: seats. */
export const seats: typeof en = {
  seatsHeading: 'チームの席',
  seatsSignIn: 'チームの席を管理するにはログインしてください。',
  seatsLoading: '席を読み込み中…',
  seatsNone: '席単位で請求されるサブスクリプションはありません。',
  seatsEmpty: 'まだ割り当てられた席はありません。',
  seatsSubscription: 'サブスクリプション',
  seatsUsed: (used: number, total: number) => `${total}席中${used}席を使用中`,
  seatStatusPending: '招待の承諾待ち',
  seatStatusClaimed: '利用中',
  seatFreed: '空き席',
  seatStatusRevoked: '解除済み',
  seatInvitedOn: (date: string) => `${date}に招待`,
  seatClaimedOn: (date: string) => `${date}に参加`,
  seatRevokedOn: (date: string) => `${date}に解除`,
  seatsReadOnly: '席を変更できるのは、チームのオーナーまたは請求管理者のみです。',
  assignLabel: 'メールで招待',
  assignHint: '複数のアドレスを一度に入力する場合は、カンマまたは改行で区切ってください。',
  assignButton: '招待を送信',
  assigning: '送信中…',
  assignInvalid: (emails: string) => `次のメールアドレスが無効です：${emails}`,
  assignEmpty: 'メールアドレスを1つ以上入力してください。',
  assignTooMany: (count: number, free: number) =>
    `招待は${count}件ですが、空き席は${free}席しかありません。サブスクリプションに席を追加するか、いずれかの席を解除してください。`,
  assignNoneFree:
    'すべての席が使用中です。先にサブスクリプションに席を追加するか、いずれかの席を解除してください。',
  assignedAnnouncement: (count: number) => `${count}件の招待を送信しました。`,
  assignFailed: (email: string, reason: string) => `${email}：${reason}`,
  resendInvitation: '招待を再送信',
  resending: '送信中…',
  resentAnnouncement: (email: string) => `${email}に新しい招待を送信しました。`,
  revokeSeat: '席を解除',
  revokeHeading: (who: string) => `${who}の席を解除しますか？`,
  revokeConsequence: (who: string, product: string) =>
    `${who}は、${product}とその特典をただちに利用できなくなります。席は空きになり、別の人に割り当てられるようになります。`,
  keepSeat: '解除しない',
  revoking: '解除中…',
  revokedAnnouncement: (who: string) => `${who}の席を解除しました。`,
  seatsNotEnabled: 'チームの席は利用できません。この販売者は席単位のプランを有効にしていません。',
};
