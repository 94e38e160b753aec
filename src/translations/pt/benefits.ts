import type { benefits as en } from '../../locales/en/benefits.js';

/** Brazilian Portuguese terms: benefits. */
export const benefits: typeof en = {
  benefitsHeading: 'Benefícios',
  benefitsSignIn: 'Faça login para ver seus benefícios.',
  benefitsLoading: 'Carregando seus benefícios…',
  benefitsEmpty: 'Você ainda não tem benefícios.',
  group_license_keys: 'Chaves de licença',
  group_downloadables: 'Downloads',
  group_github_repository: 'Repositórios do GitHub',
  group_discord: 'Discord',
  group_custom: 'Notas do vendedor',
  group_meter_credit: 'Créditos',
  group_feature_flag: 'Recursos',
  group_slack_shared_channel: 'Slack',
  grantRevoked: 'Revogado',
  grantPending: 'Sendo liberado…',
  licenseKeyLabel: 'Chave de licença',
  revealKey: 'Mostrar chave',
  copyKey: 'Copiar',
  keyCopied: 'Chave de licença copiada.',
  copyFailed: 'Não foi possível copiar aqui. Mostre a chave e copie-a manualmente.',
  keyExpires: (date: string) => `Expira em ${date}`,
  keyActivations: (used: number, limit: number | null) =>
    limit === null
      ? `${used} ${used === 1 ? 'ativação' : 'ativações'}`
      : `${used} de ${limit} ${limit === 1 ? 'ativação' : 'ativações'}`,
  keyUsage: (used: number, limit: number) => `${used} de ${limit} ${limit === 1 ? 'uso' : 'usos'}`,
  activationsHeading: 'Dispositivos ativados',
  activatedOn: (date: string) => `Ativado em ${date}`,
  deactivate: 'Desativar',
  deactivateHeading: (label: string) => `Desativar ${label}?`,
  deactivateConsequence:
    'A chave deixa de funcionar nesse dispositivo, e a ativação fica livre para outro.',
  deactivateConfirm: 'Desativar',
  deactivating: 'Desativando…',
  keepActivation: 'Manter ativação',
  deactivatedAnnouncement: (label: string) => `${label} foi desativado.`,
  download: (name: string) => `Baixar ${name}`,
  noFiles: 'Ainda não há arquivos.',
  connectAccount: (platform: string) => `Conectar conta do ${platform}`,
  connecting: 'Abrindo…',
  waitingFor: (platform: string) =>
    `Aguardando o ${platform}… Conclua o processo na janela que foi aberta e depois feche-a.`,
  showWindow: (platform: string) => `Mostrar a janela do ${platform}`,
  cancelConnect: 'Cancelar',
  connectCanceled: (platform: string) => `A conexão com o ${platform} foi cancelada.`,
  accountConnected: (platform: string, account: string) =>
    `Conta ${account} do ${platform} conectada.`,
  nothingConnected: (platform: string) =>
    `Nenhuma conta do ${platform} foi conectada. Tente novamente quando quiser.`,
  popupBlocked: (platform: string) =>
    `Seu navegador bloqueou a janela do ${platform}. Você pode se conectar nesta página, mas vai sair dela, e a Polar pode não trazer você de volta para cá.`,
  continueInPage: (platform: string) => `Continuar para o ${platform} nesta página`,
  chooseAccount: (platform: string) => `Conta do ${platform}`,
  claim: 'Obter acesso',
  claiming: 'Obtendo acesso…',
  claimedAnnouncement: (name: string) => `Acesso concedido: ${name}.`,
  grantedTo: (account: string) => `Concedido a ${account}`,
  repository: (name: string) => `Repositório ${name}`,
  creditsBalance: (balance: string, credited: string) =>
    `Restam ${balance} de ${credited} neste período`,
  featureOn: 'Desbloqueado',
};
