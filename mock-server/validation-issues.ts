import type { z } from 'zod';
import type { ValidationIssue } from './errors.js';
import type { PydanticParams } from './validation-fields.js';

/**
 * zod's issues in pydantic's words: the `type`, `msg` and `ctx` FastAPI puts in a 422's
 * `detail`, so the mock's errors read as Polar's.
 */

const TYPE_NAMES: Record<string, [type: string, msg: string]> = {
  string: ['string_type', 'Input should be a valid string'],
  number: ['int_type', 'Input should be a valid integer'],
  int: ['int_type', 'Input should be a valid integer'],
  boolean: ['bool_type', 'Input should be a valid boolean'],
  array: ['list_type', 'Input should be a valid list'],
  object: [
    'model_attributes_type',
    'Input should be a valid dictionary or object to extract fields from',
  ],
};

export function toValidationIssue(
  issue: z.core.$ZodIssue,
  location: 'body' | 'query' | 'path',
): ValidationIssue {
  const loc = [location, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const input = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'invalid_key' && issue.issues[0]) {
    // pydantic names a dictionary's bad key by the key and `[key]`.
    return toValidationIssue({ ...issue.issues[0], path: [...issue.path, '[key]'] }, location);
  }
  if (issue.code === 'custom') {
    const params = issue.params as PydanticParams | undefined;
    const out: ValidationIssue = {
      type: params?.type ?? 'value_error',
      loc,
      msg: issue.message,
      input,
    };
    if (params?.ctx) out.ctx = params.ctx;
    return out;
  }
  if (issue.code === 'invalid_type' && input === undefined) {
    return { type: 'missing', loc, msg: 'Field required', input: null };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int' && typeof input === 'number') {
    const msg = 'Input should be a valid integer, got a number with a fractional part';
    return { type: 'int_from_float', loc, msg, input };
  }
  if (issue.code === 'invalid_type') {
    const [type, msg] = TYPE_NAMES[issue.expected] ?? ['type_error', issue.message];
    return { type, loc, msg, input };
  }
  if (issue.code === 'invalid_value') {
    const quoted = issue.values.map((v) => `'${String(v)}'`);
    const expected =
      quoted.length > 1
        ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`
        : (quoted[0] ?? '');
    return { type: 'enum', loc, msg: `Input should be ${expected}`, input, ctx: { expected } };
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') return boundIssue(issue, loc, input);
  return { type: 'value_error', loc, msg: issue.message, input };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A bound that was passed, in pydantic's words: `ge`/`gt`/`le`/`lt` or a length. */
function boundIssue(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  loc: ValidationIssue['loc'],
  input: unknown,
): ValidationIssue {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string') {
    const [type, key, words] = small
      ? ['string_too_short', 'min_length', 'at least']
      : ['string_too_long', 'max_length', 'at most'];
    return {
      type,
      loc,
      msg: `String should have ${words} ${plural(limit, 'character')}`,
      input,
      ctx: { [key]: limit },
    };
  }
  const [type, key, words] = small
    ? issue.inclusive
      ? ['greater_than_equal', 'ge', 'greater than or equal to']
      : ['greater_than', 'gt', 'greater than']
    : issue.inclusive
      ? ['less_than_equal', 'le', 'less than or equal to']
      : ['less_than', 'lt', 'less than'];
  return { type, loc, msg: `Input should be ${words} ${limit}`, input, ctx: { [key]: limit } };
}
