/**
 * The states and provinces Polar checks (US and CA, sent as ISO 3166-2 codes such as `US-CA`:
 * exactly Polar's `USState` and `CASubdivision` of `server/polar/kit/address.py`, so the 50
 * states and DC but no territory),
 * with their names: the mock validates addresses against them, and the elements offer them by
 * name, since Intl names countries but not their subdivisions and a customer knows "California",
 * not "US-CA". Proper names, kept in English in every language.
 */
const SUBDIVISIONS: Record<'US' | 'CA', string> = {
  US:
    'AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|' +
    'CT Connecticut|DE Delaware|DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|' +
    'ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|' +
    'MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|' +
    'MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|' +
    'NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|' +
    'OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|' +
    'SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|' +
    'VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming',
  CA:
    'AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland and Labrador|' +
    'NT Northwest Territories|NS Nova Scotia|NU Nunavut|ON Ontario|PE Prince Edward Island|' +
    'QC Quebec|SK Saskatchewan|YT Yukon',
};

export interface Subdivision {
  /** As the API takes and returns it: `US-CA`. */
  code: string;
  name: string;
}

const LISTS = new Map(
  Object.entries(SUBDIVISIONS).map(([country, entries]) => [
    country,
    entries.split('|').map((entry) => ({
      code: `${country}-${entry.slice(0, 2)}`,
      name: entry.slice(3),
    })),
  ]),
);

/** The subdivisions a country's addresses must name, or null where the state is free text. */
export function subdivisionsOf(country: string): Subdivision[] | null {
  return LISTS.get(country) ?? null;
}

/**
 * The subdivision `state` names in `country`, as the API writes it (`US-CA`) or bare (`CA`), in
 * any case; undefined when it names none, or the country has no list.
 */
function findSubdivision(country: string, state: string): Subdivision | undefined {
  const upper = state.toUpperCase();
  const code = upper.startsWith(`${country}-`) ? upper : `${country}-${upper}`;
  return subdivisionsOf(country)?.find((s) => s.code === code);
}

/** The API's code for `state` in `country` (`US-CA`), or null when it names no subdivision. */
export function subdivisionCode(country: string, state: string): string | null {
  return findSubdivision(country, state)?.code ?? null;
}

/** A state as a person reads it: "California" for `US-CA`; other text as it is. */
export function subdivisionName(country: string | null | undefined, state: string): string {
  return (country ? findSubdivision(country, state)?.name : undefined) ?? state;
}
