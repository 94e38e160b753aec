import type { benefits as en } from '../../locales/en/benefits.js';

const plural = new Intl.PluralRules('pl');
/** The noun after a count: 1 aktywacja, 2 aktywacje, 5 aktywacji. */
const forms = (count: number, one: string, few: string, many: string) => {
  const category = plural.select(count);
  return category === 'one' ? one : category === 'few' ? few : many;
};

/** Polish terms: benefits. */
export const benefits: typeof en = {
  benefitsHeading: 'Korzyści',
  benefitsSignIn: 'Zaloguj się, aby zobaczyć swoje korzyści.',
  benefitsLoading: 'Ładowanie korzyści…',
  benefitsEmpty: 'Nie masz jeszcze żadnych korzyści.',
  group_license_keys: 'Klucze licencyjne',
  group_downloadables: 'Pliki do pobrania',
  group_github_repository: 'Repozytoria GitHub',
  group_discord: 'Discord',
  group_custom: 'Informacje od sprzedawcy',
  group_meter_credit: 'Kredyty',
  group_feature_flag: 'Funkcje',
  group_slack_shared_channel: 'Slack',
  grantRevoked: 'Odebrano',
  grantPending: 'Przyznawanie dostępu…',
  licenseKeyLabel: 'Klucz licencyjny',
  revealKey: 'Pokaż klucz',
  copyKey: 'Kopiuj',
  keyCopied: 'Skopiowano klucz licencyjny.',
  copyFailed: 'Kopiowanie tutaj nie zadziałało. Pokaż klucz i skopiuj go ręcznie.',
  keyExpires: (date: string) => `Ważny do ${date}`,
  keyActivations: (used: number, limit: number | null) =>
    limit === null
      ? `${used} ${forms(used, 'aktywacja', 'aktywacje', 'aktywacji')}`
      : `${used} z ${limit} aktywacji`,
  keyUsage: (used: number, limit: number) => `${used} z ${limit} użyć`,
  activationsHeading: 'Aktywowane urządzenia',
  activatedOn: (date: string) => `Aktywowano ${date}`,
  deactivate: 'Dezaktywuj',
  deactivateHeading: (label: string) => `Dezaktywować urządzenie ${label}?`,
  deactivateConsequence:
    'Klucz przestanie tam działać, a zwolnioną aktywację będzie można wykorzystać na innym urządzeniu.',
  deactivateConfirm: 'Dezaktywuj',
  deactivating: 'Dezaktywowanie…',
  keepActivation: 'Zostaw',
  deactivatedAnnouncement: (label: string) => `Dezaktywowano urządzenie ${label}.`,
  download: (name: string) => `Pobierz ${name}`,
  noFiles: 'Nie ma jeszcze plików.',
  connectAccount: (platform: string) => `Połącz konto ${platform}`,
  connecting: 'Otwieranie…',
  waitingFor: (platform: string) =>
    `Czekamy na połączenie z kontem ${platform}… Dokończ w otwartym oknie, a potem je zamknij.`,
  showWindow: (platform: string) => `Pokaż okno ${platform}`,
  cancelConnect: 'Anuluj',
  connectCanceled: (platform: string) => `Anulowano łączenie konta ${platform}.`,
  accountConnected: (platform: string, account: string) =>
    `Połączono konto ${platform}: ${account}.`,
  nothingConnected: (platform: string) =>
    `Nie połączono żadnego konta ${platform}. Spróbuj ponownie, kiedy zechcesz.`,
  popupBlocked: (platform: string) =>
    `Przeglądarka zablokowała okno ${platform}. Możesz zamiast tego połączyć konto na tej stronie, ale opuścisz ją, a Polar może Cię tu nie przekierować z powrotem.`,
  continueInPage: (platform: string) => `Przejdź do serwisu ${platform} w tym oknie`,
  chooseAccount: (platform: string) => `Konto ${platform}`,
  claim: 'Uzyskaj dostęp',
  claiming: 'Uzyskiwanie dostępu…',
  claimedAnnouncement: (name: string) => `Przyznano dostęp: ${name}.`,
  grantedTo: (account: string) => `Przyznano dla konta ${account}`,
  repository: (name: string) => `Repozytorium ${name}`,
  creditsBalance: (balance: string, credited: string) =>
    `W tym okresie pozostało ${balance} z ${credited}`,
  featureOn: 'Odblokowano',
};
