import { parseArgs } from 'node:util';
import {
  CODE_ALPHABETS,
  RATE_LIMIT_MODES,
  type CodeAlphabet,
  type RateLimitMode,
} from './options.js';

/**
 * The mock's command line, checked whole before anything starts: a value the mock could not use
 * (a secret that cannot be a header's bytes, a port that is no port) is refused at once with one
 * line saying which flag and why, never found out later as a crash on the first webhook.
 */

export const USAGE = `Usage: npm run mock -- [--port 8000] [--host 127.0.0.1] [--code-alphabet digits|polar] [--rate-limit polar|relaxed|off] [--webhook-url <url> [--webhook-secret whsec_...]] [--signing-secret <secret>] [--state <file>] [--allow-return-host <host>]... [--trust-proxy] [--expose-dev-routes]`;

export interface CliOptions {
  help: boolean;
  port: number;
  host: string;
  codeAlphabet: CodeAlphabet;
  rateLimit: RateLimitMode;
  webhookUrl?: string;
  webhookSecret?: string;
  signingSecret?: string;
  statePath?: string;
  allowedReturnHosts: string[];
  trustProxy: boolean;
  exposeDevRoutes: boolean;
}

export class CliError extends Error {}

const refuse = (message: string): never => {
  throw new CliError(message);
};

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    refuse(`--${name} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}.`);
  return value as T;
}

/** Printable ASCII, so the secret is the same bytes in every encoding and fits any header. */
function secretText(name: string, value: string, minLength: number): string {
  if (!/^[\x21-\x7e]+$/.test(value))
    refuse(`--${name} must be printable ASCII without spaces (letters, digits, punctuation).`);
  if (value.length < minLength || value.length > 1024)
    refuse(`--${name} must be ${minLength} to 1024 characters long; got ${value.length}.`);
  return value;
}

/** A host name, an IPv4 address or a bracketed IPv6 address, with an optional port. */
const HOST = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)(:\d{1,5})?$/;

function host(name: string, value: string, withPort: boolean): string {
  // `--host ::1` binds IPv6 loopback, as `listen` spells it: without brackets, so they go.
  const bare = withPort ? value : value.replace(/^\[(.*)\]$/, '$1');
  if (!withPort && bare.includes(':') && URL.canParse(`http://[${bare}]/`)) return bare;
  const match = HOST.exec(value);
  if (!match || (!withPort && match[2]) || !URL.canParse(`http://${value}/`))
    refuse(
      `--${name} must be a host name or IP address${withPort ? ', with an optional :port' : ''}; got ${JSON.stringify(value)}.`,
    );
  return value.toLowerCase();
}

export function parseCli(argv: string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', default: '8000' },
        host: { type: 'string', default: '127.0.0.1' },
        'code-alphabet': { type: 'string', default: 'digits' },
        'rate-limit': { type: 'string', default: 'polar' },
        'webhook-url': { type: 'string' },
        'webhook-secret': { type: 'string' },
        'signing-secret': { type: 'string' },
        state: { type: 'string' },
        'allow-return-host': { type: 'string', multiple: true, default: [] },
        'trust-proxy': { type: 'boolean', default: false },
        'expose-dev-routes': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return refuse((error as Error).message.split('\n')[0]!);
  }

  if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535)
    refuse(`--port must be a number from 0 to 65535; got ${JSON.stringify(values.port)}.`);

  const webhookUrl = values['webhook-url'];
  if (webhookUrl !== undefined) {
    const protocol = URL.canParse(webhookUrl) ? new URL(webhookUrl).protocol : null;
    if (protocol !== 'http:' && protocol !== 'https:')
      refuse(`--webhook-url must be an http or https URL; got ${JSON.stringify(webhookUrl)}.`);
    // fetch refuses such URLs, and the mock prints the URL it delivers to: never a password.
    const { username, password } = new URL(webhookUrl);
    if (username || password) refuse('--webhook-url must not carry a user name or password.');
  }
  if (values['webhook-secret'] !== undefined && webhookUrl === undefined)
    refuse('--webhook-secret needs --webhook-url.');
  if (values.state !== undefined && !values.state.trim()) refuse('--state must be a file path.');

  return {
    help: values.help,
    port: Number(values.port),
    host: host('host', values.host, false),
    codeAlphabet: oneOf('code-alphabet', values['code-alphabet'], CODE_ALPHABETS),
    rateLimit: oneOf('rate-limit', values['rate-limit'], RATE_LIMIT_MODES),
    webhookUrl,
    webhookSecret:
      values['webhook-secret'] === undefined
        ? undefined
        : secretText('webhook-secret', values['webhook-secret'], 1),
    signingSecret:
      values['signing-secret'] === undefined
        ? undefined
        : secretText('signing-secret', values['signing-secret'], 32),
    statePath: values.state,
    allowedReturnHosts: values['allow-return-host'].map((h) => host('allow-return-host', h, true)),
    trustProxy: values['trust-proxy'],
    exposeDevRoutes: values['expose-dev-routes'],
  };
}
