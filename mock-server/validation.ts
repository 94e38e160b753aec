import { z } from 'zod';
import { requestValidationError, type ValidationIssue } from './errors.js';

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

/** Why an address is not an email, in the words of python-email-validator (pydantic's EmailStr). */
function emailProblem(value: string): string | null {
  const at = value.lastIndexOf('@');
  if (at < 0) return 'An email address must have an @-sign.';
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (!local) return 'There must be something before the @-sign.';
  if (!domain) return 'There must be something after the @-sign.';
  if (/\s/.test(value)) return 'The email address contains invalid characters.';
  if (local.includes('@'))
    return 'The email address is not valid. It must have exactly one @-sign.';
  if (!/^[^.].*\.[a-z0-9-]{2,}$/i.test(domain) || domain.includes('..'))
    return 'The part after the @-sign is not valid. It should have a period.';
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return 'The email address contains invalid characters before the @-sign.';
  return null;
}

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

export const field = { string: polarString, uuid4, email, queryInt, queryBool };

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
  if (issue.code === 'too_small') {
    return {
      type: 'greater_than',
      loc,
      msg: `Input should be greater than ${Number(issue.minimum) - (issue.inclusive ? 1 : 0)}`,
      input,
      ctx: { gt: Number(issue.minimum) - (issue.inclusive ? 1 : 0) },
    };
  }
  return { type: 'value_error', loc, msg: issue.message, input };
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

/** Reads the body as JSON without validating it: for union bodies, validated per member. */
export async function readJsonBody(request: Request): Promise<unknown> {
  return parseJsonBody(request, z.unknown());
}

/** Reads and validates a JSON body; malformed JSON is a 422 `json_invalid`, as FastAPI answers. */
export async function parseJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
): Promise<z.infer<T>> {
  const text = await request.text();
  if (text.trim() === '') {
    throw requestValidationError([
      { type: 'missing', loc: ['body'], msg: 'Field required', input: null },
    ]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = Number(/position (\d+)/.exec(String(error))?.[1] ?? text.length);
    throw requestValidationError([
      {
        type: 'json_invalid',
        loc: ['body', position],
        msg: 'JSON decode error',
        input: {},
        ctx: { error: 'Expecting value' },
      },
    ]);
  }
  return validate(schema, value, 'body');
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
