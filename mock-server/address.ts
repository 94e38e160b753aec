import { z } from 'zod';
import { subdivisionCode, subdivisionsOf } from '../src/api/subdivisions.js';
import type { AddressRow } from './db/rows.js';
import { field } from './validation.js';

/**
 * Polar's `AddressInput` (`server/polar/kit/address.py`): an ISO 3166-1 alpha-2 country,
 * upper-cased, not a sanctioned one; blank text is null; a US or CA state normalized to `US-CA`
 * / `CA-QC` and checked. Polar checks nothing else (no postal code format, no required line).
 */

const SANCTIONED = ['CU', 'IR', 'KP', 'SY', 'RU'];
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** True for an assigned ISO 3166-1 alpha-2 code (Intl echoes unknown codes back unchanged). */
const isCountryCode = (code: string) => /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== code;

const optionalText = field.string().max(255).nullish();

export const AddressInput = z
  .object({
    line1: optionalText,
    line2: optionalText,
    postal_code: optionalText,
    city: optionalText,
    state: optionalText,
    country: z.string().transform((c) => c.trim().toUpperCase()),
  })
  .superRefine((address, ctx) => {
    const issue = (path: string, message: string, type = 'value_error') =>
      ctx.addIssue({
        code: 'custom',
        path: [path],
        message,
        params: { type },
        input: address[path as keyof typeof address],
      });
    if (!isCountryCode(address.country)) {
      return issue('country', 'Input should be a valid ISO 3166-1 alpha-2 country code', 'enum');
    } else if (SANCTIONED.includes(address.country)) {
      return issue('country', `Input should not be ${address.country}`, 'enum');
    }
    // Polar's `Address.validate_state` is a model validator: it runs once the fields are valid,
    // skips an empty state, and names the whole address (`loc` ends at `billing_address`).
    const state = address.state?.trim() || null;
    if (state && subdivisionsOf(address.country) && !subdivisionCode(address.country, state))
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `Value error, Invalid ${address.country === 'US' ? 'US state' : 'CA subdivision'}`,
        params: { type: 'value_error', ctx: { error: {} } },
        input: address,
      });
  })
  .transform((address): AddressRow => {
    // Polar's `EmptyStrToNone`: blank text is no value.
    const blank = (text: string | null | undefined) => text?.trim() || null;
    const state = blank(address.state);
    // A US or CA state, checked above, is stored as its `US-CA` code; other text as it came.
    const normalizedState = state ? (subdivisionCode(address.country, state) ?? state) : state;
    return {
      line1: blank(address.line1),
      line2: blank(address.line2),
      postal_code: blank(address.postal_code),
      city: blank(address.city),
      state: normalizedState,
      country: address.country as AddressRow['country'],
    };
  });
