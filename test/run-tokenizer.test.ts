// run-tokenizer.ts reads runs of plain characters at once; the tree must be the one parse5
// builds reading a character at a time, on any markup: pages made of the pieces that steer
// the tokenizer (tags, quotes, comments, raw-text elements, entities, CR, NUL, surrogates).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { parseRuns } from '../src/clean/html/run-tokenizer.js';

type Node = DefaultTreeAdapterMap['node'];

/** Every node of a parse5 tree, one line each: name, text or comment data, attributes, namespace. */
function dump(node: Node, out: string[] = []): string[] {
  const n = node as Node & { value?: string; data?: string; attrs?: unknown[]; namespaceURI?: string; childNodes?: Node[]; content?: Node };
  out.push(`${n.nodeName}|${JSON.stringify(n.value ?? n.data ?? '')}|${JSON.stringify(n.attrs ?? [])}|${n.namespaceURI ?? ''}`);
  for (const child of n.childNodes ?? []) dump(child, out);
  if (n.content) dump(n.content, out);
  return out;
}

const PIECES = [
  '<!doctype html>', '<html>', '<head>', '<body>', '</body>', '<title>', '</title>', '<p>', '</p>', '<div class="', '<div class=\'', '<div id=x>', '</div>',
  '<a href="/x?a=1&amp;b=2">', '</a>', '<pre>', '</pre>', '<textarea>', '</textarea>', '<table>', '<tr>', '<td>', 'cell', '</table>',
  '<script>', '</script>', '<script type="application/ld+json">', '<style>', '</style>', '<noscript>', '</noscript>', '<iframe>', '</iframe>', '<xmp>', '</xmp>',
  '<!--', '-->', '--', '-', '<!-- a -- b -->', '<![CDATA[', ']]>', '<svg>', '</svg>', '<math>', '<template>', '</template>', '<select>', '<option>',
  '<plaintext>', '<br/>', '<img src=a.jpg alt="x">',
  '"', "'", '=', '<', '>', '/', '&', '&amp;', '&nbsp', '&#x41;', '&notanentity;', '</', '<!', '<\\/script>', 'document.write("<div>")', 'a < b && c > d',
  ' ', '  ', '\t', '\n', '\r', '\r\n', '\f', '\0', 'word', 'two words', 'Ünïcödé', '😀', '\uD800', '\uDC00', 'x'.repeat(40), ' '.repeat(30),
];
const piece = fc.constantFrom(...PIECES);
const page = fc.array(piece, { maxLength: 80 }).map((p) => p.join(''));

for (const scriptingEnabled of [true, false]) {
  test(`run tokenizer: the same tree as parse5 on generated markup (scripting ${scriptingEnabled ? 'on' : 'off'})`, () => {
    fc.assert(
      fc.property(page, (html) => {
        assert.deepEqual(dump(parseRuns(html, { scriptingEnabled })), dump(parse(html, { scriptingEnabled })));
      }),
      { numRuns: 3000 },
    );
  });
}

test('run tokenizer: the same tree on pages longer than the buffer parse5 drops its read input from (64k)', () => {
  fc.assert(
    fc.property(fc.array(piece, { minLength: 20, maxLength: 60 }), fc.integer({ min: 500, max: 4000 }), (pieces, times) => {
      const html = pieces.join('').repeat(Math.ceil(70_000 / Math.max(1, pieces.join('').length))).slice(0, 70_000 + times * 10);
      assert.deepEqual(dump(parseRuns(html)), dump(parse(html)));
    }),
    { numRuns: 30 },
  );
});

test('run tokenizer: a long script, style, comment and attribute value come out whole', () => {
  const script = 'var s = "</div>"; if (a < b) { f("<p>"); }\r\nvar t = 1;\0'.repeat(50);
  const html = `<html><head><style>${'p { margin: 0 }\n'.repeat(40)}</style><script>${script}</script></head>`
    + `<body><!-- ${'note '.repeat(100)} --><p data-x="${'v&amp;w '.repeat(60)}" title='${'q '.repeat(60)}'>Text &amp; more text\r\nand a line.</p></body></html>`;
  const tree = dump(parseRuns(html));
  assert.deepEqual(tree, dump(parse(html)));
  // The CR LF became one LF and the NUL U+FFFD, as the spec's preprocessing and script state have it.
  assert.ok(tree.some((line) => line.includes('var t = 1;\\uFFFD') || line.includes('var t = 1;�')));
  assert.ok(tree.some((line) => line.includes('more text\\nand a line.')));
});

test('run tokenizer: with errors reported or positions tracked it reads a character at a time, as parse5 does', () => {
  const html = '<p title="a\0b">one\0two</p><!-- c\0 --><script>x\0</script>';
  const errors = (parser: typeof parse) => {
    const out: string[] = [];
    parser(html, { onParseError: (e) => out.push(`${e.code}@${e.startOffset}`), sourceCodeLocationInfo: true });
    return out;
  };
  const seen = errors(parseRuns as typeof parse);
  assert.ok(seen.length >= 3, 'the NULs are reported');
  assert.deepEqual(seen, errors(parse));
});
