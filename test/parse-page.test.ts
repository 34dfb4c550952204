// parse-page.ts parses HTML as a browser does (the WHATWG tree builder, through parse5), with no
// pass over the raw text first. Each case is a way real pages are broken; the expected text is
// what a browser shows (and what Readability on linkedom keeps, where linkedom recovers too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage } from '../src/clean/html/parse-page.js';
import { extractArticle, NO_ARTICLE_BLOCK } from '../src/clean/html/extract-article.js';
import { elementsNamed, textLength, type TreeElement } from '../src/clean/html/dom.js';
import { paragraphsOf } from '../src/clean/html/block-text.js';

const story = Array.from({ length: 6 }, (_, i) =>
  `<p>Paragraph ${i + 1}: the two delegations met again at the border crossing and agreed to keep the grain corridor open through the winter months.</p>`).join('\n');

const bodyText = (html: string): string => {
  const { body } = parsePage(html);
  assert.ok(body, 'the page has a body');
  return paragraphsOf(body).join('\n\n');
};

function article(html: string) {
  const result = extractArticle(html, null);
  if ('error' in result) assert.fail(result.error);
  return result;
}

test('parse: a quote left open in a tag near the top does not swallow the body', () => {
  // The case that emptied pages: a regular-expression pass that removed scripts and comments
  // first made the open quote pair with one after <body>, and the page had no body at all.
  const html = `<!doctype html><html><head><meta name="description" content="Talks resume>
<title>Talks resume at the border</title>
<script>var edition = "world"; var kind = 'news';</script><!-- "quoted" in a comment -->
<link rel="stylesheet" href="/site.css"></head>
<body class="story"><article>${story}</article></body></html>`;
  const result = article(html);
  assert.equal(result.warning, undefined);
  assert.equal(result.text.split('\n\n').length, 6);
  assert.match(result.text, /^Paragraph 1: the two delegations/);
});

test('parse: a comment never closed hides the rest of the page, as in a browser', () => {
  assert.equal(bodyText('<body><p>Seen.</p><!-- never closed <p>Not seen.</p></body>'), 'Seen.');
});

test('parse: "</div>" and tags inside a script are script text, not markup', () => {
  const html = `<body><div id="a"><p>Before.</p><script>document.write("</div><p>from a script</p>");</script><p>After.</p></div></body>`;
  assert.equal(bodyText(html), 'Before.\n\nAfter.');
  const { documentElement } = parsePage(html);
  const div = elementsNamed(documentElement, 'div')[0];
  assert.equal(elementsNamed(div, 'p').length, 2, 'both paragraphs stay inside the div');
});

test('parse: a style holding "</p>" and an unknown tag inside a title stay text of their own elements', () => {
  const html = '<html><head><title>Truce <b>holds</b></title><style>p::after { content: "</p>"; }</style></head><body><p>One.</p></body></html>';
  assert.equal(bodyText(html), 'One.');
  const title = elementsNamed(parsePage(html).documentElement, 'title')[0];
  assert.equal(title.textContent, 'Truce <b>holds</b>');
});

test('parse: a page with no html, head or body tags gets them as a browser builds them', () => {
  const { documentElement, body } = parsePage('<title>Short</title><p>Only a paragraph.</p>');
  assert.equal(documentElement.localName, 'html');
  assert.deepEqual(documentElement.children.map((e) => e.localName), ['head', 'body']);
  assert.equal(body?.textContent, 'Only a paragraph.');
});

test('parse: misnested inline tags are repaired (the adoption agency), text kept in order', () => {
  assert.equal(bodyText('<body><p><b>bold <i>both</b> italic</i> plain</p></body>'), 'bold both italic plain');
});

test('parse: text stray inside a table is moved before the table (foster parenting)', () => {
  assert.equal(bodyText('<body><table><tr><td>cell</td></tr>stray<p>fostered</p></table></body>'), 'stray\n\nfostered\n\ncell');
});

