// The whole pipeline, from bytes to record, on any input: text with lone surrogates, astral
// characters and odd spaces, tag soup, feeds. It never crashes (bad input is an InputError,
// a clear line for the user), every span of the record lies inside the text on UTF-16
// boundaries that do not cut a surrogate pair, and the same input gives the same bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { context } from './helpers.js';
import { toArticles } from '../src/ingest/to-articles.js';
import { runPipeline } from '../src/pipeline/run.js';
import { toRecord, type ExtractRecord } from '../src/pipeline/record.js';
import { InputError, type RawInput } from '../src/ingest/read-input.js';
import { tokenise } from '../src/nlp/tokens.js';

const WORDS = ['Putin', 'Zelensky', 'said', 'Kyiv', 'Moscow', '’s', '.', ',', 'the', 'ceasefire', 'talks', 'on', 'Monday', 'killed', 'three',
  'drones', 'struck', '“', '”', '"', 'NATO', 'demands', '\n', '\n\n', 'according to', 'officials', 'Vučić', 'Erdoğan', '(Reuters) -', '2022'];
/** Characters that trip code counting in UTF-16: lone halves of a pair, astral letters and emoji, spaces that are not U+0020, a line separator. */
const ODD = ['\uD800', '\uDFFF', '\uDBFF\uDFFF', '😀', '𝐀', '👩‍👩‍👧', '\u2028', '\u2029', '\u3000', '\u00a0', '\u200b', '\u202f', '\t', '\r\n', '\f', '\v', '\u0301', '\uFEFF'];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...WORDS), weight: 4 },
  { arbitrary: fc.constantFrom(...ODD), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
);
const text = fc.array(piece, { maxLength: 50 }).map((p) => p.join(' '));

/** Every span of the record: inside the text, start <= end, and neither end between the two halves of a surrogate pair. */
function checkSpans(record: ExtractRecord): void {
  const t = record.document.text;
  const cuts = (at: number) => at > 0 && at < t.length && /[\uD800-\uDBFF]/.test(t[at - 1]) && /[\uDC00-\uDFFF]/.test(t[at]);
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) { v.forEach((x, i) => walk(x, `${path}[${i}]`)); return; }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      assert.ok(Number.isInteger(o.start) && Number.isInteger(o.end) && 0 <= o.start && o.start <= o.end && o.end <= t.length, `${path}: [${o.start}, ${o.end}) outside a text of ${t.length}`);
      assert.ok(!cuts(o.start) && !cuts(o.end), `${path}: [${o.start}, ${o.end}) cuts a surrogate pair`);
      if (typeof o.text === 'string') assert.equal(o.text, t.slice(o.start, o.end), `${path}: its text is not the text it spans`);
    }
    for (const [k, x] of Object.entries(o)) if (k !== 'document') walk(x, `${path}.${k}`);
  };
  walk(record, 'record');
}

/** Bytes in, records out as `extract` makes them; an InputError is a refusal, not a crash. */
function records(bytes: Uint8Array, hint: RawInput['hint']): string | null {
  let articles;
  try {
    articles = toArticles({ source: `input.${hint === 'html' ? 'html' : hint === 'feed' ? 'xml' : 'txt'}`, bytes, hint });
  } catch (e) {
    if (e instanceof InputError) { assert.ok(e.message.length > 0); return null; }
    throw e;
  }
  const out = articles.map((a) => {
    const record = toRecord(runPipeline(a.text, { ...a.meta, published: '2025-03-11' }, context(), a.titleLine));
    checkSpans(record);
    return record;
  });
  return JSON.stringify(out);
}

const twice = (bytes: Uint8Array, hint: RawInput['hint']) => assert.equal(records(bytes, hint), records(bytes, hint));
const utf8 = (s: string) => new TextEncoder().encode(s);

test('property: any text (lone surrogates, astral characters, odd spaces) gives spans inside it, on pair boundaries, twice the same', () => {
  context();
  fc.assert(fc.property(text, fc.boolean(), (body, title) => twice(utf8((title ? 'Talks\n\n' : '') + body), 'text')), { numRuns: 150 });
});

test('property: the pipeline reads a JavaScript string with lone surrogates as it is (no decoding step to mend them)', () => {
  context();
  fc.assert(fc.property(text, (body) => {
    const record = toRecord(runPipeline(body, { title: null, published: '2025-03-11', url: null, source: 'test' }, context(), false));
    checkSpans(record);
  }), { numRuns: 150 });
});

test('property: any tag soup gives records with spans in bounds or a clear refusal', () => {
  const TAGS = ['<div>', '</div>', '<p>', '</p>', '<br>', '<a href="x">', '</a>', '<script>x</script>', '<!-- c -->', '<h1>', '</h1>', '<article>', '</article>',
    '<title>T</title>', '&amp;', '&#x1F600;', '&#xD800;', '<', '>', '"', "'", '<p class="caption">', '<time datetime="2025-01-01">'];
  const html = fc.array(fc.oneof(fc.constantFrom(...TAGS), piece), { maxLength: 80 }).map((p) => p.join(''));
  fc.assert(fc.property(html, (page) => twice(utf8(`<html><body>${page}</body></html>`), 'html')), { numRuns: 120 });
});

test('property: any feed gives a record per readable item with spans in bounds, or a clear refusal', () => {
  const field = fc.array(piece, { maxLength: 12 }).map((p) => p.join(' ').replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;')));
  const item = fc.record({ title: field, body: field, cdata: fc.boolean(), date: fc.constantFrom('', '<pubDate>Tue, 11 Mar 2025 10:00:00 GMT</pubDate>', '<pubDate>not a date</pubDate>') });
  const feed = fc.array(item, { maxLength: 6 }).map((items) => `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>${items.map((i) =>
    `<item><title>${i.title}</title>${i.date}<description>${i.cdata ? `<![CDATA[<p>${i.body.replace(/]]>/g, '')}</p>]]>` : i.body}</description></item>`).join('')}</channel></rss>`);
  fc.assert(fc.property(feed, (xml) => twice(utf8(xml), 'feed')), { numRuns: 100 });
});

test('property: every token spans its word: not empty, no space at either end (wink-nlp drops U+2028 and U+3000 without counting them)', () => {
  fc.assert(fc.property(text, (body) => {
    for (const t of tokenise(body).tokens) {
      const word = body.slice(t.start, t.end);
      assert.ok(word.length > 0 && word.trim() === word, `token [${t.start}, ${t.end}) is ${JSON.stringify(word)} in ${JSON.stringify(body)}`);
    }
  }), { numRuns: 300 });
  assert.deepEqual(tokenise('Putin\u2028met Zelensky').tokens.map((t) => [t.start, t.end]), [[0, 5], [6, 9], [10, 18]]);
});
