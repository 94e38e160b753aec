import { z } from 'zod';
import { emailProblem } from './email-syntax.js';
import { requestValidationError, type ValidationIssue } from './errors.js';
import { readRequestBody } from './request-body.js';

/**
 * Request validation with zod, answered the way FastAPI and pydantic answer it (reference.md
 * §0.1): 422 `RequestValidationError` with `detail: [{type, loc, msg, input, ctx?}]`. Field
 * builders attach pydantic's error `type` and message so clients see Polar's exact wording.
 */

interface PydanticParams {
  type: string;
  ctx?: Record<string, unknown>;
}

const refine = (
  ctx: z.RefinementCtx,
  type: string,
  message: string,
  pydanticCtx?: Record<string, unknown>,
) => ctx.addIssue({ code: 'custom', message, params: { type, ctx: pydanticCtx } });

/** Every string field of Polar's `Schema` rejects NUL characters. */
const polarString = () =>
  z.string().superRefine((value, ctx) => {
    if (value.includes('\u0000'))
      refine(ctx, 'value_error', 'Value error, This value contains invalid characters');
  });

/** Why a string is not a UUID, in the words of pydantic's `uuid_parsing` error. */
function uuidProblem(value: string): string | null {
  const bad = /[^0-9a-fA-F-]/.exec(value);
  if (bad) {
    return `invalid character: expected an optional prefix of \`urn:uuid:\` followed by [0-9a-fA-F-], found \`${bad[0]}\` at ${bad.index + 1}`;
  }
  if (!value.includes('-')) {
    return value.length === 32
      ? null
      : `invalid length: expected length 32 for simple format, found ${value.length}`;
  }
  const groups = value.split('-');
  if (groups.length !== 5) return `invalid group count: expected 5, found ${groups.length}`;
  const expected = [8, 4, 4, 4, 12];
  const wrong = groups.findIndex((g, i) => g.length !== expected[i]);
  if (wrong >= 0) {
    return `invalid group length in group ${wrong}: expected ${expected[wrong]}, found ${groups[wrong]!.length}`;
  }
  return null;
}

/** A UUID4, as pydantic's `UUID4` checks it: parse first, then the version. */
const uuid4 = () =>
  z.string().superRefine((value, ctx) => {
    const problem = uuidProblem(value);
    if (problem)
      refine(ctx, 'uuid_parsing', `Input should be a valid UUID, ${problem}`, { error: problem });
    else if (value.replaceAll('-', '')[12] !== '4') {
      refine(ctx, 'uuid_version', 'UUID version 4 expected', { expected_version: 4 });
    }
  });

const email = () =>
  z.string().superRefine((value, ctx) => {
    const problem = emailProblem(value);
    if (problem)
      refine(ctx, 'value_error', `value is not a valid email address: ${problem}`, {
        reason: problem,
      });
  });

/** An integer from a query string, parsed as pydantic parses it, then bounded by `gt`. */
const queryInt = (gt: number) =>
  z
    .string()
    .superRefine((value, ctx) => {
      if (!/^\s*[-+]?\d+\s*$/.test(value)) {
        refine(
          ctx,
          'int_parsing',
          'Input should be a valid integer, unable to parse string as an integer',
        );
      }
    })
    .transform(Number)
    .pipe(z.number().gt(gt));

const TRUE_WORDS = ['1', 'true', 't', 'yes', 'y', 'on'];
const FALSE_WORDS = ['0', 'false', 'f', 'no', 'n', 'off'];

/** A boolean from a query string, with pydantic's accepted words. */
const queryBool = () =>
  z
    .string()
    .superRefine((value, ctx) => {
      if (![...TRUE_WORDS, ...FALSE_WORDS].includes(value.toLowerCase())) {
        refine(ctx, 'bool_parsing', 'Input should be a valid boolean, unable to interpret input');
      }
    })
    .transform((value) => TRUE_WORDS.includes(value.toLowerCase()));

/**
 * Polar's `MetadataField` (`kit/metadata.py`): up to 50 keys of 1-40 characters, each value a
 * string of 1-500 characters, a number or a boolean.
 */
const metadata = () =>
  z
    .record(
      z.string().min(1).max(40),
      z.union([z.string().min(1).max(500), z.number(), z.boolean()]),
    )
    .superRefine((value, ctx) => {
      const count = Object.keys(value).length;
      if (count > 50)
        refine(
          ctx,
          'too_long',
          `Dictionary should have at most 50 items after validation, not ${count}`,
          {
            field_type: 'Dictionary',
            max_length: 50,
            actual_length: count,
          },
        );
    });

export const field = { string: polarString, uuid4, email, queryInt, queryBool, metadata };

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

function toValidationIssue(
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

/**
 * Validates `value` at `location`. `prefix` goes between the location and the field, as pydantic
 * names the union member that failed (`["body", "CustomerSubscriptionUpdateSeats", "seats"]`).
 */
export function validate<T extends z.ZodType>(
  schema: T,
  value: unknown,
  location: 'body' | 'query' | 'path',
  prefix: string[] = [],
): z.infer<T> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  throw requestValidationError(
    result.error.issues.map((i) =>
      toValidationIssue({ ...i, path: [...prefix, ...i.path] }, location),
    ),
  );
}

/** A path parameter that must be a UUID4 (`loc: ["path", name]`). */
export function parsePathId(params: Record<string, string>, name = 'id'): string {
  return validate(z.object({ [name]: uuid4() }), params, 'path')[name] as string;
}

/**
 * Reads the body without validating it (for union bodies, validated per member): JSON, or the
 * raw text under a content type that is not JSON. Over 10 MiB is a 413, bytes that are not text
 * a 400, malformed or too deeply nested JSON a 422 `json_invalid` (see `request-body.ts`).
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const value = await readRequestBody(request);
  if (value === undefined) {
    throw requestValidationError([
      { type: 'missing', loc: ['body'], msg: 'Field required', input: null },
    ]);
  }
  return value;
}

/** Reads and validates a body as FastAPI does; see `readJsonBody` for what is refused first. */
export async function parseJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
): Promise<z.infer<T>> {
  return validate(schema, await readJsonBody(request), 'body');
}

/** Validates query parameters (single values; repeatable ones arrive as arrays). */
export function parseQuery<T extends z.ZodType>(
  url: URL,
  schema: T,
  repeatable: string[] = [],
): z.infer<T> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    query[key] = repeatable.includes(key)
      ? url.searchParams.getAll(key)
      : url.searchParams.get(key)!;
  }
  return validate(schema, query, 'query');
}
