import { z } from 'zod';
import { emailProblem } from './email-syntax.js';

/**
 * The field builders of the mock's request schemas. Each check that zod has no word for carries
 * pydantic's error `type` and message (`PydanticParams`), so a client sees Polar's exact
 * wording once `validation-issues.ts` translates the issue.
 */

export interface PydanticParams {
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

const URL_MAX_LENGTH = 2083;

/** Why pydantic's URL parser refuses `value`, in its words (the `url` crate's), or null. */
function urlProblem(value: string): string | null {
  if (URL.canParse(value)) return null;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) return 'relative URL without a base';
  if (/^[a-z][a-z0-9+.-]*:\/*([/?#]|$)/i.test(value)) return 'empty host';
  if (/^[a-z][a-z0-9+.-]*:\/*[^/?#]*:\d{6,}/i.test(value)) return 'invalid port number';
  return 'invalid domain character';
}

/**
 * Pydantic's `HttpUrl`: a string of at most 2083 characters that parses as an `http` or `https`
 * URL, answered normalised (`https://example.com` becomes `https://example.com/`).
 */
const httpUrl = () =>
  z
    .unknown()
    .superRefine((value, ctx) => {
      if (typeof value !== 'string') {
        refine(ctx, 'url_type', 'URL input should be a string or URL');
      } else if (value.length > URL_MAX_LENGTH) {
        refine(ctx, 'url_too_long', `URL should have at most ${URL_MAX_LENGTH} characters`, {
          max_length: URL_MAX_LENGTH,
        });
      } else if (urlProblem(value)) {
        const problem = urlProblem(value)!;
        refine(ctx, 'url_parsing', `Input should be a valid URL, ${problem}`, { error: problem });
      } else if (!['http:', 'https:'].includes(new URL(value).protocol)) {
        refine(ctx, 'url_scheme', "URL scheme should be 'http' or 'https'", {
          expected_schemes: "'http' or 'https'",
        });
      }
    })
    .transform((value) => new URL(value as string).href);

export const field = {
  string: polarString,
  uuid4,
  email,
  httpUrl,
  queryInt,
  queryBool,
  metadata,
};
