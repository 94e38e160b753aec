import type { seats as en } from '../../locales/en/seats.js';

/** Brazilian Portuguese terms: seats. */
export const seats: typeof en = {
  seatsHeading: 'Licenças da equipe',
  seatsSignIn: 'Faça login para gerenciar as licenças da sua equipe.',
  seatsLoading: 'Carregando licenças…',
  seatsNone: 'Você não tem nenhuma assinatura cobrada por licença.',
  seatsEmpty: 'Nenhuma licença foi atribuída ainda.',
  seatsSubscription: 'Assinatura',
  seatsUsed: (used: number, total: number) =>
    `${used} de ${total} ${total === 1 ? 'licença' : 'licenças'} em uso`,
  seatStatusPending: 'Convite pendente',
  seatStatusClaimed: 'Ativa',
  seatFreed: 'Licença disponível',
  seatStatusRevoked: 'Revogada',
  seatInvitedOn: (date: string) => `Convite enviado em ${date}`,
  seatClaimedOn: (date: string) => `Entrou em ${date}`,
  seatRevokedOn: (date: string) => `Revogada em ${date}`,
  seatsReadOnly:
    'Somente o proprietário da equipe ou um responsável pelo faturamento pode alterar as licenças.',
  assignLabel: 'Convidar por e-mail',
  assignHint: 'Vários endereços de uma vez: separe-os com vírgulas ou quebras de linha.',
  assignButton: 'Enviar convites',
  assigning: 'Enviando…',
  assignInvalid: (emails: string) => `Estes não são endereços de e-mail válidos: ${emails}`,
  assignEmpty: 'Digite pelo menos um endereço de e-mail.',
  assignTooMany: (count: number, free: number) =>
    `${count} ${count === 1 ? 'convite' : 'convites'}, mas ${free === 1 ? 'só há 1 licença disponível' : `só há ${free} licenças disponíveis`}. Adicione licenças à assinatura ou revogue uma.`,
  assignNoneFree:
    'Todas as licenças estão em uso. Adicione licenças à assinatura ou revogue uma antes.',
  assignedAnnouncement: (count: number) =>
    count === 1 ? 'Convite enviado.' : `${count} convites enviados.`,
  assignFailed: (email: string, reason: string) => `${email}: ${reason}`,
  resendInvitation: 'Reenviar convite',
  resending: 'Enviando…',
  resentAnnouncement: (email: string) => `Um novo convite foi enviado para ${email}.`,
  revokeSeat: 'Revogar licença',
  revokeHeading: (who: string) => `Revogar a licença de ${who}?`,
  revokeConsequence: (who: string, product: string) =>
    `${who} perde imediatamente o acesso a ${product} e aos respectivos benefícios. A licença fica disponível para outra pessoa.`,
  keepSeat: 'Manter licença',
  revoking: 'Revogando…',
  revokedAnnouncement: (who: string) => `A licença de ${who} foi revogada.`,
  seatsNotEnabled:
    'As licenças de equipe não estão disponíveis: este vendedor não ativou planos por licença.',
};
