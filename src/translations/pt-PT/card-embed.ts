import type { cardEmbed as en } from '../../locales/en/card-embed.js';

/** European Portuguese terms: adding a card through Polar's card embed. */
export const cardEmbed: typeof en = {
  cardEmbedHeading: 'Adicionar cartão',
  cardEmbedTitle: 'Formulário seguro de cartão da Polar',
  cardEmbedDefaultNote: 'O novo cartão passa a ser o seu método de pagamento predefinido.',
  cardEmbedLoading: 'A carregar o formulário seguro de cartão…',
  cardEmbedSaving: 'A guardar o seu cartão…',
  cardEmbedOpening: 'A abrir o formulário de cartão…',
  cardEmbedCancel: 'Cancelar',
  cardEmbedRetry: 'Tentar novamente',
  cardEmbedAdded: 'O seu cartão foi adicionado.',
  cardEmbedRedirectFailed:
    'Não foi possível adicionar o seu cartão. Nada foi guardado; tente novamente.',
  cardEmbedProcessingFailed:
    'Não foi possível guardar o cartão. Verifique os dados no formulário ou experimente outro cartão.',
  cardEmbedUnauthorized:
    'A sua sessão terminou, pelo que não é possível abrir o formulário de cartão. Inicie sessão novamente.',
  cardEmbedInvalid: 'Não foi possível abrir o formulário de cartão. Tente novamente daqui a pouco.',
  cardEmbedUnknown: 'Algo correu mal no formulário de cartão. Nada foi guardado; tente novamente.',
  cardEmbedTimeout:
    'O formulário de cartão não carregou. Verifique a sua ligação e tente novamente (a página pode estar a bloquear frames da Polar).',
  cardEmbedBadOrigin:
    'Não é possível adicionar cartões aqui: o endereço do formulário de cartão não é uma origem segura.',
};
