import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

/**
 * Checks a wire object against Polar's newest SDK types (schemas-2026-10.json), which merchants
 * run beside the 0.49 SDK the contract tests call through. Extra fields are allowed, as there.
 */
const schema = JSON.parse(readFileSync('src/api/schemas/schemas-2026-10.json', 'utf8')) as {
  definitions: Record<string, unknown>;
};
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema({ $id: 'polar-2026-10', definitions: schema.definitions });

export function assertMatches2026(definition: string, value: unknown): void {
  const validate = ajv.getSchema(`polar-2026-10#/definitions/${definition}`);
  if (!validate) throw new Error(`no definition ${definition} in schemas-2026-10.json`);
  const ok = validate(value);
  assert.ok(ok, `${definition}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
}
