import { PortalApiError } from '../api/errors.js';
import type { ValidationErrorItem } from '../api/types.js';
import { subdivisionCode, subdivisionsOf } from '../api/subdivisions.js';
import type { AddressDraft } from './address-fields.js';
import type { PortalLocalize } from './localize.js';

/**
 * Field errors in the customer's language, every bad field at once: the checks the browser
 * makes before sending, and Polar's 422s turned into the same sentences. Keys are the form's
 * field names (`billing_name`, `line1` … `country`, `tax_id`, `email`).
 */

/** Refused before sending: the form shows these beside their fields, as it shows a 422. */
export class FieldProblems extends Error {
  constructor(readonly fields: Record<string, string>) {
    super(Object.values(fields).join(' '));
  }
}

/** Polar's 422 messages it is known to send for these forms, by what they say. */
function knownMessage(
  t: PortalLocalize,
  item: ValidationErrorItem,
): [field: string, message: string] | null {
  const field = String(item.loc.at(-1));
  const msg = item.msg;
  // `kit/address.py` `Address.validate_state`: a model validator, so `loc` ends at the address.
  if (msg.includes('Invalid US state')) return ['state', t.term('invalidUsState')];
  if (msg.includes('Invalid CA subdivision')) return ['state', t.term('invalidCaProvince')];
  // `order/service.py` `update`.
  if (msg === 'Country cannot be changed') return ['country', t.term('countryLocked')];
  if (msg === 'State cannot be changed') return ['state', t.term('stateLocked')];
  // `customer_portal/service/customer.py` `update`.
  if (msg.startsWith('Customer billing address cannot be reset'))
    return ['country', t.term('addressCannotBeRemoved')];
  if (msg === 'Country is required to validate tax ID.')
    return ['country', t.term('taxIdNeedsCountry')];
  if (msg === 'Invalid tax ID.') return ['tax_id', t.term('invalidTaxId')];
  // `customer_email_update` service.
  if (msg === 'New email is the same as your current email.') return ['email', t.term('sameEmail')];
  if (msg === 'Only individual customers can change their email.')
    return ['email', t.term('teamEmail')];
  if (field === 'email' && msg.includes('not a valid email'))
    return ['email', t.term('invalidEmail')];
  if (field === 'country' && item.type === 'enum')
    return [
      'country',
      msg.includes('should not be') ? t.term('countryNotSupported') : t.term('invalidCountry'),
    ];
  if (item.type === 'missing') return [field, t.term('fieldRequired')];
  if (msg.includes('invalid characters')) return [field, t.term('invalidCharacters')];
  return null;
}

/** A 422's messages by field, in the customer's language where Polar's words are known. */
export function localizedFieldErrors(t: PortalLocalize, error: unknown): Record<string, string> {
  if (error instanceof FieldProblems) return error.fields;
  if (!(error instanceof PortalApiError) || !Array.isArray(error.detail)) return {};
  const fields: Record<string, string> = {};
  for (const item of error.detail) {
    const [field, message] = knownMessage(t, item) ?? [
      String(item.loc.at(-1)),
      item.msg.replace(/^Value error, /, ''),
    ];
    fields[field] ??= message;
  }
  return fields;
}

const US_ZIP = /^\d{5}(-\d{4})?$/;
const CA_POSTAL = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i;

/**
 * What is wrong with an address before it is sent, all fields at once. What Polar's API checks
 * (`kit/address.py`: a country; a US or CA state from its list), and for an invoice what
 * Polar's own invoice form requires (`DownloadInvoice.tsx`: name, line 1, postal code, city,
 * and the state in the US and Canada). Postal codes of the US and Canada are checked for their
 * shape too: Polar's API takes any text, and a ZIP code like "ABCDE" would only fail later, on
 * the invoice and in tax.
 */
export function checkAddress(
  t: PortalLocalize,
  draft: AddressDraft,
  options: { forInvoice: boolean },
): Record<string, string> {
  const problems: Record<string, string> = {};
  const value = (field: keyof AddressDraft) => draft[field].trim();
  const anything = Object.values(draft).some((v) => v.trim());
  if (!anything && !options.forInvoice) return problems;
  if (!value('country')) problems.country = t.term('fieldRequired');
  if (options.forInvoice) {
    for (const field of ['line1', 'postal_code', 'city'] as const)
      if (!value(field)) problems[field] = t.term('fieldRequired');
  }
  const country = value('country');
  const postal = value('postal_code');
  if (postal && country === 'US' && !US_ZIP.test(postal))
    problems.postal_code = t.term('invalidUsZip');
  if (postal && country === 'CA' && !CA_POSTAL.test(postal))
    problems.postal_code = t.term('invalidCaPostal');
  if (subdivisionsOf(country)) {
    const state = value('state');
    if (state && !subdivisionCode(country, state))
      problems.state = t.term(country === 'US' ? 'invalidUsState' : 'invalidCaProvince');
    else if (!state && options.forInvoice) problems.state = t.term('fieldRequired');
  }
  return problems;
}
