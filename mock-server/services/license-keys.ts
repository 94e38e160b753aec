import { isoDate } from '../clock.js';
import { newId } from '../db/ids.js';
import type { LicenseKeyActivationRow, LicenseKeyRow } from '../db/rows.js';
import { notFound, notPermitted, polarError } from '../errors.js';
import { displayKey } from '../serializers/benefit.js';
import type { MockState } from '../state.js';

/**
 * License keys (reference.md §4.7): the portal's rotate, and the validate, activate and
 * deactivate a merchant's app calls with the key alone. Each checks and changes with no `await`
 * in between, so racing activations can never pass the limit, and returns the key as it now is.
 */

/** A new key value for a leaked one; the old value stops working at once. */
export function rotateLicenseKey(state: MockState, given: LicenseKeyRow): LicenseKeyRow {
  const key = state.db.licenseKeys.latest(given);
  if (key.status === 'revoked') {
    throw polarError(
      400,
      'RotateNotPermitted',
      'License key cannot be rotated in its current status. Current status: revoked. Allowed statuses: disabled, granted.',
    );
  }
  const prefix =
    key.key.includes('-') && !/^[0-9A-F]{8}-/.test(key.key) ? key.key.split('-')[0] : null;
  const fresh = crypto.randomUUID().toUpperCase();
  const rotated = state.db.licenseKeys.update(key, { key: prefix ? `${prefix}-${fresh}` : fresh });
  for (const grant of state.db.grants.filter((g) => g.properties.license_key_id === key.id)) {
    state.db.grants.update(grant, {
      properties: { ...grant.properties, display_key: displayKey(rotated.key) },
    });
  }
  return rotated;
}

/** The key an app presents, within its organization, or 404. */
function findKey(state: MockState, key: string, organizationId: string): LicenseKeyRow {
  const row = state.db.licenseKeys.find(
    (k) => k.key === key && k.organization_id === organizationId,
  );
  if (!row) throw notFound();
  return row;
}

const isExpired = (state: MockState, row: LicenseKeyRow) =>
  row.expires_at !== null && Date.parse(row.expires_at) <= state.clock.now();

export interface Validation {
  key: string;
  organization_id: string;
  activation_id?: string | null;
  benefit_id?: string | null;
  customer_id?: string | null;
  increment_usage?: number | null;
  conditions?: Record<string, unknown>;
}

/** Checks a key (and an activation of it) against what the app expects, counting the use. */
export function validateLicenseKey(
  state: MockState,
  check: Validation,
): { row: LicenseKeyRow; activation: LicenseKeyActivationRow | null } {
  const row = findKey(state, check.key, check.organization_id);
  if (row.status !== 'granted') throw notFound('License key is no longer active.');
  if (isExpired(state, row)) throw notFound('License key has expired.');
  const activation = check.activation_id
    ? (row.activations.find((a) => a.id === check.activation_id) ?? null)
    : null;
  if (check.activation_id && !activation) throw notFound('License key activation not found.');
  if (activation && check.conditions) {
    const matches = Object.entries(check.conditions).every(([k, v]) => activation.meta[k] === v);
    if (!matches) throw notFound('License key does not match required conditions');
  }
  if (check.benefit_id && check.benefit_id !== row.benefit_id)
    throw notFound('License key does not match given benefit.');
  if (check.customer_id && check.customer_id !== row.customer_id)
    throw notFound('License key does not match given user.');
  if (
    check.increment_usage &&
    row.limit_usage !== null &&
    row.usage + check.increment_usage > row.limit_usage
  ) {
    throw polarError(
      400,
      'BadRequest',
      `License key only has ${row.limit_usage - row.usage} more usages.`,
    );
  }
  const validated = state.db.licenseKeys.update(row, {
    usage: row.usage + (check.increment_usage ?? 0),
    validations: row.validations + 1,
    last_validated_at: isoDate(state.clock.now()),
  });
  return { row: validated, activation };
}

/** Activates a key on one more device, within the benefit's limit. */
export function activateLicenseKey(
  state: MockState,
  request: {
    key: string;
    organization_id: string;
    label: string;
    meta?: LicenseKeyActivationRow['meta'];
  },
): { row: LicenseKeyRow; activation: LicenseKeyActivationRow } {
  const row = findKey(state, request.key, request.organization_id);
  if (row.status !== 'granted')
    throw notPermitted('License key is no longer active. This license key can not be activated.');
  if (isExpired(state, row)) throw notPermitted('License key has expired.');
  if (row.limit_activations === null) {
    throw notPermitted(
      'This license key does not support activations. Use the /validate endpoint instead to check license validity.',
    );
  }
  if (row.activations.length >= row.limit_activations)
    throw notPermitted('License key activation limit already reached');
  const activation: LicenseKeyActivationRow = {
    id: newId(),
    label: request.label,
    meta: request.meta ?? {},
    created_at: isoDate(state.clock.now()),
    modified_at: null,
  };
  const activated = state.db.licenseKeys.update(row, {
    activations: [...row.activations, activation],
  });
  return { row: activated, activation };
}

export function deactivateLicenseKey(
  state: MockState,
  request: { key: string; organization_id: string; activation_id: string },
): void {
  const row = findKey(state, request.key, request.organization_id);
  if (!row.activations.some((a) => a.id === request.activation_id)) throw notFound();
  state.db.licenseKeys.update(row, {
    activations: row.activations.filter((a) => a.id !== request.activation_id),
  });
}
