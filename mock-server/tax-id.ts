/**
 * Tax ids as Polar validates them (through python-stdnum) for the countries the demo and tests
 * use; a country without a rule accepts any 4-20 alphanumerics as a generic VAT number.
 * Returns Polar's wire shape `[value, format]`, or null when the id is invalid.
 */

const EU = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

const RULES: Record<string, { format: string; pattern: RegExp }> = {
  US: { format: 'us_ein', pattern: /^\d{2}-?\d{7}$/ },
  GB: { format: 'gb_vat', pattern: /^GB(\d{9}|\d{12})$/ },
  CA: { format: 'ca_bn', pattern: /^\d{9}$/ },
  AU: { format: 'au_abn', pattern: /^\d{11}$/ },
  CH: { format: 'ch_vat', pattern: /^CHE-?\d{3}\.?\d{3}\.?\d{3}( ?(MWST|TVA|IVA))?$/ },
  NO: { format: 'no_vat', pattern: /^\d{9}MVA$/ },
  FR: { format: 'eu_vat', pattern: /^FR[0-9A-Z]{2}\d{9}$/ },
  DE: { format: 'eu_vat', pattern: /^DE\d{9}$/ },
};

export function validateTaxId(raw: string, country: string): [string, string] | null {
  const value = raw.replace(/[\s.]/g, '').toUpperCase();
  const rule = RULES[country];
  if (rule) return rule.pattern.test(value) ? [value, rule.format] : null;
  if (EU.includes(country)) {
    const prefix = country === 'GR' ? 'EL' : country;
    return new RegExp(`^${prefix}[0-9A-Z]{8,12}$`).test(value) ? [value, 'eu_vat'] : null;
  }
  return /^[0-9A-Z-]{4,20}$/.test(value) ? [value, `${country.toLowerCase()}_vat`] : null;
}
