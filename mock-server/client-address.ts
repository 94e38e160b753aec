/**
 * The network address the limiter counts a client by, in a form no client can vary at will:
 * every loopback address is one client (any local process can send from 127.0.0.2, 127.0.0.3,
 * ... or ::1), an IPv4-mapped IPv6 address is its IPv4 address, and an IPv6 address counts by
 * its /64 network, the smallest block one subscriber is handed (RFC 6177), so rotating the low
 * 64 bits buys nothing. Pure string work, so it runs in the service worker too.
 */

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** The eight 16-bit groups of an IPv6 address, or null when it is none. */
function ipv6Groups(text: string): number[] | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || !URL.canParse(`http://[${text}]/`)) return null;
  // The URL parser canonicalises: lower case, `::` for the longest zero run, no IPv4 tail.
  const host = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  const [head = '', tail] = host.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  const groups = [...left, ...zeros, ...right].map((g) => parseInt(g, 16));
  return groups.length === 8 ? groups : null;
}

/** A canonical client key for `address`, or null when it is not an IP address. */
export function normalizeAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const text = address
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/%.*$/, ''); // no zone id
  if (IPV4.test(text)) return text.startsWith('127.') ? 'loopback' : text;
  const groups = ipv6Groups(text);
  if (!groups) return null;
  const isMappedV4 = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (isMappedV4) {
    const v4 = [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
    return normalizeAddress(v4);
  }
  const isLoopback = groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1;
  if (isLoopback) return 'loopback';
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}
