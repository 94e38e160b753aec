/**
 * Email syntax as pydantic's `EmailStr` checks it (python-email-validator, without the DNS
 * lookup), with its wording, so a refused address reads as Polar's refusal does.
 */

/** Whitespace, control characters (NUL included) and lone surrogates: no email has them. */
const INVALID_EMAIL_CHARACTER =
  // eslint-disable-next-line no-control-regex -- control characters are what is being refused
  /[\s\x00-\x1f\x7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why an address is not an email, in the words of python-email-validator (pydantic's EmailStr). */
export function emailProblem(value: string): string | null {
  // pydantic's own bound, checked before the address is parsed at all.
  if (value.length > 2048) return 'Length must not exceed 2048 characters';
  const at = value.lastIndexOf('@');
  if (at < 0) return 'An email address must have an @-sign.';
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (!local) return 'There must be something before the @-sign.';
  if (!domain) return 'There must be something after the @-sign.';
  if (local.length > 64)
    return `The email address is too long before the @-sign ${tooMany(local.length - 64)}.`;
  if (INVALID_EMAIL_CHARACTER.test(value)) return 'The email address contains invalid characters.';
  if (local.includes('@'))
    return 'The email address is not valid. It must have exactly one @-sign.';
  if (!/^[^.].*\.[a-z0-9-]{2,}$/i.test(domain) || domain.includes('..'))
    return 'The part after the @-sign is not valid. It should have a period.';
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return 'The email address contains invalid characters before the @-sign.';
  // RFC 5321's 254 octets for the whole address, checked last, as email-validator does.
  if (value.length > 254) return `The email address is too long ${tooMany(value.length - 254)}.`;
  return null;
}

/** email-validator's "(1 character too many)". */
const tooMany = (excess: number) => `(${excess} character${excess > 1 ? 's' : ''} too many)`;
