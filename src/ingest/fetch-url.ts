// Fetches a URL the user (or a feed) named: the only network access. Hostile URLs are expected:
// only http(s); the host is resolved once, every address checked (address.ts), and the socket
// connects to the checked address (no second lookup a rebinding DNS server could answer
// differently); redirects are followed by hand, each hop checked again; size, time and the
// number of redirects are capped.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { createGunzip, createInflate, createBrotliDecompress } from 'node:zlib';
import type { Readable } from 'node:stream';
import { InputError, tooLarge, type RawInput, type ReadOptions, hintFor } from './read-input.js';
import { refusedBecause } from './address.js';

export const MAX_REDIRECTS = 5;

export interface Resolved { address: string; family: number }
/** Host name -> all its addresses. The default is the system resolver (node:dns lookup). */
export type Resolver = (hostname: string) => Promise<Resolved[]>;

const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

const HEADERS = {
  'user-agent': 'detente (+https://github.com/detente)',
  accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5',
  'accept-encoding': 'gzip, deflate, br',
};

export async function fetchUrl(url: string, opts: ReadOptions): Promise<RawInput> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  const timedOut = () => new InputError(url, `timed out after ${opts.timeoutMs / 1000} s (raise it with --timeout S)`);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const target = checkScheme(url, current, hop);
      const addresses = await deadline(vetHost(url, target, hop, opts), controller.signal, timedOut);
      const res = await get(target, addresses, controller.signal);
      const status = res.statusCode ?? 0;
      if ([301, 302, 303, 307, 308].includes(status)) {
        res.resume();
        const location = res.headers.location;
        if (!location) throw new InputError(url, `answered HTTP ${status} without saying where to go`);
        let next: string;
        try { next = new URL(location, target).href; } catch { throw new InputError(url, `redirects to "${location}", which is not a valid URL`); }
        if (hop === MAX_REDIRECTS) {
          throw new InputError(url, `redirected more than ${MAX_REDIRECTS} times (next to ${next}); give the final address instead`);
        }
        current = next;
        continue;
      }
      if (status < 200 || status > 299) {
        res.resume();
        throw new InputError(url, `answered HTTP ${status} ${res.statusMessage ?? ''}`.trim());
      }
      const declared = Number(res.headers['content-length'] ?? 0);
      if (!res.headers['content-encoding'] && declared > opts.maxBytes) { res.destroy(); throw tooLarge(url, declared, opts.maxBytes); }
      const bytes = await readBody(url, res, opts.maxBytes);
      const type = String(res.headers['content-type'] ?? '').toLowerCase();
      const hint: RawInput['hint'] = /rss|atom/.test(type) ? 'feed'
        : /html/.test(type) ? 'html'
        : /text\/plain/.test(type) ? 'text'
        : /xml/.test(type) ? 'sniff'
        : hintFor(target.pathname);
      return { source: url, bytes, hint };
    }
  } catch (e) {
    if (controller.signal.aborted) throw timedOut();
    if (e instanceof InputError) throw e;
    throw new InputError(url, `could not be reached (${describeError(e)}); check the address or the network`);
  } finally {
    clearTimeout(timer);
  }
}

/** The hop's URL, parsed, when it is http or https. */
function checkScheme(url: string, current: string, hop: number): URL {
  let target: URL;
  try { target = new URL(current); } catch { throw new InputError(url, 'is not a valid URL'); }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    const where = hop === 0 ? 'is' : `redirects to ${current}, which is`;
    throw new InputError(url, `${where} a ${target.protocol.slice(0, -1)}: URL; detente fetches only http and https URLs`);
  }
  return target;
}

/** The host's addresses, every one of them public (or allowed); the connection uses only these. */
async function vetHost(url: string, target: URL, hop: number, opts: ReadOptions): Promise<Resolved[]> {
  const host = target.hostname.replace(/^\[|\]$/g, '');
  let addresses: Resolved[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try { addresses = await (opts.resolve ?? systemResolver)(host); } catch (e) {
      throw new InputError(url, `could not be reached (${describeError(e)} for ${host}); check the address or the network`);
    }
    if (addresses.length === 0) throw new InputError(url, `could not be reached (no address for ${host})`);
  }
  if (opts.allowPrivate) return addresses;
  for (const { address } of addresses) {
    const why = refusedBecause(address);
    if (why === null || opts.allowAddress?.(address)) continue;
    const where = hop === 0 ? '' : `redirects to ${target.href}, which `;
    throw new InputError(url, `${where}points to ${address}, a ${why} address, which detente does not fetch by default; run with --allow-private to reach your own network`);
  }
  return addresses;
}

/** One GET to the vetted addresses; the response head, its body not yet read. */
function get(target: URL, addresses: Resolved[], signal: AbortSignal): Promise<IncomingMessage> {
  // Called by net for a host name (never for a literal IP): answers with the vetted addresses.
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) (callback as unknown as (e: null, a: Resolved[]) => void)(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  };
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request({
      protocol: target.protocol,
      hostname: target.hostname.replace(/^\[|\]$/g, ''),
      port: target.port || undefined,
      path: target.pathname + target.search,
      method: 'GET',
      headers: HEADERS,
      lookup,
      agent: false,
      signal,
    }, resolve);
    req.on('error', reject);
    req.end();
  });
}

/** The body, decompressed, refused as soon as it passes the limit (a zip bomb stops there too). */
async function readBody(url: string, res: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip()
    : encoding === 'deflate' ? createInflate()
    : encoding === 'br' ? createBrotliDecompress()
    : null;
  let body: Readable = res;
  if (decoder) {
    res.on('error', (e) => decoder.destroy(e));
    body = res.pipe(decoder);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(url, total, maxBytes);
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(url, `could not be read (${describeError(e)})`);
  } finally {
    res.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** The promise, or the timeout's error as soon as the signal aborts (a DNS lookup takes no signal). */
function deadline<T>(work: Promise<T>, signal: AbortSignal, timedOut: () => Error): Promise<T> {
  if (signal.aborted) return Promise.reject(timedOut());
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(timedOut());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function describeError(e: unknown): string {
  const err = e as { code?: string; cause?: { code?: string; message?: string }; message?: string };
  return err.code ?? err.cause?.code ?? err.cause?.message ?? err.message ?? 'unknown error';
}
