import { z } from 'zod';
import { subdivisionCode, subdivisionsOf } from '../src/api/subdivisions.js';
import type { AddressRow } from './db/rows.js';
import { field } from './validation.js';

/**
 * Polar's `AddressInput` (reference.md §5.1): an ISO 3166-1 alpha-2 country, upper-cased, not a
 * sanctioned one; US and CA states normalized to `US-CA` / `CA-QC` and checked.
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
      issue('country', 'Input should be a valid ISO 3166-1 alpha-2 country code', 'enum');
    } else if (SANCTIONED.includes(address.country)) {
      issue('country', `Input should not be ${address.country}`, 'enum');
    }
    if (subdivisionsOf(address.country) && !subdivisionCode(address.country, address.state ?? ''))
      issue(
        'state',
        `Value error, Invalid ${address.country === 'US' ? 'US state' : 'CA province'}`,
      );
  })
  .transform((address): AddressRow => {
    const state = address.state ?? null;
    // A US or CA state, checked above, is stored as its `US-CA` code; other text as it came.
    const normalizedState = state ? (subdivisionCode(address.country, state) ?? state) : state;
    return {
      line1: address.line1 ?? null,
      line2: address.line2 ?? null,
      postal_code: address.postal_code ?? null,
      city: address.city ?? null,
      state: normalizedState,
      country: address.country as AddressRow['country'],
    };
  });
