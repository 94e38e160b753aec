import { z } from 'zod';
import { requestValidationError, type ValidationIssue } from './errors.js';
import { readRequestBody } from './request-body.js';
import { field } from './validation-fields.js';
import { toValidationIssue } from './validation-issues.js';

/**
 * Request validation with zod, answered the way FastAPI and pydantic answer it (reference.md
 * §0.1): 422 `RequestValidationError` with `detail: [{type, loc, msg, input, ctx?}]`. Field
 * builders (`validation-fields.ts`) attach pydantic's error `type` and message, and
 * `validation-issues.ts` turns zod's issues into pydantic's, so clients see Polar's exact wording.
 */

// Handlers take the field builders from here, with the parsers that check them.
export { field };

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

/**
 * Validates `value` against a union of models as pydantic's smart mode does: the first member
 * it fits; when it fits none, every member's errors, each under the member's name
 * (`["body", "CustomerSessionCustomerIDCreate", "customer_id"]`).
 */
export function validateUnion<T>(
  members: readonly (readonly [name: string, schema: z.ZodType<T>])[],
  value: unknown,
  location: 'body' | 'query' | 'path',
): T {
  const issues: ValidationIssue[] = [];
  for (const [name, schema] of members) {
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      issues.push(toValidationIssue({ ...issue, path: [name, ...issue.path] }, location));
  }
  throw requestValidationError(issues);
}

/** A path parameter that must be a UUID4 (`loc: ["path", name]`). */
export function parsePathId(params: Record<string, string>, name = 'id'): string {
  return validate(z.object({ [name]: field.uuid4() }), params, 'path')[name] as string;
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
