import type { benefits as en } from '../../locales/en/benefits.js';

/** European Portuguese terms: benefits. */
export const benefits: typeof en = {
  benefitsHeading: 'Benefícios',
  benefitsSignIn: 'Inicie sessão para ver os seus benefícios.',
  benefitsLoading: 'A carregar os seus benefícios…',
  benefitsEmpty: 'Ainda não tem benefícios.',
  group_license_keys: 'Chaves de licença',
  group_downloadables: 'Transferências',
  group_github_repository: 'Repositórios do GitHub',
  group_discord: 'Discord',
  group_custom: 'Notas do vendedor',
  group_meter_credit: 'Créditos',
  group_feature_flag: 'Funcionalidades',
  group_slack_shared_channel: 'Slack',
  grantRevoked: 'Revogado',
  grantPending: 'A ser concedido…',
  licenseKeyLabel: 'Chave de licença',
  revealKey: 'Mostrar chave',
  copyKey: 'Copiar',
  keyCopied: 'Chave de licença copiada.',
  copyFailed: 'Não foi possível copiar aqui. Mostre a chave e copie-a manualmente.',
  keyExpires: (date: string) => `Expira a ${date}`,
  keyActivations: (used: number, limit: number | null) =>
    limit === null
      ? `${used} ${used === 1 ? 'ativação' : 'ativações'}`
      : `${used} de ${limit} ${limit === 1 ? 'ativação' : 'ativações'}`,
  keyUsage: (used: number, limit: number) =>
    `${used} de ${limit} ${limit === 1 ? 'utilização' : 'utilizações'}`,
  activationsHeading: 'Dispositivos ativados',
  activatedOn: (date: string) => `Ativado a ${date}`,
  deactivate: 'Desativar',
  deactivateHeading: (label: string) => `Desativar ${label}?`,
  deactivateConsequence:
    'A chave deixa de funcionar nesse dispositivo e a ativação fica disponível para outro.',
  deactivateConfirm: 'Desativar',
  deactivating: 'A desativar…',
  keepActivation: 'Manter ativação',
  deactivatedAnnouncement: (label: string) => `${label} foi desativado.`,
  download: (name: string) => `Transferir ${name}`,
  noFiles: 'Ainda não há ficheiros.',
  connectAccount: (platform: string) => `Ligar conta do ${platform}`,
  connecting: 'A abrir…',
  waitingFor: (platform: string) =>
    `A aguardar o ${platform}… Conclua o processo na janela que se abriu e depois feche-a.`,
  showWindow: (platform: string) => `Mostrar a janela do ${platform}`,
  cancelConnect: 'Cancelar',
  connectCanceled: (platform: string) => `A ligação ao ${platform} foi cancelada.`,
  accountConnected: (platform: string, account: string) =>
    `Conta ${account} do ${platform} ligada.`,
  nothingConnected: (platform: string) =>
    `Não foi ligada nenhuma conta do ${platform}. Tente novamente quando quiser.`,
  popupBlocked: (platform: string) =>
    `O seu browser bloqueou a janela do ${platform}. Pode fazer a ligação nesta página, mas vai sair dela e a Polar poderá não o trazer de volta para aqui.`,
  continueInPage: (platform: string) => `Continuar para o ${platform} nesta página`,
  chooseAccount: (platform: string) => `Conta do ${platform}`,
  claim: 'Obter acesso',
  claiming: 'A obter acesso…',
  claimedAnnouncement: (name: string) => `Acesso concedido: ${name}.`,
  grantedTo: (account: string) => `Concedido a ${account}`,
  repository: (name: string) => `Repositório ${name}`,
  creditsBalance: (balance: string, credited: string) =>
    `Restam ${balance} de ${credited} neste período`,
  featureOn: 'Desbloqueado',
};
