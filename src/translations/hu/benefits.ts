import type { benefits as en } from '../../locales/en/benefits.js';

/** Hungarian terms: benefits. */
export const benefits: typeof en = {
  benefitsHeading: 'Előnyök',
  benefitsSignIn: 'Jelentkezzen be az előnyei megtekintéséhez.',
  benefitsLoading: 'Előnyök betöltése…',
  benefitsEmpty: 'Még nincsenek előnyei.',
  group_license_keys: 'Licenckulcsok',
  group_downloadables: 'Letöltések',
  group_github_repository: 'GitHub-tárolók',
  group_discord: 'Discord',
  group_custom: 'Az eladó üzenetei',
  group_meter_credit: 'Kreditek',
  group_feature_flag: 'Funkciók',
  group_slack_shared_channel: 'Slack',
  grantRevoked: 'Visszavonva',
  grantPending: 'Hozzáférés biztosítása…',
  licenseKeyLabel: 'Licenckulcs',
  revealKey: 'Kulcs megjelenítése',
  copyKey: 'Másolás',
  keyCopied: 'Licenckulcs másolva.',
  copyFailed: 'A másolás itt nem sikerült. Jelenítse meg a kulcsot, és másolja ki kézzel.',
  keyExpires: (date: string) => `Lejár: ${date}`,
  keyActivations: (used: number, limit: number | null) =>
    limit === null ? `${used} aktiválás` : `${used}/${limit} aktiválás`,
  keyUsage: (used: number, limit: number) => `${used}/${limit} használat`,
  activationsHeading: 'Aktivált eszközök',
  activatedOn: (date: string) => `Aktiválva: ${date}`,
  deactivate: 'Deaktiválás',
  deactivateHeading: (label: string) => `Deaktiválja ezt az eszközt: ${label}?`,
  deactivateConsequence:
    'A kulcs ott többé nem működik, az aktiválás pedig felszabadul egy másik eszköz számára.',
  deactivateConfirm: 'Deaktiválás',
  deactivating: 'Deaktiválás…',
  keepActivation: 'Megtartás',
  deactivatedAnnouncement: (label: string) => `Eszköz deaktiválva: ${label}.`,
  download: (name: string) => `Letöltés: ${name}`,
  noFiles: 'Még nincsenek fájlok.',
  connectAccount: (platform: string) => `${platform}-fiók csatlakoztatása`,
  connecting: 'Megnyitás…',
  waitingFor: (platform: string) =>
    `${platform}-fiók csatlakoztatása folyamatban… Fejezze be a megnyílt ablakban, majd zárja be.`,
  showWindow: (platform: string) => `${platform}-ablak megjelenítése`,
  cancelConnect: 'Mégse',
  connectCanceled: (platform: string) => `${platform}-fiók csatlakoztatása megszakítva.`,
  accountConnected: (platform: string, account: string) =>
    `${platform}-fiók csatlakoztatva: ${account}.`,
  nothingConnected: (platform: string) =>
    `Nem csatlakozott ${platform}-fiók. Próbálja újra, amikor készen áll.`,
  popupBlocked: (platform: string) =>
    `A böngészője letiltotta a felugró ablakot (${platform}). Ezen az oldalon is csatlakozhat, de ekkor elhagyja az oldalt, és előfordulhat, hogy a Polar nem hozza vissza ide.`,
  continueInPage: (platform: string) => `Folytatás ebben az ablakban (${platform})`,
  chooseAccount: (platform: string) => `${platform}-fiók`,
  claim: 'Hozzáférés kérése',
  claiming: 'Hozzáférés kérése…',
  claimedAnnouncement: (name: string) => `Hozzáférés megadva: ${name}.`,
  grantedTo: (account: string) => `Jogosult fiók: ${account}`,
  repository: (name: string) => `Tároló: ${name}`,
  creditsBalance: (balance: string, credited: string) =>
    `Ebben az időszakban maradt: ${balance} / ${credited}`,
  featureOn: 'Feloldva',
};
