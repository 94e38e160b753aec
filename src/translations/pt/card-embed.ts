import type { cardEmbed as en } from '../../locales/en/card-embed.js';

/** Brazilian Portuguese terms: adding a card through Polar's card embed. */
export const cardEmbed: typeof en = {
  cardEmbedHeading: 'Adicionar cartão',
  cardEmbedTitle: 'Formulário seguro de cartão da Polar',
  cardEmbedDefaultNote: 'O novo cartão passará a ser seu método de pagamento padrão.',
  cardEmbedLoading: 'Carregando o formulário seguro de cartão…',
  cardEmbedSaving: 'Salvando seu cartão…',
  cardEmbedOpening: 'Abrindo o formulário de cartão…',
  cardEmbedCancel: 'Cancelar',
  cardEmbedRetry: 'Tentar novamente',
  cardEmbedAdded: 'Seu cartão foi adicionado.',
  cardEmbedRedirectFailed:
    'Não foi possível adicionar seu cartão. Nada foi salvo; tente novamente.',
  cardEmbedProcessingFailed:
    'Não foi possível salvar o cartão. Confira os dados no formulário ou tente outro cartão.',
  cardEmbedUnauthorized:
    'Sua sessão expirou, por isso o formulário de cartão não pode ser aberto. Faça login novamente.',
  cardEmbedInvalid: 'Não foi possível abrir o formulário de cartão. Tente novamente daqui a pouco.',
  cardEmbedUnknown: 'Algo deu errado no formulário de cartão. Nada foi salvo; tente novamente.',
  cardEmbedTimeout:
    'O formulário de cartão não carregou. Verifique sua conexão e tente novamente (a página pode estar bloqueando frames da Polar).',
  cardEmbedBadOrigin:
    'Não é possível adicionar cartões aqui: o endereço do formulário de cartão não é uma origem segura.',
};
