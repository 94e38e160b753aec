import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The subresource-integrity hash of the script-tag bundle, printed at the end of `npm run build`
 * so a merchant who self-hosts `dist/cdn/portal-elements.js` can pin exactly the file they built:
 * `<script type="module" src="…" integrity="sha384-…" crossorigin="anonymous">`.
 */

export const SCRIPT_TAG_FILE = 'dist/cdn/portal-elements.js';

/** The `sha384-<base64>` form browsers take in `integrity`. */
export function subresourceIntegrity(code: Uint8Array): string {
  return `sha384-${createHash('sha384').update(code).digest('base64')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    `integrity of ${SCRIPT_TAG_FILE}: ${subresourceIntegrity(readFileSync(SCRIPT_TAG_FILE))}`,
  );
}
