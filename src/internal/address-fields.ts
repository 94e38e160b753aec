import { html, type TemplateResult } from 'lit';
import type { Address, AddressInput } from '../api/types.js';
import type { PortalLocalize } from './localize.js';
import { errorId, fieldError } from './field-error.js';
import { subdivisionCode, subdivisionName, subdivisionsOf } from '../api/subdivisions.js';

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
    address.state ? subdivisionName(address.country, address.state) : null,
    country,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * The address fields, labelled, each with the API's 422 message beside it (`errors` keyed by
 * field name) and `aria-invalid`; `locked` fields are shown but not editable (a country that
 * decided the tax of an order). The country comes first because it decides the state field: a
 * list of states or provinces where Polar checks them (US, CA), free text elsewhere.
 */
export function renderAddressFields(
  t: PortalLocalize,
  prefix: string,
  draft: AddressDraft,
  errors: Record<string, string>,
  change: (field: keyof AddressDraft, value: string) => void,
  locked: ReadonlySet<keyof AddressDraft> = new Set(),
): TemplateResult {
  const id = (name: keyof AddressDraft) => `${prefix}-${name}`;
  const describedBy = (name: keyof AddressDraft) => errorId(id(name), errors[name]);
  const error = (name: keyof AddressDraft) => fieldError(id(name), errors[name]);
  const field = (
    name: Exclude<keyof AddressDraft, 'country'>,
    label: string,
    autocomplete: string,
  ) =>
    html`<label for=${id(name)}>${label}</label>
      <input
        id=${id(name)}
        name=${name}
        autocomplete=${autocomplete}
        .value=${draft[name]}
        ?readonly=${locked.has(name)}
        aria-invalid=${errors[name] ? 'true' : 'false'}
        aria-describedby=${describedBy(name)}
        @input=${(e: Event) => change(name, (e.target as HTMLInputElement).value)}
      />
      ${error(name)}`;
  const select = (
    name: 'country' | 'state',
    label: string,
    placeholder: string,
    options: { code: string; name: string }[],
    selected: string | null,
    onChange: (value: string) => void,
  ) =>
    html`<label for=${id(name)}>${label}</label>
      <select
        id=${id(name)}
        name=${name}
        autocomplete=${name === 'country' ? 'country' : 'address-level1'}
        required
        ?disabled=${locked.has(name)}
        aria-invalid=${errors[name] ? 'true' : 'false'}
        aria-describedby=${describedBy(name)}
        @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!selected}>${placeholder}</option>
        ${options.map(
          (o) => html`<option value=${o.code} ?selected=${o.code === selected}>${o.name}</option>`,
        )}
      </select>
      ${error(name)}`;
  const chooseCountry = (country: string) => {
    change('country', country);
    // A state of the old country means nothing in the new one; free text stays where it can.
    const fits = subdivisionsOf(country)
      ? subdivisionCode(country, draft.state) !== null
      : !subdivisionsOf(draft.country);
    if (draft.state && !fits) change('state', '');
  };
  const subdivisions = subdivisionsOf(draft.country);
  return html`${select(
    'country',
    t.term('country'),
    t.term('chooseCountry'),
    countryOptions(t.lang()),
    draft.country || null,
    chooseCountry,
  )}
  ${field('line1', t.term('addressLine1'), 'address-line1')}
  ${field('line2', t.term('addressLine2'), 'address-line2')}
  ${field('postal_code', t.term('postalCode'), 'postal-code')}
  ${field('city', t.term('city'), 'address-level2')}
  ${
    subdivisions
      ? select(
          'state',
          t.term(draft.country === 'CA' ? 'province' : 'usState'),
          t.term('chooseOne'),
          subdivisions,
          subdivisionCode(draft.country, draft.state),
          (code) => change('state', code),
        )
      : field('state', t.term('region'), 'address-level1')
  }`;
}
