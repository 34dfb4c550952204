// Which IP addresses a fetch may reach: the public internet only, unless the user allows
// private ones. Returns why an address is refused ("loopback", "private", ...) or null.
// IPv6 forms that carry an IPv4 address (::ffff:127.0.0.1, ::127.0.0.1, 64:ff9b::a00:1,
// 2002:7f00:1::) are judged by the IPv4 address they carry.
import { isIPv4, isIPv6 } from 'node:net';

interface Range4 { base: number; bits: number; why: string }

const V4: Range4[] = [
  ['0.0.0.0', 8, 'unspecified ("this network")'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT (shared)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.169.254', 32, 'cloud metadata'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved (IETF protocol assignments)'],
  ['192.0.2.0', 24, 'reserved (documentation)'],
  ['192.88.99.0', 24, 'reserved (6to4 relay)'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved (benchmarking)'],
  ['198.51.100.0', 24, 'reserved (documentation)'],
  ['203.0.113.0', 24, 'reserved (documentation)'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
].map(([base, bits, why]) => ({ base: v4Number(base as string), bits: bits as number, why: why as string }));

/** Why the address must not be fetched by default, or null when it is a public address. */
export function refusedBecause(address: string): string | null {
  const bracketless = address.replace(/^\[|\]$/g, '');
  // The zone ("%eth0") goes: the first "%" after the last line break, as /%.*$/ would, scanned once.
  const lastBreak = Math.max(...['\n', '\r', '\u2028', '\u2029'].map((c) => bracketless.lastIndexOf(c)));
  const zone = bracketless.indexOf('%', lastBreak + 1);
  const bare = zone < 0 ? bracketless : bracketless.slice(0, zone);
  if (isIPv4(bare)) return refused4(v4Number(bare));
  if (isIPv6(bare)) return refused6(v6Groups(bare));
  return 'not an IP address';
}

function refused4(n: number): string | null {
  for (const r of V4) {
    const mask = r.bits === 0 ? 0 : (~0 << (32 - r.bits)) >>> 0;
    if (((n & mask) >>> 0) === ((r.base & mask) >>> 0)) return r.why;
  }
  return null;
}

function refused6(g: number[]): string | null {
  const zeroUpTo = (k: number) => g.slice(0, k).every((x) => x === 0);
  const v4At = (i: number) => ((g[i] << 16) | g[i + 1]) >>> 0;
  if (zeroUpTo(8)) return 'unspecified';
  if (zeroUpTo(7) && g[7] === 1) return 'loopback';
  // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (IPv4-compatible, deprecated) reach IPv4 a.b.c.d.
  if (zeroUpTo(5) && g[5] === 0xffff) return refused4(v4At(6));
  if (zeroUpTo(6)) return refused4(v4At(6)) ?? 'reserved (IPv4-compatible)';
  // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) reach the IPv4 address they carry.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return refused4(v4At(6));
  if (g[0] === 0x2002) return refused4(v4At(1));
  if ((g[0] & 0xfe00) === 0xfc00) return 'private (unique local)';
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0] & 0xffc0) === 0xfec0) return 'private (site-local)';
  if ((g[0] & 0xff00) === 0xff00) return 'multicast';
  if (g[0] === 0x2001 && g[1] === 0x0db8) return 'reserved (documentation)';
  if (g[0] === 0x2001 && g[1] === 0) return 'reserved (Teredo tunnel)';
  if (g[0] === 0x0100 && g.slice(1, 4).every((x) => x === 0)) return 'reserved (discard)';
  if (g[0] < 0x2000 || g[0] >= 0x4000) return 'reserved (not global unicast)';
  return null;
}

function v4Number(address: string): number {
  return address.split('.').reduce((n, part) => ((n << 8) | Number(part)) >>> 0, 0);
}

/** The eight 16-bit groups of an IPv6 address (node:net has checked its syntax). */
function v6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) {
    const n = v4Number(text.slice(lastColon + 1));
    text = text.slice(0, lastColon + 1) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === null ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((h) => parseInt(h, 16));
}
