// Fetches a URL the user asked for, with a timeout and a size limit. The only network access.
import { InputError, tooLarge, type RawInput, type ReadOptions, hintFor } from './read-input.js';

export async function fetchUrl(url: string, opts: ReadOptions): Promise<RawInput> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, {
        signal: controller.signal,
        redirect: 'follow',
        headers: { 'user-agent': 'detente (+https://github.com/detente)', accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5' },
      });
    } catch (e) {
      const why = controller.signal.aborted
        ? `timed out after ${opts.timeoutMs / 1000} s`
        : `could not be reached (${describeFetchError(e)}); check the address or the network`;
      throw new InputError(url, why);
    }
    if (!res.ok) throw new InputError(url, `answered HTTP ${res.status} ${res.statusText}`.trim());
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > opts.maxBytes) throw tooLarge(url, declared, opts.maxBytes);
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = res.body?.getReader();
    if (reader) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > opts.maxBytes) { controller.abort(); throw tooLarge(url, total, opts.maxBytes); }
        chunks.push(value);
      }
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) { bytes.set(c, at); at += c.length; }
    const type = (res.headers.get('content-type') ?? '').toLowerCase();
    const hint: RawInput['hint'] = /rss|atom/.test(type) ? 'feed'
      : /html/.test(type) ? 'html'
      : /text\/plain/.test(type) ? 'text'
      : /xml/.test(type) ? 'sniff'
      : hintFor(new URL(url).pathname);
    return { source: url, bytes, hint };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(url, `could not be read (${describeFetchError(e)})`);
  } finally {
    clearTimeout(timer);
  }
}

function describeFetchError(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e as Error).message ?? 'unknown error';
}