test('parse: entities are decoded as a browser decodes them, a bare ampersand stays', () => {
  assert.equal(bodyText('<body><p>Tom &amp; Jerry&nbsp;&mdash; AT&T &notanentity; &#x41;&#66;</p></body>'), 'Tom & Jerry — AT&T ¬anentity; AB');
});

test('parse: an unclosed <p> is closed by the next block, an unclosed <li> by the next item', () => {
  assert.equal(bodyText('<body><p>one<p>two<ul><li>a<li>b</ul></body>'), 'one\n\ntwo\n\na\n\nb');
});

test('parse: comments, scripts, styles, SVG, templates and drop-downs are left out of the tree; JSON-LD stays', () => {
  const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle"}</script><script>var a = 1;</script></head>
<body><!-- note --><svg><text>icon</text></svg><template><p>later</p></template><select><option>Menu</option></select><p>Text.</p></body></html>`;
  const { documentElement } = parsePage(html);
  const names = new Set(elementsNamed(documentElement, new Set(['script', 'style', 'svg', 'template', 'select', 'option'])).map((e) => e.localName));
  assert.deepEqual([...names], ['script']);
  assert.equal(elementsNamed(documentElement, 'script')[0].getAttribute('type'), 'application/ld+json');
  assert.equal(bodyText(html), 'Text.');
});

test('parse: a page that is not HTML at all still gives a tree, never an exception', () => {
  for (const s of ['', '<', '</', '<!', '<<>>', '\u0000\u0000', '<a href="', '<![CDATA[x]]>', '<?xml version="1.0"?>', '&#xD800;', '\ud800']) {
    const { documentElement } = parsePage(s);
    assert.equal(documentElement.localName, 'html');
  }
});

test('parse: text lengths count collapsed spaces, the same however the text is split into nodes', () => {
  const { body } = parsePage('<body><div id="x">  Talks <b> resume </b>  in\n Geneva  </div></body>');
  assert.equal(textLength(body as TreeElement), 'Talks resume in Geneva'.length);
});

test('parse: no article block found is the visible text with a warning, not an error', () => {
  const result = article('<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="grid"><a href="/a">Markets fall</a></div></body></html>');
  assert.equal(result.warning, NO_ARTICLE_BLOCK);
  assert.equal(result.text, 'Home World\n\nMarkets fall');
});

test('parse: a <title> whose end tag was swallowed by a quote left open is read once more, with a warning', () => {
  // In a browser the title's text runs to the end of the page and the page is blank; the text
  // it swallowed is read as HTML, so the story is not lost.
  const html = `<html><head><title data-x="true>Talks resume</title><meta name="a" content="b"></head><body><article>${story}</article></body></html>`;
  const result = article(html);
  assert.match(result.warning ?? '', /<title> is never closed/);
  assert.equal(result.text.split('\n\n').length, 6);
  assert.deepEqual(extractArticle('<html><head><style type="text/css>p{}</style></head><body><p>   </p></body></html>', null), { error: 'is an HTML page with no visible text' });
});

test('parse: a <style> never closed that swallowed a <body> with attributes is read once more, whatever the tokenizer\'s runs', () => {
  // The swallowed markup is looked for in the element's whole text, not in the pieces the
  // tokenizer happened to hand over (a "<body class=...>" split at its space was missed).
  const html = `<html><head><style media="screen>p { margin: 0 }</style></head>\n<body class="story page">\n<article>${story}</article>\n</body >\n</html >`;
  const page = parsePage(html);
  assert.equal(page.swallowed()?.element, 'style');
  const result = article(html);
  assert.match(result.warning ?? '', /<style> is never closed/);
  assert.equal(result.text.split('\n\n').length, 6);
  assert.equal(parsePage(`<html><body><script>var x = "<body class=a>";</script><p>Seen.</p></body></html>`).swallowed()?.element, 'script', 'found only when asked; a page with visible text never asks');
  assert.equal(parsePage(`<html><body><p>Plain.</p></body></html>`).swallowed(), null);
});
