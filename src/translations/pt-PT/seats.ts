import type { seats as en } from '../../locales/en/seats.js';

/** European Portuguese terms: seats. */
export const seats: typeof en = {
  seatsHeading: 'Licenças da equipa',
  seatsSignIn: 'Inicie sessão para gerir as licenças da sua equipa.',
  seatsLoading: 'A carregar licenças…',
  seatsNone: 'Não tem nenhuma subscrição faturada por licença.',
  seatsEmpty: 'Ainda não foram atribuídas licenças.',
  seatsSubscription: 'Subscrição',
  seatsUsed: (used: number, total: number) =>
    `${used} de ${total} ${total === 1 ? 'licença' : 'licenças'} em uso`,
  seatStatusPending: 'Convite pendente',
  seatStatusClaimed: 'Ativa',
  seatFreed: 'Licença disponível',
  seatStatusRevoked: 'Revogada',
  seatInvitedOn: (date: string) => `Convite enviado a ${date}`,
  seatClaimedOn: (date: string) => `Aderiu a ${date}`,
  seatRevokedOn: (date: string) => `Revogada a ${date}`,
  seatsReadOnly:
    'Apenas o proprietário da equipa ou um gestor de faturação pode alterar as licenças.',
  assignLabel: 'Convidar por email',
  assignHint: 'Vários endereços de uma só vez: separe-os com vírgulas ou mudanças de linha.',
  assignButton: 'Enviar convites',
  assigning: 'A enviar…',
  assignInvalid: (emails: string) => `Estes endereços de email não são válidos: ${emails}`,
  assignEmpty: 'Escreva pelo menos um endereço de email.',
  assignTooMany: (count: number, free: number) =>
    `${count} ${count === 1 ? 'convite' : 'convites'}, mas ${free === 1 ? 'só há 1 licença disponível' : `só há ${free} licenças disponíveis`}. Adicione licenças à subscrição ou revogue uma.`,
  assignNoneFree:
    'Todas as licenças estão em uso. Adicione licenças à subscrição ou revogue primeiro uma.',
  assignedAnnouncement: (count: number) =>
    count === 1 ? 'Convite enviado.' : `${count} convites enviados.`,
  assignFailed: (email: string, reason: string) => `${email}: ${reason}`,
  resendInvitation: 'Reenviar convite',
  resending: 'A enviar…',
  resentAnnouncement: (email: string) => `Foi enviado um novo convite para ${email}.`,
  revokeSeat: 'Revogar licença',
  revokeHeading: (who: string) => `Revogar a licença de ${who}?`,
  revokeConsequence: (who: string, product: string) =>
    `${who} perde de imediato o acesso a ${product} e aos respetivos benefícios. A licença fica disponível para outra pessoa.`,
  keepSeat: 'Manter licença',
  revoking: 'A revogar…',
  revokedAnnouncement: (who: string) => `A licença de ${who} foi revogada.`,
  seatsNotEnabled:
    'As licenças de equipa não estão disponíveis: este vendedor não ativou planos por licença.',
};
