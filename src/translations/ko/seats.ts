import type { seats as en } from '../../locales/en/seats.js';

/** Korean terms: seats. */
export const seats: typeof en = {
  seatsHeading: '팀 좌석',
  seatsSignIn: '팀 좌석을 관리하려면 로그인해 주세요.',
  seatsLoading: '좌석을 불러오는 중…',
  seatsNone: '좌석 단위로 청구되는 구독이 없습니다.',
  seatsEmpty: '아직 배정된 좌석이 없습니다.',
  seatsSubscription: '구독',
  seatsUsed: (used: number, total: number) => `좌석 ${total}개 중 ${used}개 사용 중`,
  seatStatusPending: '초대 수락 대기',
  seatStatusClaimed: '사용 중',
  seatFreed: '빈 좌석',
  seatStatusRevoked: '회수됨',
  seatInvitedOn: (date: string) => `${date} 초대됨`,
  seatClaimedOn: (date: string) => `${date} 참여`,
  seatRevokedOn: (date: string) => `${date} 회수됨`,
  seatsReadOnly: '좌석은 팀 소유자나 결제 관리자만 변경할 수 있습니다.',
  assignLabel: '이메일로 초대',
  assignHint: '여러 주소를 한 번에 입력하려면 쉼표나 줄바꿈으로 구분해 주세요.',
  assignButton: '초대 보내기',
  assigning: '보내는 중…',
  assignInvalid: (emails: string) => `올바른 이메일 주소가 아닙니다: ${emails}`,
  assignEmpty: '이메일 주소를 하나 이상 입력해 주세요.',
  assignTooMany: (count: number, free: number) =>
    `초대는 ${count}건이지만 빈 좌석은 ${free}개뿐입니다. 구독에 좌석을 추가하거나 좌석 하나를 회수해 주세요.`,
  assignNoneFree:
    '모든 좌석이 사용 중입니다. 먼저 구독에 좌석을 추가하거나 좌석 하나를 회수해 주세요.',
  assignedAnnouncement: (count: number) => `초대 ${count}건을 보냈습니다.`,
  assignFailed: (email: string, reason: string) => `${email}: ${reason}`,
  resendInvitation: '초대 다시 보내기',
  resending: '보내는 중…',
  resentAnnouncement: (email: string) => `${email} 주소로 새 초대를 보냈습니다.`,
  revokeSeat: '좌석 회수',
  revokeHeading: (who: string) => `${who} 님의 좌석을 회수하시겠습니까?`,
  revokeConsequence: (who: string, product: string) =>
    `${who} 님은 즉시 ${product} 및 관련 혜택을 이용할 수 없게 됩니다. 이 좌석은 빈 좌석이 되어 다른 사람에게 배정할 수 있습니다.`,
  keepSeat: '좌석 유지',
  revoking: '회수하는 중…',
  revokedAnnouncement: (who: string) => `${who} 님의 좌석을 회수했습니다.`,
  seatsNotEnabled:
    '팀 좌석을 사용할 수 없습니다. 이 판매자는 좌석 기반 요금제를 제공하지 않습니다.',
};
