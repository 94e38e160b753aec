/** What a customer typed into "assign by email", split and checked before anything is sent. */
export interface ParsedEmails {
  valid: string[];
  invalid: string[];
}

// The browser's own `type=email` rule (WHATWG), so the field and this agree.
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

/** Splits on commas, semicolons, spaces and new lines; drops duplicates (case-insensitive). */
export function parseEmails(text: string): ParsedEmails {
  const seen = new Set<string>();
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    const email = raw.trim().replace(/^<|>$/g, '');
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    (EMAIL.test(email) ? valid : invalid).push(email);
  }
  return { valid, invalid };
}
