import { html, nothing, type TemplateResult } from 'lit';
import type { Address, AddressInput } from '../api/types.js';
import type { PortalLocalize } from './localize.js';

// ISO 3166-1 alpha-2, the codes Polar accepts; names come from Intl in the reader's language.
const COUNTRIES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR ' +
  'BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ ' +
  'EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW ' +
  'GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY ' +
  'KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV ' +
  'MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
  'QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG ' +
  'TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

/** Country names in `lang`, sorted as that language sorts them. */
export function countryOptions(lang: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  const collator = new Intl.Collator(lang);
  return COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}

/** The address a form holds: every field a string, as typed. */
export type AddressDraft = Record<
  'line1' | 'line2' | 'postal_code' | 'city' | 'state' | 'country',
  string
>;

export const draftOf = (address: Address | null | undefined): AddressDraft => ({
  line1: address?.line1 ?? '',
  line2: address?.line2 ?? '',
  postal_code: address?.postal_code ?? '',
  city: address?.city ?? '',
  state: address?.state ?? '',
  country: address?.country ?? '',
});

/** What the API gets: empty fields as null, the country as chosen. */
export const addressInput = (draft: AddressDraft): AddressInput => ({
  line1: draft.line1.trim() || null,
  line2: draft.line2.trim() || null,
  postal_code: draft.postal_code.trim() || null,
  city: draft.city.trim() || null,
  state: draft.state.trim() || null,
  country: draft.country as AddressInput['country'],
});

/** One line per address, for reading. */
export function formatAddress(address: Address | null | undefined, lang: string): string {
  if (!address) return '';
  const country = address.country
    ? new Intl.DisplayNames([lang], { type: 'region' }).of(address.country)
    : '';
  return [
    address.line1,
    address.line2,
    [address.postal_code, address.city].filter(Boolean).join(' '),
    address.state,
    country,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * The address fields, labelled, each with the API's 422 message beside it (`errors` keyed by
 * field name) and `aria-invalid`; `locked` fields are shown but not editable (a country that
 * decided the tax of an order).
 */
export function renderAddressFields(
  t: PortalLocalize,
  prefix: string,
  draft: AddressDraft,
  errors: Record<string, string>,
  change: (field: keyof AddressDraft, value: string) => void,
  locked: ReadonlySet<keyof AddressDraft> = new Set(),
): TemplateResult {
  const field = (
    name: Exclude<keyof AddressDraft, 'country'>,
    label: string,
    autocomplete: string,
  ) => {
    const id = `${prefix}-${name}`;
    return html`<label for=${id}>${label}</label>
      <input
        id=${id}
        name=${name}
        autocomplete=${autocomplete}
        .value=${draft[name]}
        ?readonly=${locked.has(name)}
        aria-invalid=${errors[name] ? 'true' : 'false'}
        aria-describedby=${errors[name] ? `${id}-error` : nothing}
        @input=${(e: Event) => change(name, (e.target as HTMLInputElement).value)}
      />
      ${errors[name] ? html`<p class="error" id="${id}-error">${errors[name]}</p>` : nothing}`;
  };
  const countryId = `${prefix}-country`;
  return html`${field('line1', t.term('addressLine1'), 'address-line1')}
    ${field('line2', t.term('addressLine2'), 'address-line2')}
    ${field('postal_code', t.term('postalCode'), 'postal-code')}
    ${field('city', t.term('city'), 'address-level2')}
    ${field('state', t.term('region'), 'address-level1')}
    <label for=${countryId}>${t.term('country')}</label>
    <select
      id=${countryId}
      name="country"
      autocomplete="country"
      required
      ?disabled=${locked.has('country')}
      aria-invalid=${errors.country ? 'true' : 'false'}
      aria-describedby=${errors.country ? `${countryId}-error` : nothing}
      @change=${(e: Event) => change('country', (e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!draft.country}>${t.term('chooseCountry')}</option>
      ${countryOptions(t.lang()).map(
        (c) =>
          html`<option value=${c.code} ?selected=${c.code === draft.country}>${c.name}</option>`,
      )}
    </select>
    ${errors.country ? html`<p class="error" id="${countryId}-error">${errors.country}</p>` : nothing}`;
}
